// How people's text is compared: names and rating spellings (record-format.md, "Names", "Ratings").

/** NFC, trimmed, runs of white space folded into one space; letter case kept. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

export function isBlank(value: string | undefined | null): boolean {
  return value === undefined || value === null || value.trim() === '';
}

/** Case, diacritics, `đ`, underscores and spacing folded away: "Trung_Bình" → "trung binh". */
function foldRating(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[_\s]+/gu, ' ')
    .trim();
}

export const RATING_IDS = ['tot', 'kha', 'trung_binh', 'kem'] as const;
export type RatingId = (typeof RATING_IDS)[number];

/** A count for each rating, from zero. */
export const zeroRatings = (): Record<RatingId, number> => ({ tot: 0, kha: 0, trung_binh: 0, kem: 0 });

const RATING_SPELLINGS: Record<RatingId, string[]> = {
  tot: ['Tốt', 'tot', 'good'],
  kha: ['Khá', 'kha', 'fair'],
  trung_binh: ['Trung bình', 'trung binh', 'trung_binh', 'average'],
  kem: ['Kém', 'kem', 'poor'],
};

const RATING_BY_FOLDED = new Map<string, RatingId>(
  RATING_IDS.flatMap((id) => RATING_SPELLINGS[id].map((s) => [foldRating(s), id] as const)),
);

/** The rating id for any accepted spelling, or undefined. */
export function parseRating(text: string): RatingId | undefined {
  return RATING_BY_FOLDED.get(foldRating(text));
}

export const RATING_NAMES: Record<RatingId, string> = {
  tot: 'Tốt',
  kha: 'Khá',
  trung_binh: 'Trung bình',
  kem: 'Kém',
};
