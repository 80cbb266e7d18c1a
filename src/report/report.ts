// The report of one run: the records' results and a summary. Formatters turn it into text.
import type { RecordResult } from '../check.js';
import type { Lang } from '../facts/describe.js';
import { RATING_IDS, type RatingId } from '../validate/text.js';

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  ratings: Record<RatingId, number>;
}

export interface Report {
  results: RecordResult[];
  summary: Summary;
}

export interface FormatOptions {
  lang: Lang;
  /** Colour level for terminals: 0 (none) to 3. */
  color: 0 | 1 | 2 | 3;
  toolVersion: string;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

/** Builds the report; with `quiet`, warnings are dropped before anything counts them. */
export function buildReport(results: RecordResult[], quiet: boolean): Report {
  const kept = quiet ? results.map((r) => ({ ...r, problems: r.problems.filter((p) => p.severity === 'error') })) : results;
  const ratings = Object.fromEntries(RATING_IDS.map((id) => [id, 0])) as Record<RatingId, number>;
  let errors = 0;
  let warnings = 0;
  for (const r of kept) {
    if (r.score) ratings[r.score.rating] += 1;
    for (const p of r.problems) p.severity === 'error' ? errors++ : warnings++;
  }
  return { results: kept, summary: { files: kept.length, errors, warnings, ratings } };
}

/** "3 records, 1 error, 0 warnings" / "3 biên bản, 1 lỗi, 0 cảnh báo". */
export function countsText(s: Summary, lang: Lang): string {
  if (lang === 'vi') return `${s.files} biên bản, ${s.errors} lỗi, ${s.warnings} cảnh báo`;
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${n(s.files, 'record')}, ${n(s.errors, 'error')}, ${n(s.warnings, 'warning')}`;
}
