import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  SUMMARY_WORDS,
  cellTypeName,
  isDue,
  ratingName
} from "./chunk-BMGLVHRY.js";
import {
  Chalk,
  padStart
} from "./chunk-VJVZX7MN.js";
import {
  formatNumber
} from "./chunk-2CX7DBPD.js";
import {
  visibleLine
} from "./chunk-OQMB3DKU.js";
import {
  inLang
} from "./chunk-5GKDKUH7.js";
import {
  RATING_NAMES
} from "./chunk-S4TZNE62.js";
import "./chunk-FBLKVXXO.js";
import {
  RATING_IDS
} from "./chunk-BEIRBNFU.js";
import "./chunk-OVRNMJZG.js";

// src/report/summary-pretty.ts
var SHORT = { tot: "T\u1ED1t", kha: "Kh\xE1", trung_binh: "TB", kem: "K\xE9m" };
var paint = (c, rating) => rating === "tot" ? c.green : rating === "kha" ? c.cyan : rating === "trung_binh" ? c.yellow : rating === "kem" ? c.red : c.dim;
function monthRows(cell, lang, c) {
  const w = SUMMARY_WORDS[lang];
  const label = (s) => `  ${s.padEnd(10)}`;
  const cells = (f, colour = false) => cell.months.map((m, i) => {
    const text = padStart(f(m, i), 5);
    return colour ? paint(c, m?.rating ?? null)(text) : text;
  }).join("");
  return [
    c.dim(label(w.month) + cells((_m, i) => String(i + 1).padStart(2, "0"))),
    label(w.rating) + cells((m, i) => (m === null ? isDue(cell, i) ? "\u2014" : "\xB7" : m.rating === null ? "?" : SHORT[m.rating]) + (m?.thematic ? "*" : "") + (m?.ratingFrom === "confirmed" ? "\u2713" : ""), true),
    label(w.score) + cells((m) => m?.score == null ? "" : formatNumber(m.score, lang)),
    label(w.upperLevel) + cells((_m, i) => cell.upperLevel.includes(`${cell.year}-${String(i + 1).padStart(2, "0")}`) ? "\u25CF" : "")
  ];
}
function summaryPretty(s, lang, color) {
  const c = new Chalk({ level: color });
  const w = SUMMARY_WORDS[lang];
  const out = [];
  for (const cell of s.cells) {
    const yearly = !cell.complete ? `  ${w.yearly}: ${c.bold(w.incompleteDetail(cell.due, s.asOf))}` : cell.yearly ? `  ${w.yearly}: ${paint(c, cell.yearly).bold(RATING_NAMES[cell.yearly])}` : "";
    const type = cellTypeName(cell, lang);
    out.push(`${c.bold(visibleLine(cell.cell))} \u2014 ${cell.year}${type ? ` \xB7 ${type}` : ""}${cell.rubric ? c.dim(visibleLine(` (${cell.rubric})`)) : ""}${yearly}`);
    out.push(...monthRows(cell, lang, c));
    const counts = [...RATING_IDS.map((id) => `${RATING_NAMES[id]} ${cell.counts[id]}`), `${w.unrated} ${cell.counts.unrated}`, `${w.missing} ${cell.counts.missing}`];
    if (cell.counts.notYet > 0) counts.push(`${w.notYet} ${cell.counts.notYet}`);
    out.push(`  ${counts.join(" \xB7 ")}`, "");
  }
  out.push(c.dim([`* ${w.thematic}`, `\u2713 ${w.confirmedLegend}`, `\u2014 ${w.missingLegend}`, `\xB7 ${w.notYetLegend}`, `? ${w.unrated.toLowerCase()}`, `\u25CF ${w.upperLevelLegend}`].join("   ")), c.dim(w.asOf(s.asOf)), "");
  out.push(c.bold(`${w.rating}: ${RATING_IDS.map((id) => `${ratingName(id, lang)} ${s.ratings[id]}`).join(" \xB7 ")}`));
  out.push(w.ratingsUsed(s.confirmed, RATING_IDS.reduce((n, id) => n + s.ratings[id], 0)), "");
  out.push(c.bold(w.shortCriteria));
  if (s.shortCriteria.length === 0) out.push(`  ${w.none}`);
  for (const cr of s.shortCriteria.slice(0, 10)) out.push(visibleLine(`  ${cr.id.padEnd(3)} ${inLang(cr.name, lang)}: ${w.shortOf(cr.short, cr.of)}`));
  out.push("", c.bold(w.withErrors));
  if (s.withErrors.length === 0) out.push(`  ${w.none}`);
  for (const e of s.withErrors) out.push(`  ${c.red(visibleLine(e.file))} (${w.errors(e.errors)})`);
  return `${out.join("\n")}
`;
}
export {
  summaryPretty
};
