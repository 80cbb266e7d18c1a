// The report of one run: the records' results and a summary. Formatters turn it into text.
import type { RecordResult } from '../score/result.js';
import type { Lang } from '../core/lang.js';
import type { RatingId } from '../core/rating.js';

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  ratings: Record<RatingId, number>;
}

export interface Report {
  /** The records' results in input order; each call goes through them afresh. */
  results: () => Iterable<RecordResult>;
  /**
   * The records' texts in the JSON report (`recordText` in json.ts), in input order, when the
   * batch kept its results so: then the JSON report is written from them, not from `results`.
   */
  jsonTexts?: () => Iterable<Piece>;
  summary: Summary;
}

export interface FormatOptions {
  lang: Lang;
  /** Colour level for terminals: 0 (none) to 3. */
  color: 0 | 1 | 2 | 3;
  toolVersion: string;
}

/** A piece of a report's text: a string, or the UTF-8 bytes of whole characters. */
export type Piece = string | Uint8Array;

/** A formatter gives its text in pieces, so that a large report is never held whole. */
export type Formatter = (report: Report, options: FormatOptions) => Iterable<Piece>;

/** "3 records, 1 error, 0 warnings" / "3 biên bản, 1 lỗi, 0 cảnh báo". */
export function countsText(s: Summary, lang: Lang): string {
  if (lang === 'vi') return `${s.files} biên bản, ${s.errors} lỗi, ${s.warnings} cảnh báo`;
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${n(s.files, 'record')}, ${n(s.errors, 'error')}, ${n(s.warnings, 'warning')}`;
}

/** Where a rule's page lives, relative to the package (and to the repository). */
export const ruleDocsPath = (rule: string) => `docs/rules/${rule}.md`;
