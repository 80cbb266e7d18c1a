// `chibo report`: one self-contained HTML page for staff (inline CSS and SVG, no scripts, no
// fonts or anything else from the network), printable on A4 landscape.
import type { RecordResult } from '../check.js';
import type { Lang } from '../facts/describe.js';
import { formatNumber } from '../facts/format.js';
import type { BatchSummary } from '../score/summary.js';
import { inLang, type Rubric } from '../validate/rubric.js';
import { RATING_IDS, RATING_NAMES, type RatingId } from '../validate/text.js';
import { countsText, type Summary } from './report.js';
import { ratingName, SUMMARY_WORDS } from './summary-text.js';

const esc = (s: string | number) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const COLOURS: Record<RatingId, string> = { tot: '#2e7d32', kha: '#0277bd', trung_binh: '#f9a825', kem: '#c62828' };

const CSS = `
  * { box-sizing: border-box; }
  body { font-family: "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; margin: 24px; color: #1a1a1a; font-size: 14px; }
  h1 { font-size: 22px; margin: 0 0 4px; }
  h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 2px solid #b71c1c; padding-bottom: 4px; }
  .meta { color: #555; margin: 0 0 16px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #ccc; padding: 4px 6px; text-align: left; vertical-align: top; }
  th { background: #f3f3f3; }
  table.grid td.m { text-align: center; width: 6.2%; font-size: 12px; color: #fff; font-weight: 600; }
  table.grid td.m small { display: block; font-weight: 400; }
  td.missing { background: repeating-linear-gradient(45deg, #eee, #eee 4px, #fff 4px, #fff 8px); color: #999 !important; }
  td.unrated { background: #9e9e9e; }
  ${RATING_IDS.map((id) => `.r-${id} { background: ${COLOURS[id]}; }`).join('\n  ')}
  table.grid td.m.r-trung_binh, .legend span.r-trung_binh { color: #222; }
  .legend span { display: inline-block; padding: 2px 8px; margin-right: 6px; color: #fff; border-radius: 3px; font-size: 12px; }
  .bar { background: #b71c1c; height: 10px; display: inline-block; vertical-align: middle; margin-right: 6px; }
  .error { color: #c62828; font-weight: 600; }
  .warning { color: #a66b00; font-weight: 600; }
  code { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 12px; }
  @page { size: A4 landscape; margin: 12mm; }
  @media print { body { margin: 0; font-size: 11px; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

function ratingsChart(ratings: Record<RatingId, number>, lang: Lang): string {
  const max = Math.max(1, ...RATING_IDS.map((id) => ratings[id]));
  const rowHeight = 34;
  const bars = RATING_IDS.map((id, i) => {
    const y = i * rowHeight + 6;
    const w = Math.round((ratings[id] / max) * 420);
    return `<text x="0" y="${y + 17}" font-size="14">${esc(RATING_NAMES[id])}</text>` +
      `<rect x="110" y="${y}" width="${w}" height="24" fill="${COLOURS[id]}"><title>${esc(RATING_NAMES[id])}: ${ratings[id]}</title></rect>` +
      `<text x="${116 + w}" y="${y + 17}" font-size="14">${ratings[id]}</text>`;
  }).join('');
  const title = SUMMARY_WORDS[lang].ratingsChart;
  return `<svg role="img" aria-label="${esc(title)}" width="600" height="${RATING_IDS.length * rowHeight + 8}" viewBox="0 0 600 ${RATING_IDS.length * rowHeight + 8}" xmlns="http://www.w3.org/2000/svg">${bars}</svg>`;
}

function grid(s: BatchSummary, lang: Lang): string {
  const w = SUMMARY_WORDS[lang];
  const head = `<tr><th>${w.cell}</th><th>${w.year}</th>${Array.from({ length: 12 }, (_, i) => `<th>${String(i + 1).padStart(2, '0')}</th>`).join('')}<th>${w.yearly}</th></tr>`;
  const rows = s.cells.map((c) => {
    const months = c.months.map((m, i) => {
      const label = `${c.cell}, ${String(i + 1).padStart(2, '0')}/${c.year}`;
      if (m === null) return `<td class="m missing" title="${esc(`${label}: ${w.missing}`)}">—</td>`;
      const cls = m.rating === null ? 'unrated' : `r-${m.rating}`;
      const text = m.rating === null ? '?' : `${esc(RATING_NAMES[m.rating])}<small>${m.score == null ? '' : formatNumber(m.score, lang)}${m.thematic ? ' ✱' : ''}</small>`;
      return `<td class="m ${cls}" title="${esc(`${label}: ${ratingName(m.rating, lang)}${m.file ? ` (${m.file})` : ''}`)}">${text}</td>`;
    }).join('');
    const yearly = c.yearly ? `<td class="m r-${c.yearly}">${esc(RATING_NAMES[c.yearly])}</td>` : '<td></td>';
    return `<tr><th>${esc(c.cell)}</th><td>${c.year}</td>${months}${yearly}</tr>`;
  }).join('\n');
  return `<table class="grid">${head}\n${rows}</table>`;
}

function shortCriteria(s: BatchSummary, lang: Lang): string {
  const w = SUMMARY_WORDS[lang];
  if (s.shortCriteria.length === 0) return `<p>${w.none}</p>`;
  const rows = s.shortCriteria.slice(0, 12).map((c) =>
    `<tr><td>${esc(c.id)}</td><td>${esc(c.name)}</td><td><span class="bar" style="width:${Math.round((c.short / c.of) * 200)}px"></span>${esc(w.shortOf(c.short, c.of))}</td></tr>`,
  ).join('\n');
  return `<table><tr><th>#</th><th>${w.criterion}</th><th></th></tr>\n${rows}</table>`;
}

