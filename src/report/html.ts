// `chibo report`: one self-contained HTML page for staff (inline CSS and SVG, no scripts, no
// fonts or anything else from the network), printable on A4 landscape with the browser's
// defaults, readable without colour (every rating is also a word) and on a phone.
import type { ListedProblem } from '../core/problem.js';
import type { Lang } from '../core/lang.js';
import { formatMonth, formatNumber } from '../facts/format.js';
import type { BatchSummary, CellYear } from '../score/summary.js';
import { inLang, type Rubric } from '../rubric/rubric.js';
import { RATING_IDS, type RatingId } from '../core/rating.js';
import { RATING_NAMES } from '../validate/text.js';
import { countsText, type Summary } from './report.js';
import { cellTypeName, isDue, ratingName, SUMMARY_WORDS, upperLevelMonths } from './summary-text.js';
import { visible } from './untrusted.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escaped for HTML, hidden characters shown (a direction override would turn the page's text around). */
const esc = (s: string | number) => visible(String(s)).replace(/[&<>"']/g, (c) => ENTITIES[c]!);

// White text on each keeps a contrast of at least 4.5:1 (dark text on Trung bình's amber).
const COLOURS: Record<RatingId, string> = { tot: '#2e7d32', kha: '#0277bd', trung_binh: '#f9a825', kem: '#c62828' };
const GREY = '#616161';

const CSS = `
  * { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-family: "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; margin: 24px; color: #1a1a1a; font-size: 14px; }
  h1 { font-size: 22px; margin: 0 0 4px; }
  h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 2px solid #b71c1c; padding-bottom: 4px; }
  .meta, .note { color: #444; margin: 0 0 12px; }
  .scroll { overflow-x: auto; max-width: 100%; position: relative; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #ccc; padding: 4px 6px; text-align: left; vertical-align: top; }
  th { background: #f3f3f3; }
  table.grid td.m { text-align: center; width: 6.2%; font-size: 12px; color: #fff; font-weight: 600; }
  table.grid td.m small, table.grid th[scope=row] small { display: block; font-weight: 400; }
  td.missing, span.missing { background: repeating-linear-gradient(45deg, #eee, #eee 4px, #fff 4px, #fff 8px); color: #444 !important; }
  td.not-yet, span.not-yet { background: #fff; color: #444 !important; font-weight: 400 !important; }
  .unrated, .incomplete { background: ${GREY}; color: #fff; }
  ${RATING_IDS.map((id) => `.r-${id} { background: ${COLOURS[id]}; color: #fff; }`).join('\n  ')}
  .r-trung_binh, table.grid td.m.r-trung_binh { color: #1a1a1a; }
  table.grid th.yearly { min-width: 9em; }
  table.grid td.has-errors { box-shadow: inset 0 0 0 3px #1a1a1a; }
  .err { font-weight: 700 !important; }
  .chip { display: inline-block; padding: 2px 8px; margin: 0 6px 4px 0; border-radius: 3px; font-size: 12px; }
  .legend .chip.has-errors { box-shadow: inset 0 0 0 3px #1a1a1a; background: #fff; color: #1a1a1a; }
  .bar { background: #b71c1c; height: 10px; display: inline-block; vertical-align: middle; margin-right: 6px; max-width: 40%; }
  .error { color: #b71c1c; font-weight: 600; }
  .warning { color: #7a4f00; font-weight: 600; }
  code { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 12px; overflow-wrap: anywhere; }
  table:not(.grid) td { overflow-wrap: anywhere; }
  table.grid { min-width: 860px; }
  table.grid th[scope="row"] { min-width: 11em; }
  svg.chart { max-width: 100%; height: auto; }
  .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  @media (max-width: 600px) { body { margin: 8px; } }
  @page { size: A4 landscape; margin: 12mm; }
  @media print { body { margin: 0; font-size: 11px; } h2 { break-after: avoid; } tr { break-inside: avoid; } .scroll { overflow: visible; } }
`;

/** A table that may be wider than a phone: it scrolls on its own, the page does not. */
const scroll = (label: string, table: string) => `<div class="scroll" role="region" tabindex="0" aria-label="${esc(label)}">${table}</div>`;

function ratingsChart(s: BatchSummary, lang: Lang): string {
  const w = SUMMARY_WORDS[lang];
  const { regular, thematic } = s.ratingsByKind;
  const max = Math.max(1, ...RATING_IDS.map((id) => regular[id] + thematic[id]));
  const rowHeight = 34;
  const bars = RATING_IDS.map((id, i) => {
    const y = i * rowHeight + 6;
    const wr = Math.round((regular[id] / max) * 360);
    const wt = Math.round((thematic[id] / max) * 360);
    const label = `${regular[id] + thematic[id]} = ${regular[id]} + ${thematic[id]}`;
    return `<text x="0" y="${y + 17}" font-size="14">${esc(RATING_NAMES[id])}</text>` +
      `<rect x="110" y="${y}" width="${wr}" height="24" fill="${COLOURS[id]}"><title>${esc(`${RATING_NAMES[id]}, ${w.regular}: ${regular[id]}`)}</title></rect>` +
      `<rect x="${110 + wr}" y="${y}" width="${wt}" height="24" fill="#fff" stroke="${COLOURS[id]}" stroke-width="3"><title>${esc(`${RATING_NAMES[id]}, ${w.thematicKind}: ${thematic[id]}`)}</title></rect>` +
      `<text x="${118 + wr + wt}" y="${y + 17}" font-size="14">${esc(label)}</text>`;
  }).join('');
  const keyY = RATING_IDS.length * rowHeight + 10;
  const key = `<rect x="110" y="${keyY}" width="18" height="14" fill="#555"/><text x="134" y="${keyY + 12}" font-size="13">${esc(w.regular)}</text>` +
    `<rect x="330" y="${keyY}" width="18" height="14" fill="#fff" stroke="#555" stroke-width="3"/><text x="354" y="${keyY + 12}" font-size="13">${esc(w.thematicKind)}</text>`;
  const height = keyY + 22;
  const count = (r: Record<RatingId, number>) => RATING_IDS.reduce((n, id) => n + r[id], 0);
  const note = w.chartNote(count(regular), count(thematic));
  return `<p class="note">${esc(note)}</p>\n<svg class="chart" role="img" aria-label="${esc(`${w.ratingsChart}. ${note}`)}" width="640" height="${height}" viewBox="0 0 640 ${height}" xmlns="http://www.w3.org/2000/svg">${bars}${key}</svg>`;
}

function monthCell(c: CellYear, i: number, lang: Lang): string {
  const w = SUMMARY_WORDS[lang];
  const m = c.months[i]!;
  const label = `${c.cell}, ${formatMonth(`${c.year}-${String(i + 1).padStart(2, '0')}`, lang)}`;
  if (m === null) {
    const [cls, word] = isDue(c, i) ? ['missing', w.missing] : ['not-yet', w.notYet];
    return `<td class="m ${cls}" title="${esc(`${label}: ${word}`)}"><small>${esc(word)}</small></td>`;
  }
  const cls = [m.rating === null ? 'unrated' : `r-${m.rating}`, ...m.errors > 0 ? ['has-errors'] : []].join(' ');
  const confirmed = m.ratingFrom === 'confirmed';
  const mark = confirmed ? ` ✓<span class="sr"> ${esc(w.confirmedMark)}</span>` : '';
  const rating = m.rating === null ? `?<small>${esc(w.unrated)}</small>` : `${esc(RATING_NAMES[m.rating])}${mark}<small>${m.score === null ? '' : formatNumber(m.score, lang)}${m.thematic ? ' ✱' : ''}</small>`;
  const errors = m.errors > 0 ? `<small class="err">⚠ ${m.errors}<span class="sr"> ${esc(w.errorMark(m.errors))}</span></small>` : '';
  const title = `${label}: ${ratingName(m.rating, lang)}${confirmed ? ` (${w.confirmedMark})` : ''}${m.thematic ? ` (${w.thematic})` : ''}${m.errors > 0 ? `; ${w.errorMark(m.errors)}` : ''}${m.file ? ` (${m.file})` : ''}`;
  return `<td class="m ${cls}" title="${esc(title)}">${rating}${errors}</td>`;
}

function yearlyCell(c: CellYear, s: BatchSummary, lang: Lang): string {
  const w = SUMMARY_WORDS[lang];
  if (!c.complete) return `<td class="m incomplete" title="${esc(w.incompleteDetail(c.due, s.asOf))}">${esc(w.incomplete)}<small>${c.due}/12</small></td>`;
  return c.yearly ? `<td class="m r-${c.yearly}">${esc(RATING_NAMES[c.yearly])}</td>` : '<td></td>';
}

function grid(s: BatchSummary, lang: Lang): string {
  const w = SUMMARY_WORDS[lang];
  const months = Array.from({ length: 12 }, (_, i) => `<th scope="col"><span class="sr">${esc(w.month)} </span>${String(i + 1).padStart(2, '0')}</th>`).join('');
  const head = `<tr><th scope="col">${esc(w.cell)}</th><th scope="col">${esc(w.year)}</th>${months}<th scope="col" class="yearly">${esc(w.yearly)}</th><th scope="col">${esc(w.upperLevelHead)}</th></tr>`;
  const rows = s.cells.map((c) => {
    const type = cellTypeName(c, lang);
    const name = `${esc(c.cell)}${type ? `<small>${esc(type)}</small>` : ''}`;
    return `<tr><th scope="row">${name}</th><td>${c.year}</td>${c.months.map((_m, i) => monthCell(c, i, lang)).join('')}${yearlyCell(c, s, lang)}<td class="upper">${esc(upperLevelMonths(c) || w.none)}</td></tr>`;
  }).join('\n');
  return scroll(w.title, `<table class="grid">${head}\n${rows}</table>`);
}

function thematicMeetings(s: BatchSummary, lang: Lang): string {
  const w = SUMMARY_WORDS[lang];
  if (s.thematic.length === 0) return `<p>${w.none}</p>`;
  const rows = s.thematic.map((t) => {
    const chip = `<span class="chip ${t.rating === null ? 'unrated' : `r-${t.rating}`}">${esc(ratingName(t.rating, lang))}</span>`;
    const errors = t.errors > 0 ? ` <span class="error">⚠ ${esc(w.errors(t.errors))}</span>` : '';
    return `<tr><th scope="row">${esc(t.cell)}</th><td>${esc(formatMonth(t.month, lang))}</td><td>${chip}${errors}</td><td>${t.score === null ? '' : formatNumber(t.score, lang)}</td><td><code>${esc(t.file)}</code></td></tr>`;
  }).join('\n');
  return scroll(w.thematicMeetings, `<table class="thematic"><tr><th scope="col">${w.cell}</th><th scope="col">${w.month}</th><th scope="col">${w.rating}</th><th scope="col">${w.score}</th><th scope="col">${w.file}</th></tr>\n${rows}</table>`);
}

function shortCriteria(s: BatchSummary, lang: Lang): string {
  const w = SUMMARY_WORDS[lang];
  if (s.shortCriteria.length === 0) return `<p>${w.none}</p>`;
  const rows = s.shortCriteria.slice(0, 12).map((c) =>
    `<tr><td>${esc(c.id)}</td><td>${esc(inLang(c.name, lang))}</td><td><span class="bar" style="width:${Math.round((c.short / c.of) * 200)}px"></span>${esc(w.shortOf(c.short, c.of))}</td></tr>`,
  ).join('\n');
  return `<table><tr><th scope="col">#</th><th scope="col">${w.criterion}</th><th scope="col">${w.shortBy}</th></tr>\n${rows}</table>`;
}

/** A record with problems, as the page lists them. */
export interface ListedRecord {
  file: string;
  problems: readonly ListedProblem[];
}

function problems(results: readonly ListedRecord[], lang: Lang): string {
  const w = SUMMARY_WORDS[lang];
  const rows = results.flatMap((r) => r.problems.map((p) =>
    `<tr><td><code>${esc(r.file)}</code></td><td>${p.line === null ? '' : `${p.line}:${p.column}`}</td><td class="${p.severity}">${w.severity[p.severity]}</td><td>${esc(p.message)}</td><td><code>${esc(p.rule)}</code></td></tr>`,
  ));
  if (rows.length === 0) return `<p>${w.none}</p>`;
  const head = `<tr><th scope="col">${w.file}</th><th scope="col">${w.line}</th><th scope="col">${w.severityHead}</th><th scope="col">${w.message}</th><th scope="col">${w.rule}</th></tr>`;
  return scroll(w.problems, `<table class="problems">${head}\n${rows.join('\n')}</table>`);
}

/** The footer: what each rubric used asks the reader to know (that it is a reconstruction, say). */
function rubricNotes(rubrics: Iterable<Rubric>, lang: Lang): string {
  const notes = [...rubrics].filter((r) => r.note !== undefined)
    .map((r) => `<p class="meta"><strong>${esc(r.id)}</strong> (${esc(r.rule)}): ${esc(inLang(r.note!, lang))}</p>`);
  return notes.length === 0 ? '' : `<footer>\n${notes.join('\n')}\n</footer>\n`;
}

export function htmlReport(s: BatchSummary, results: readonly ListedRecord[], counts: Summary, lang: Lang, version: string, rubrics: Iterable<Rubric> = []): string {
  const w = SUMMARY_WORDS[lang];
  const legend = RATING_IDS.map((id) => `<span class="chip r-${id}">${esc(RATING_NAMES[id])}</span>`).join('') +
    `<span class="chip unrated">? ${esc(w.unrated)}</span><span class="chip missing">${esc(w.missing)}: ${esc(w.missingLegend)}</span>` +
    `<span class="chip not-yet">${esc(w.notYet)}</span><span class="chip has-errors">⚠ ${esc(w.errorLegend)}</span> ✱ ${esc(w.thematic)} · ✓ ${esc(w.confirmedLegend)}`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(w.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${esc(w.title)}</h1>
<p class="meta">${esc(countsText(counts, lang))} · ${esc(w.asOf(s.asOf))} · ${esc(w.generated)} ${esc(version)}</p>
<p class="legend">${legend}</p>
<p class="note">${esc(w.gridNote)} ${esc(w.ratingsUsed(s.confirmed, RATING_IDS.reduce((n, id) => n + s.ratings[id], 0)))}</p>
${grid(s, lang)}
<h2>${esc(w.ratingsChart)}</h2>
${ratingsChart(s, lang)}
<h2>${esc(w.thematicMeetings)}</h2>
${thematicMeetings(s, lang)}
<h2>${esc(w.shortCriteria)}</h2>
${shortCriteria(s, lang)}
<h2>${esc(w.withErrors)}</h2>
${s.withErrors.length === 0 ? `<p>${w.none}</p>` : `<ul>${s.withErrors.map((e) => `<li><code>${esc(e.file)}</code> (${esc(w.errors(e.errors))})</li>`).join('')}</ul>`}
<h2>${esc(w.problems)}</h2>
${problems(results, lang)}
</main>
${rubricNotes(rubrics, lang)}</body>
</html>
`;
}
