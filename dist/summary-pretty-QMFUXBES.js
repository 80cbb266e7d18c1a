import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  SUMMARY_WORDS,
  ratingName
} from "./chunk-3OI4TGPL.js";
import {
  Chalk
} from "./chunk-BOJDXKOH.js";
import {
  RATING_IDS,
  RATING_NAMES
} from "./chunk-A2X76N7O.js";
import "./chunk-OVRNMJZG.js";

// src/report/summary-pretty.ts
var SHORT = { tot: "T\u1ED1t", kha: "Kh\xE1", trung_binh: "TB", kem: "K\xE9m" };
var paint = (c, rating) => rating === "tot" ? c.green : rating === "kha" ? c.cyan : rating === "trung_binh" ? c.yellow : rating === "kem" ? c.red : c.dim;
var width = (s) => s.normalize("NFC").replace(new RegExp("\\p{M}", "gu"), "").length;
var pad = (s, n) => " ".repeat(Math.max(0, n - width(s))) + s;
function monthRows(months, lang, c) {
  const w = SUMMARY_WORDS[lang];
  const label = (s) => `  ${s.padEnd(10)}`;
  const cells = (f, colour = false) => months.map((m, i) => {
    const text = pad(f(m, i), 5);
    return colour ? paint(c, m?.rating ?? null)(text) : text;
  }).join("");
  return [
    c.dim(label(w.month) + cells((_m, i) => String(i + 1).padStart(2, "0"))),
    label(w.rating) + cells((m) => (m === null ? "\u2014" : m.rating === null ? "?" : SHORT[m.rating]) + (m?.thematic ? "*" : ""), true),
    label(w.score) + cells((m) => m?.score == null ? "" : String(m.score))
  ];
}
function summaryPretty(s, lang, color) {
  const c = new Chalk({ level: color });
  const w = SUMMARY_WORDS[lang];
  const out = [];
  for (const cell of s.cells) {
    const yearly = cell.yearly ? `  ${w.yearly}: ${paint(c, cell.yearly).bold(RATING_NAMES[cell.yearly])}` : "";
    out.push(`${c.bold(cell.cell)} \u2014 ${cell.year}${cell.rubric ? c.dim(` (${cell.rubric})`) : ""}${yearly}`);
    out.push(...monthRows(cell.months, lang, c));
    const counts = [...RATING_IDS.map((id) => `${RATING_NAMES[id]} ${cell.counts[id]}`), `${w.unrated} ${cell.counts.unrated}`, `${w.missing} ${cell.counts.missing}`];
    out.push(`  ${counts.join(" \xB7 ")}`, "");
  }
  out.push(c.dim(`* ${w.thematic}`), "");
  out.push(c.bold(`${w.rating}: ${RATING_IDS.map((id) => `${ratingName(id, lang)} ${s.ratings[id]}`).join(" \xB7 ")}`), "");
  out.push(c.bold(w.shortCriteria));
  if (s.shortCriteria.length === 0) out.push(`  ${w.none}`);
  for (const cr of s.shortCriteria.slice(0, 10)) out.push(`  ${cr.id.padEnd(3)} ${cr.name}: ${w.shortOf(cr.short, cr.of)}`);
  out.push("", c.bold(w.withErrors));
  if (s.withErrors.length === 0) out.push(`  ${w.none}`);
  for (const e of s.withErrors) out.push(`  ${c.red(e.file)} (${w.errors(e.errors)})`);
  return `${out.join("\n")}
`;
}
export {
  summaryPretty
};
