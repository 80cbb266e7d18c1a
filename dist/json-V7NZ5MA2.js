import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  ruleDocsPath
} from "./chunk-VSAVQSSJ.js";
import {
  jsonEscapeHidden
} from "./chunk-OQMB3DKU.js";
import {
  inLang
} from "./chunk-5GKDKUH7.js";
import "./chunk-S4TZNE62.js";
import {
  FACT_IDS
} from "./chunk-FBLKVXXO.js";
import "./chunk-BEIRBNFU.js";
import "./chunk-OVRNMJZG.js";

// src/report/json.ts
var RATES = /* @__PURE__ */ new Set(["attendance_rate", "speaker_rate"]);
function displayFacts(facts) {
  const shown = {};
  for (const id of FACT_IDS) {
    const v = facts[id];
    shown[id] = RATES.has(id) && typeof v === "number" ? Math.round(v * 1e3) / 1e3 : v;
  }
  return shown;
}
function recordJson(r, lang) {
  return {
    file: r.file,
    cell: r.cell,
    kind: r.kind,
    period: r.period,
    rubric: r.rubric,
    facts: r.facts && displayFacts(r.facts),
    score: r.score && {
      total: r.score.total,
      max: r.score.max,
      rating: r.score.rating,
      criteria: r.score.criteria.map((c) => ({ id: c.id, name: inLang(c.name, lang), max: c.max, ceiling: c.ceiling, claimed: c.claimed, score: c.score }))
    },
    claimed: r.claimed,
    confirmed: r.confirmed,
    problems: r.problems.map((p) => ({
      rule: p.rule,
      severity: p.severity,
      path: p.path,
      line: p.line,
      column: p.column,
      endLine: p.endLine,
      endColumn: p.endColumn,
      message: p.message,
      docs: ruleDocsPath(p.rule)
    }))
  };
}
var indent = (text, depth) => text.replace(/\n/g, `
${"  ".repeat(depth)}`);
var json = function* (report, { lang, toolVersion }) {
  yield `{
  "version": 1,
  "tool": ${indent(JSON.stringify({ name: "chibo", version: toolVersion }, null, 2), 1)},
  "results": [`;
  let first = true;
  for (const r of report.results()) {
    const nested = JSON.stringify([[recordJson(r, lang)]], null, 2);
    yield `${first ? "" : ","}
    ${jsonEscapeHidden(nested.slice("[\n  [\n    ".length, -"\n  ]\n]".length))}`;
    first = false;
  }
  yield `${first ? "" : "\n  "}],
  "summary": ${indent(JSON.stringify(report.summary, null, 2), 1)}
}
`;
};
var json_default = json;
export {
  json_default as default,
  displayFacts
};
