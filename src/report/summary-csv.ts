// `chibo summary --format csv`: one row per cell and year; UTF-8 with a BOM and CRLF, as Excel
// expects, so Vietnamese letters show.
import type { Lang } from '../facts/describe.js';
import type { BatchSummary } from '../score/summary.js';
import { RATING_IDS, RATING_NAMES } from '../validate/text.js';
import { monthCell, SUMMARY_WORDS } from './summary-text.js';
import { csvField } from './untrusted.js';

export function summaryCsv(s: BatchSummary, lang: Lang): string {
  const w = SUMMARY_WORDS[lang];
  const header = [
    w.cell, w.year, w.rubric,
    ...Array.from({ length: 12 }, (_, i) => `${w.month} ${String(i + 1).padStart(2, '0')}`),
    ...RATING_IDS.map((id) => RATING_NAMES[id]), w.unrated, w.missing, w.yearly,
  ];
  const rows = s.cells.map((c) => [
    c.cell, c.year, c.rubric ?? '',
    ...c.months.map((m) => monthCell(m, lang)),
    ...RATING_IDS.map((id) => c.counts[id]), c.counts.unrated, c.counts.missing,
    c.yearly ? RATING_NAMES[c.yearly] : '',
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