function problems(results: readonly RecordResult[], lang: Lang): string {
  const w = SUMMARY_WORDS[lang];
  const rows = results.flatMap((r) => r.problems.map((p) =>
    `<tr><td><code>${esc(r.file)}</code></td><td>${p.line === null ? '' : `${p.line}:${p.column}`}</td><td class="${p.severity}">${w.severity[p.severity]}</td><td>${esc(p.message)}</td><td><code>${esc(p.rule)}</code></td></tr>`,
  ));
  if (rows.length === 0) return `<p>${w.none}</p>`;
  return `<table><tr><th>${w.file}</th><th>${w.line}</th><th></th><th>${w.message}</th><th>${w.rule}</th></tr>\n${rows.join('\n')}</table>`;
}

/** The footer: what each rubric used asks the reader to know (that it is a reconstruction, say). */
function rubricNotes(rubrics: Iterable<Rubric>, lang: Lang): string {
  const notes = [...rubrics].filter((r) => r.note !== undefined)
    .map((r) => `<p class="meta"><strong>${esc(r.id)}</strong> (${esc(r.rule)}): ${esc(inLang(r.note!, lang))}</p>`);
  return notes.length === 0 ? '' : `<footer>\n${notes.join('\n')}\n</footer>\n`;
}

export function htmlReport(s: BatchSummary, results: readonly RecordResult[], counts: Summary, lang: Lang, version: string, rubrics: Iterable<Rubric> = []): string {
  const w = SUMMARY_WORDS[lang];
  const legend = RATING_IDS.map((id) => `<span class="r-${id}">${esc(RATING_NAMES[id])}</span>`).join('') +
    `<span style="background:#9e9e9e">${esc(w.unrated)}</span> ✱ ${esc(w.thematic)}`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(w.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${esc(w.title)}</h1>
<p class="meta">${esc(countsText(counts, lang))} · ${esc(w.generated)} ${esc(version)}</p>
<p class="legend">${legend}</p>
${grid(s, lang)}
<h2>${esc(w.ratingsChart)}</h2>
${ratingsChart(s.ratings, lang)}
<h2>${esc(w.shortCriteria)}</h2>
${shortCriteria(s, lang)}
<h2>${esc(w.withErrors)}</h2>
${s.withErrors.length === 0 ? `<p>${w.none}</p>` : `<ul>${s.withErrors.map((e) => `<li><code>${esc(e.file)}</code> (${esc(w.errors(e.errors))})</li>`).join('')}</ul>`}
<h2>${esc(w.problems)}</h2>
${problems(results, lang)}
${rubricNotes(rubrics, lang)}</body>
</html>
`;
}
