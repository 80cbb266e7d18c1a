// `chibo summary --format csv`: one row per cell and year; UTF-8 with a BOM and CRLF, as Excel
// expects, so Vietnamese letters show. Each month has two columns, the score (a number, so a
// spreadsheet can add it up) and the rating in words, with `*` when a thematic meeting was held;
// a month without a meeting says whether it is missing or not yet due; a rating the upper level
// confirmed is marked ✓. Before the yearly rating (the last column): the cell's type and the
// months an upper-level committee member attended.
import type { Lang } from '../core/lang.js';
import type { BatchSummary } from '../score/summary.js';
import { RATING_IDS } from '../core/rating.js';
import { RATING_NAMES } from '../validate/text.js';
import { cellTypeName, monthRating, SUMMARY_WORDS, upperLevelMonths, yearlyText } from './summary-text.js';
import { csvField } from './untrusted.js';

export function summaryCsv(s: BatchSummary, lang: Lang): string {
  const w = SUMMARY_WORDS[lang];
  const header = [
    w.cell, w.year, w.rubric,
    ...Array.from({ length: 12 }, (_, i) => {
      const month = `${w.month} ${String(i + 1).padStart(2, '0')}`;
      return [`${month} - ${w.score}`, `${month} - ${w.rating}`];
    }).flat(),
    ...RATING_IDS.map((id) => RATING_NAMES[id]), w.unrated, w.missing, w.notYet, w.cellType, w.upperLevelHead, w.yearly,
  ];
  const rows = s.cells.map((c) => [
    c.cell, c.year, c.rubric ?? '',
    ...c.months.flatMap((m, i) => [m?.score ?? '', monthRating(c, i, lang)]),
    ...RATING_IDS.map((id) => c.counts[id]), c.counts.unrated, c.counts.missing, c.counts.notYet,
    cellTypeName(c, lang), upperLevelMonths(c), yearlyText(c, lang),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
