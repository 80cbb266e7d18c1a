import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  RULES
} from "./chunk-IH7VVGSX.js";
import "./chunk-4DZHB3IH.js";
import "./chunk-WXT25PZN.js";
import "./chunk-X4PWH4UP.js";
import "./chunk-2CX7DBPD.js";
import {
  visible
} from "./chunk-OQMB3DKU.js";
import "./chunk-5GKDKUH7.js";
import "./chunk-S4TZNE62.js";
import "./chunk-FBLKVXXO.js";
import "./chunk-BEIRBNFU.js";
import "./chunk-OVRNMJZG.js";

// src/report/junit.ts
function rulesChecked(r, batch) {
  return RULES.filter((rule) => rule.kind === "load" || rule.kind === "record" && r.score !== null || rule.kind === "cross" && batch > 1 && r.meeting !== null);
}
var xml = (s) => visible(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]).replace(/[\uFFFE\uFFFF]/g, "");
var place = (file, p) => p.line === null ? file : `${file}:${p.line}:${p.column}`;
function suite(r, batch) {
  const checked = rulesChecked(r, batch);
  let failures = 0;
  const cases = checked.map((rule) => {
    const found = r.problems.filter((p) => p.rule === rule.id);
    const errors = found.filter((p) => p.severity === "error");
    const warnings = found.filter((p) => p.severity === "warning");
    let body = "";
    if (errors.length > 0) {
      failures++;
      const first = errors[0];
      const text = errors.map((p) => `${place(r.file, p)}: ${p.message}`).join("\n");
      body += `
      <failure message="${xml(first.message)}" type="${rule.id}">${xml(text)}</failure>`;
    }
    if (warnings.length > 0) {
      body += `
      <system-out>${xml(warnings.map((p) => `warning ${place(r.file, p)}: ${p.message}`).join("\n"))}</system-out>`;
    }
    const open = `    <testcase name="${rule.id}" classname="${xml(r.file)}" file="${xml(r.file)}"`;
    return body === "" ? `${open}/>` : `${open}>${body}
    </testcase>`;
  });
  return `  <testsuite name="${xml(r.file)}" tests="${checked.length}" failures="${failures}" errors="0" skipped="0">
${cases.join("\n")}
  </testsuite>
`;
}
var junit = function* (report) {
  const batch = report.summary.files;
  let tests = 0;
  let failures = 0;
  for (const r of report.results()) {
    tests += rulesChecked(r, batch).length;
    failures += new Set(r.problems.filter((p) => p.severity === "error").map((p) => p.rule)).size;
  }
  yield `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="chibo" tests="${tests}" failures="${failures}" errors="0">
`;
  for (const r of report.results()) yield suite(r, batch);
  yield "</testsuites>\n";
};
var junit_default = junit;
export {
  junit_default as default
};
