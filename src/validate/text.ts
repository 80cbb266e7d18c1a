// How people's text is compared: names and rating spellings (record-format.md, "Names", "Ratings").

/** NFC, trimmed, runs of white space folded into one space; letter case kept. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/**
 * A name's identity when names are compared: normalised as above, then case and diacritics
 * (`đ` too) folded away, so "Công an xã", "công an xã" and "Cong an xa" are one name.
 */
export function foldName(name: string): string {
  // NFD alone: decomposing NFC text gives the same as decomposing the original.
  return name.normalize('NFD').toLowerCase().replace(/\p{M}/gu, '').replace(/đ/gu, 'd').trim().replace(/\s+/gu, ' ');
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
