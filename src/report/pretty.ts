// --format pretty: one block per file, problems as `line:col  severity  message  rule`,
// a score table per record and a summary line.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Problem } from '../core/problem.js';
import type { RecordResult } from '../score/result.js';
import type { Lang } from '../core/lang.js';
import { formatDate, formatMonth, formatNumber } from '../facts/format.js';
import { KIND_NAMES } from '../rules/words.js';
import { RATING_NAMES } from '../validate/text.js';
import { countsText, type Formatter, type Summary } from './report.js';
import { visibleLine } from './untrusted.js';
import { padEnd, padStart, width } from './text-width.js';
import { inLang } from '../rubric/rubric.js';

const WORDS = {
  vi: {
    error: 'lỗi', warning: 'cảnh báo', criterion: 'Tiêu chí', claimed: 'Tự chấm', ceiling: 'Tối đa theo biên bản', score: 'Điểm',
    total: 'Tổng', selfRated: 'tự xếp loại',
    confirmed: (by: string, date: string, rating: string) => `Cấp trên (${by}) xếp loại ${rating} ngày ${formatDate(date, 'vi')}`,
    differs: (proposed: string) => `, khác với mức chi bộ tự xếp loại (${proposed})`,
    clean: 'không có vấn đề',
  },
  en: {
    error: 'error', warning: 'warning', criterion: 'Criterion', claimed: 'Claimed', ceiling: 'Ceiling', score: 'Score',
    total: 'Total', selfRated: 'self-rated',
    confirmed: (by: string, date: string, rating: string) => `Rated ${rating} by the upper level (${by}) on ${date}`,
    differs: (proposed: string) => `, not the ${proposed} the cell proposed`,
    clean: 'no problems',
  },
} as const;

function problemLines(problems: Problem[], lang: Lang, c: ChalkInstance): string[] {
  const places = problems.map((p) => (p.line === null ? '' : `${p.line}:${p.column}`));
  const placeWidth = Math.max(0, ...places.map(width));
  const sevWidth = Math.max(...problems.map((p) => width(WORDS[lang][p.severity])));
  return problems.map((p, i) => {
    const sev = padEnd(WORDS[lang][p.severity], sevWidth);
    return `  ${c.dim(padEnd(places[i]!, placeWidth))}  ${p.severity === 'error' ? c.red(sev) : c.yellow(sev)}  ${visibleLine(p.message)}  ${c.dim(p.rule)}`;
  });
}

function scoreTable(r: RecordResult, lang: Lang, c: ChalkInstance): string[] {
  const s = r.score;
  if (!s) return [];
  const w = WORDS[lang];
  const fmt = (n: number | null) => (n === null ? '–' : formatNumber(n, lang));
  // A deduction shows what it took off; only a criterion that scores can be short of full marks.
  const rows = s.criteria.map((cr) => [
    visibleLine(`${cr.id}  ${inLang(cr.name, lang)}`), fmt(cr.claimed), fmt(cr.ceiling), cr.role === 'deduction' ? fmt(cr.score) : `${fmt(cr.score)}/${fmt(cr.max)}`,
    cr.role === 'score' ? cr.score < cr.max : cr.score < 0,
  ]);
  const nameWidth = Math.max(width(w.criterion), ...rows.map((row) => width(String(row[0]))));
  const cols = [w.claimed, w.ceiling, w.score].map((h, i) => Math.max(width(h), ...rows.map((row) => width(String(row[i + 1]))), 7));
  const line = (cells: string[]) =>
    `  ${padEnd(cells[0]!, nameWidth)}  ${cells.slice(1).map((cell, i) => padStart(cell, cols[i]!)).join('  ')}`;
  const out = [c.dim(line([w.criterion, w.claimed, w.ceiling, w.score]))];
  for (const row of rows) {
    const text = line(row.slice(0, 4).map(String));
    out.push(row[4] ? text : c.green(text));
  }
  const claimedRating = r.claimed?.rating ? ` (${w.selfRated}: ${RATING_NAMES[r.claimed.rating]})` : '';
  const total = line([`   ${w.total}`, fmt(r.claimed?.total ?? null), '', `${fmt(s.total)}/${fmt(s.max)}`]);
  out.push(`${c.bold(total)}  ${c.bold(RATING_NAMES[s.rating])}${claimedRating}`);
  const confirmed = r.confirmed;
  if (confirmed) {
    // The upper level's word on the rating, and whether it differs from the cell's own.
    const proposed = r.claimed?.rating;
    const differs = proposed !== undefined && proposed !== confirmed.rating ? w.differs(RATING_NAMES[proposed]) : '';
    out.push(visibleLine(`  ${w.confirmed(confirmed.by, confirmed.date, RATING_NAMES[confirmed.rating])}${differs}.`));
  }
  return out;
}

function header(r: RecordResult, lang: Lang, c: ChalkInstance): string {
  const parts = [r.cell, r.kind && KIND_NAMES[r.kind][lang], r.period && formatMonth(r.period, lang), r.rubric].filter((x): x is string => !!x);
  return `${c.bold.underline(visibleLine(r.file))}${parts.length > 0 ? c.dim(visibleLine(`  ${parts.join(' · ')}`)) : ''}`;
}

export function summaryLine(s: Summary, lang: Lang, c: ChalkInstance): string {
  const text = countsText(s, lang);
  if (s.errors > 0) return c.red.bold(`✖ ${text}`);
  if (s.warnings > 0) return c.yellow.bold(`⚠ ${text}`);
  return c.green.bold(`✔ ${text}`);
}

const pretty: Formatter = function* (report, { lang, color }) {
  const c = new Chalk({ level: color });
  for (const r of report.results()) {
    const lines = [header(r, lang, c)];
    lines.push(...(r.problems.length > 0 ? problemLines(r.problems, lang, c) : [`  ${c.green(WORDS[lang].clean)}`]));
    const table = scoreTable(r, lang, c);
    if (table.length > 0) lines.push('', ...table);
    yield `${lines.join('\n')}\n\n`;
  }
  yield `${summaryLine(report.summary, lang, c)}\n`;
};

export default pretty;
