import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  SUMMARY_WORDS,
  cellTypeName,
  monthRating,
  upperLevelMonths,
  yearlyText
} from "./chunk-BMGLVHRY.js";
import "./chunk-2CX7DBPD.js";
import {
  csvField
} from "./chunk-OQMB3DKU.js";
import {
  RATING_NAMES
} from "./chunk-S4TZNE62.js";
import {
  RATING_IDS
} from "./chunk-BEIRBNFU.js";
import "./chunk-OVRNMJZG.js";

// src/report/summary-csv.ts
function summaryCsv(s, lang) {
  const w = SUMMARY_WORDS[lang];
  const header = [
    w.cell,
    w.year,
    w.rubric,
    ...Array.from({ length: 12 }, (_, i) => {
      const month = `${w.month} ${String(i + 1).padStart(2, "0")}`;
      return [`${month} - ${w.score}`, `${month} - ${w.rating}`];
    }).flat(),
    ...RATING_IDS.map((id) => RATING_NAMES[id]),
    w.unrated,
    w.missing,
    w.notYet,
    w.cellType,
    w.upperLevelHead,
    w.yearly
  ];
  const rows = s.cells.map((c) => [
    c.cell,
    c.year,
    c.rubric ?? "",
    ...c.months.flatMap((m, i) => [m?.score ?? "", monthRating(c, i, lang)]),
    ...RATING_IDS.map((id) => c.counts[id]),
    c.counts.unrated,
    c.counts.missing,
    c.counts.notYet,
    cellTypeName(c, lang),
    upperLevelMonths(c),
    yearlyText(c, lang)
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r
`;
}
export {
  summaryCsv
};
