import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  Chalk,
  padEnd,
  padStart,
  width
} from "./chunk-VJVZX7MN.js";
import {
  KIND_NAMES
} from "./chunk-X4PWH4UP.js";
import {
  formatDate,
  formatMonth,
  formatNumber
} from "./chunk-2CX7DBPD.js";
import {
  countsText
} from "./chunk-VSAVQSSJ.js";
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
import "./chunk-BEIRBNFU.js";
import "./chunk-OVRNMJZG.js";

// src/report/pretty.ts
var WORDS = {
  vi: {
    error: "l\u1ED7i",
    warning: "c\u1EA3nh b\xE1o",
    criterion: "Ti\xEAu ch\xED",
    claimed: "T\u1EF1 ch\u1EA5m",
    ceiling: "T\u1ED1i \u0111a theo bi\xEAn b\u1EA3n",
    score: "\u0110i\u1EC3m",
    total: "T\u1ED5ng",
    selfRated: "t\u1EF1 x\u1EBFp lo\u1EA1i",
    confirmed: (by, date, rating) => `C\u1EA5p tr\xEAn (${by}) x\u1EBFp lo\u1EA1i ${rating} ng\xE0y ${formatDate(date, "vi")}`,
    differs: (proposed) => `, kh\xE1c v\u1EDBi m\u1EE9c chi b\u1ED9 t\u1EF1 x\u1EBFp lo\u1EA1i (${proposed})`,
    clean: "kh\xF4ng c\xF3 v\u1EA5n \u0111\u1EC1"
  },
  en: {
    error: "error",
    warning: "warning",
    criterion: "Criterion",
    claimed: "Claimed",
    ceiling: "Ceiling",
    score: "Score",
    total: "Total",
    selfRated: "self-rated",
    confirmed: (by, date, rating) => `Rated ${rating} by the upper level (${by}) on ${date}`,
    differs: (proposed) => `, not the ${proposed} the cell proposed`,
    clean: "no problems"
  }
};
function problemLines(problems, lang, c) {
  const places = problems.map((p) => p.line === null ? "" : `${p.line}:${p.column}`);
  const placeWidth = Math.max(0, ...places.map(width));
  const sevWidth = Math.max(...problems.map((p) => width(WORDS[lang][p.severity])));
  return problems.map((p, i) => {
    const sev = padEnd(WORDS[lang][p.severity], sevWidth);
    return `  ${c.dim(padEnd(places[i], placeWidth))}  ${p.severity === "error" ? c.red(sev) : c.yellow(sev)}  ${visibleLine(p.message)}  ${c.dim(p.rule)}`;
  });
}
function scoreTable(r, lang, c) {
  const s = r.score;
  if (!s) return [];
  const w = WORDS[lang];
  const fmt = (n) => n === null ? "\u2013" : formatNumber(n, lang);
  const rows = s.criteria.map((cr) => [
    visibleLine(`${cr.id}  ${inLang(cr.name, lang)}`),
    fmt(cr.claimed),
    fmt(cr.ceiling),
    cr.role === "deduction" ? fmt(cr.score) : `${fmt(cr.score)}/${fmt(cr.max)}`,
    cr.role === "score" ? cr.score < cr.max : cr.score < 0
  ]);
  const nameWidth = Math.max(width(w.criterion), ...rows.map((row) => width(String(row[0]))));
  const cols = [w.claimed, w.ceiling, w.score].map((h, i) => Math.max(width(h), ...rows.map((row) => width(String(row[i + 1]))), 7));
  const line = (cells) => `  ${padEnd(cells[0], nameWidth)}  ${cells.slice(1).map((cell, i) => padStart(cell, cols[i])).join("  ")}`;
  const out = [c.dim(line([w.criterion, w.claimed, w.ceiling, w.score]))];
  for (const row of rows) {
    const text = line(row.slice(0, 4).map(String));
    out.push(row[4] ? text : c.green(text));
  }
  const claimedRating = r.claimed?.rating ? ` (${w.selfRated}: ${RATING_NAMES[r.claimed.rating]})` : "";
  const total = line([`   ${w.total}`, fmt(r.claimed?.total ?? null), "", `${fmt(s.total)}/${fmt(s.max)}`]);
  out.push(`${c.bold(total)}  ${c.bold(RATING_NAMES[s.rating])}${claimedRating}`);
  const confirmed = r.confirmed;
  if (confirmed) {
    const proposed = r.claimed?.rating;
    const differs = proposed !== void 0 && proposed !== confirmed.rating ? w.differs(RATING_NAMES[proposed]) : "";
    out.push(visibleLine(`  ${w.confirmed(confirmed.by, confirmed.date, RATING_NAMES[confirmed.rating])}${differs}.`));
  }
  return out;
}
function header(r, lang, c) {
  const parts = [r.cell, r.kind && KIND_NAMES[r.kind][lang], r.period && formatMonth(r.period, lang), r.rubric].filter((x) => !!x);
  return `${c.bold.underline(visibleLine(r.file))}${parts.length > 0 ? c.dim(visibleLine(`  ${parts.join(" \xB7 ")}`)) : ""}`;
}
function summaryLine(s, lang, c) {
  const text = countsText(s, lang);
  if (s.errors > 0) return c.red.bold(`\u2716 ${text}`);
  if (s.warnings > 0) return c.yellow.bold(`\u26A0 ${text}`);
  return c.green.bold(`\u2714 ${text}`);
}
var pretty = function* (report, { lang, color }) {
  const c = new Chalk({ level: color });
  for (const r of report.results()) {
    const lines = [header(r, lang, c)];
    lines.push(...r.problems.length > 0 ? problemLines(r.problems, lang, c) : [`  ${c.green(WORDS[lang].clean)}`]);
    const table = scoreTable(r, lang, c);
    if (table.length > 0) lines.push("", ...table);
    yield `${lines.join("\n")}

`;
  }
  yield `${summaryLine(report.summary, lang, c)}
`;
};
var pretty_default = pretty;
export {
  pretty_default as default,
  summaryLine
};
