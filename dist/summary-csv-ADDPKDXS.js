import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  SUMMARY_WORDS,
  monthCell
} from "./chunk-3OI4TGPL.js";
import {
  RATING_IDS,
  RATING_NAMES
} from "./chunk-A2X76N7O.js";
import "./chunk-OVRNMJZG.js";

// src/report/summary-csv.ts
var field = (v) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
function summaryCsv(s, lang) {
  const w = SUMMARY_WORDS[lang];
  const header = [
    w.cell,
    w.year,
    w.rubric,
    ...Array.from({ length: 12 }, (_, i) => `${w.month} ${String(i + 1).padStart(2, "0")}`),
    ...RATING_IDS.map((id) => RATING_NAMES[id]),
    w.unrated,
    w.missing,
    w.yearly
  ];
  const rows = s.cells.map((c) => [
    c.cell,
    c.year,
    c.rubric ?? "",
    ...c.months.map((m) => monthCell(m, lang)),
    ...RATING_IDS.map((id) => c.counts[id]),
    c.counts.unrated,
    c.counts.missing,
    c.yearly ? RATING_NAMES[c.yearly] : ""
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(",")).join("\r\n")}\r
`;
}
export {
  summaryCsv
};
