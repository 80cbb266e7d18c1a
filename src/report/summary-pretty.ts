// `chibo summary` in the terminal: per cell a row of months coloured by rating.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../core/lang.js';
import { formatNumber } from '../facts/format.js';
import type { BatchSummary, CellYear, MonthEntry } from '../score/summary.js';
import { RATING_IDS, type RatingId } from '../core/rating.js';
import { RATING_NAMES } from '../validate/text.js';
import { cellTypeName, isDue, ratingName, SUMMARY_WORDS } from './summary-text.js';
import { padStart as pad } from './text-width.js';
import { visibleLine } from './untrusted.js';
import { inLang } from '../rubric/rubric.js';

const SHORT: Record<RatingId, string> = { tot: 'Tốt', kha: 'Khá', trung_binh: 'TB', kem: 'Kém' };

const paint = (c: ChalkInstance, rating: RatingId | null) =>
  rating === 'tot' ? c.green : rating === 'kha' ? c.cyan : rating === 'trung_binh' ? c.yellow : rating === 'kem' ? c.red : c.dim;

function monthRows(cell: CellYear, lang: Lang, c: ChalkInstance): string[] {
  const w = SUMMARY_WORDS[lang];
  const label = (s: string) => `  ${s.padEnd(10)}`;
  const cells = (f: (m: MonthEntry | null, i: number) => string, colour = false) =>
    cell.months.map((m, i) => {
      const text = pad(f(m, i), 5);
      return colour ? paint(c, m?.rating ?? null)(text) : text;
    }).join('');
  return [
    c.dim(label(w.month) + cells((_m, i) => String(i + 1).padStart(2, '0'))),
    label(w.rating) + cells((m, i) => (m === null ? (isDue(cell, i) ? '—' : '·') : m.rating === null ? '?' : SHORT[m.rating]) + (m?.thematic ? '*' : '') + (m?.ratingFrom === 'confirmed' ? '✓' : ''), true),
    label(w.score) + cells((m) => (m?.score == null ? '' : formatNumber(m.score, lang))),
    label(w.upperLevel) + cells((_m, i) => (cell.upperLevel.includes(`${cell.year}-${String(i + 1).padStart(2, '0')}`) ? '●' : '')),
  ];
}

export function summaryPretty(s: BatchSummary, lang: Lang, color: 0 | 1 | 2 | 3): string {
  const c = new Chalk({ level: color });
  const w = SUMMARY_WORDS[lang];
  const out: string[] = [];
  for (const cell of s.cells) {
    const yearly = !cell.complete
      ? `  ${w.yearly}: ${c.bold(w.incompleteDetail(cell.due, s.asOf))}`
      : cell.yearly ? `  ${w.yearly}: ${paint(c, cell.yearly).bold(RATING_NAMES[cell.yearly])}` : '';
    const type = cellTypeName(cell, lang);
    out.push(`${c.bold(visibleLine(cell.cell))} — ${cell.year}${type ? ` · ${type}` : ''}${cell.rubric ? c.dim(visibleLine(` (${cell.rubric})`)) : ''}${yearly}`);
    out.push(...monthRows(cell, lang, c));
    const counts = [...RATING_IDS.map((id) => `${RATING_NAMES[id]} ${cell.counts[id]}`), `${w.unrated} ${cell.counts.unrated}`, `${w.missing} ${cell.counts.missing}`];
    if (cell.counts.notYet > 0) counts.push(`${w.notYet} ${cell.counts.notYet}`);
    out.push(`  ${counts.join(' · ')}`, '');
  }
  out.push(c.dim([`* ${w.thematic}`, `✓ ${w.confirmedLegend}`, `— ${w.missingLegend}`, `· ${w.notYetLegend}`, `? ${w.unrated.toLowerCase()}`, `● ${w.upperLevelLegend}`].join('   ')), c.dim(w.asOf(s.asOf)), '');
  out.push(c.bold(`${w.rating}: ${RATING_IDS.map((id) => `${ratingName(id, lang)} ${s.ratings[id]}`).join(' · ')}`));
  out.push(w.ratingsUsed(s.confirmed, RATING_IDS.reduce((n, id) => n + s.ratings[id], 0)), '');
  out.push(c.bold(w.shortCriteria));
  if (s.shortCriteria.length === 0) out.push(`  ${w.none}`);
  for (const cr of s.shortCriteria.slice(0, 10)) out.push(visibleLine(`  ${cr.id.padEnd(3)} ${inLang(cr.name, lang)}: ${w.shortOf(cr.short, cr.of)}`));
  out.push('', c.bold(w.withErrors));
  if (s.withErrors.length === 0) out.push(`  ${w.none}`);
  for (const e of s.withErrors) out.push(`  ${c.red(visibleLine(e.file))} (${w.errors(e.errors)})`);
  return `${out.join('\n')}\n`;
}
