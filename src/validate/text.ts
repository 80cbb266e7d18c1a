// How people's text is compared: names, and values that may be written in Vietnamese or English
// in any letter case, with or without diacritics (record-format.md, "Names", "Ratings").
import { RATING_IDS, type RatingId } from '../core/rating.js';

/**
 * `fold` with its results remembered, up to 10,000 texts at a time. Names and values recur from
 * record to record (the same members month after month, the same kinds and ratings), and
 * normalising them (ICU) was a tenth of a batch's time. A key is a copy of its text: the text may
 * be a slice of a whole record's text, which the cache would otherwise keep alive.
 */
function remembered(fold: (text: string) => string): (text: string) => string {
  const results = new Map<string, string>();
  return (text) => {
    let result = results.get(text);
    if (result === undefined) {
      // Kept flat: the string operations of a fold leave a chain of pieces, several times the size.
      result = JSON.parse(JSON.stringify(fold(text))) as string;
      if (results.size >= 10_000) results.clear();
      results.set(JSON.parse(JSON.stringify(text)) as string, result);
    }
    return result;
  };
}

/**
 * A combining mark, any (`\p{M}`), for `replace`. One expression for every use: compiling a
 * Unicode property class costs as much as checking a short record's names.
 */
export const COMBINING_MARK = /\p{M}/gu;

/** NFC, trimmed, runs of white space folded into one space; letter case kept. */
export const normalizeName = remembered((name) => name.normalize('NFC').trim().replace(/\s+/gu, ' '));

/**
 * A name's identity when names are compared: normalised as above, then case and diacritics
 * (`đ` too) folded away, so "Công an xã", "công an xã" and "Cong an xa" are one name. (NFD
 * alone: decomposing NFC text gives the same as decomposing the original.)
 */
export const foldName = remembered((name) =>
  name.normalize('NFD').toLowerCase().replace(COMBINING_MARK, '').replace(/đ/gu, 'd').trim().replace(/\s+/gu, ' '));

export function isBlank(value: string | undefined | null): boolean {
  return value === undefined || value === null || value.trim() === '';
}

/** Characters that separate the words of a value: white space, underscores and commas. */
export const WORD_SEPARATORS = '_\\s,';

/**
 * Letters without case or diacritics: decomposed (NFD), the combining diacritical marks
 * U+0300–U+036F (all of Vietnamese's) dropped, `đ` → `d`, lower case ("Ố" → "o").
 */
export function foldLetters(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
}

const SEPARATOR_RUNS = new RegExp(`[${WORD_SEPARATORS}]+`, 'gu');

/** Case, diacritics, `đ` and runs of separators folded away: "Trung_Bình" → "trung binh". */
export const foldWords = remembered((text) => foldLetters(text).replace(SEPARATOR_RUNS, ' ').trim());

/** How one value may be written: its Vietnamese names and any other accepted spellings. */
export interface Spelling {
  /** Vietnamese names; the first one is shown to people. */
  vi: readonly string[];
  /** Other accepted spellings besides the id (English words, unaccented forms). */
  also?: readonly string[];
}

/** A closed set of ids, each accepted in any of its spellings after folding. */
export interface Choice<Id extends string> {
  ids: readonly Id[];
  spellings: Readonly<Record<Id, Spelling>>;
  /** The id for any accepted spelling, or undefined. */
  parse(text: string): Id | undefined;
  /** Every accepted spelling of each id, folded (what the exported JSON Schema matches). */
  folded: Readonly<Record<Id, readonly string[]>>;
}

export function defineChoice<Id extends string>(spellings: Record<Id, Spelling>): Choice<Id> {
  const ids = Object.keys(spellings) as Id[];
  const listed = (id: Id) => [id, ...spellings[id].vi, ...(spellings[id].also ?? [])];
  const folded = Object.fromEntries(ids.map((id) => [id, [...new Set(listed(id).map(foldWords))]])) as Record<Id, string[]>;
  const byFolded = new Map<string, Id>();
  // A text written as listed is taken at once: folded, it would be one of its id's (and no other's).
  const byListed = new Map<string, Id>();
  for (const id of ids) {
    for (const f of folded[id]) {
      if (byFolded.has(f) && byFolded.get(f) !== id) throw new Error(`"${f}" spells both ${byFolded.get(f)} and ${id}`);
      byFolded.set(f, id);
    }
    for (const spelling of listed(id)) byListed.set(spelling, id);
  }
  return { ids, spellings, parse: (text) => byListed.get(text) ?? byFolded.get(foldWords(text)), folded };
}

export const RATING = defineChoice<RatingId>({
  tot: { vi: ['Tốt'], also: ['good'] },
  kha: { vi: ['Khá'], also: ['fair'] },
  trung_binh: { vi: ['Trung bình'], also: ['average'] },
  kem: { vi: ['Kém'], also: ['poor'] },
});

/** The rating id for any accepted spelling, or undefined. */
export const parseRating = (text: string): RatingId | undefined => RATING.parse(text);

export const RATING_NAMES = Object.fromEntries(RATING_IDS.map((id) => [id, RATING.spellings[id].vi[0]])) as Record<RatingId, string>;

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

// Characters none of which is hidden (test/text.test.ts checks every code point): ASCII but
// controls, Latin to Hebrew but the soft hyphen, Latin Extended Additional (Vietnamese). Most text
// is only these, and testing for them costs a fraction of searching with HIDDEN_CHARACTER.
const PLAIN_TEXT = /^[\t\n\x20-\x7e\u00a0-\u00ac\u00ae-\u05ff\u1e00-\u1eff]*$/;

/** False when `text` surely holds no hidden character; true when it may. */
export const mayHide = (text: string): boolean => !PLAIN_TEXT.test(text);

/** The hidden characters in a text, each once, in order of appearance, named by code point. */
export function hiddenCharacters(text: string): string[] {
  if (!mayHide(text) || !ANY_HIDDEN.test(text)) return [];
  return [...new Set(Array.from(text.matchAll(HIDDEN_CHARACTER), (m) => codePoint(m[0])))];
}
