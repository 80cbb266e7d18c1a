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

/**
 * A character nobody sees in a name, though it makes the name differ from the same name without
 * it: controls other than tab and line feed, format characters (zero-width spaces and joiners,
 * direction marks and overrides, soft hyphens, tag characters) and the line and paragraph
 * separators. Combining marks (Vietnamese written in NFD) are letters' parts, not among them.
 */
export const HIDDEN_CHARACTER = /(?![\t\n])[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** "U+202E": how messages name a character. */
export const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const ANY_HIDDEN = new RegExp(HIDDEN_CHARACTER.source, 'u');

/** The hidden characters in a text, each once, in order of appearance, named by code point. */
export function hiddenCharacters(text: string): string[] {
  if (!ANY_HIDDEN.test(text)) return [];
  return [...new Set(Array.from(text.matchAll(HIDDEN_CHARACTER), (m) => codePoint(m[0])))];
}
