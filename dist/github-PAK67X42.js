import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  countsText
} from "./chunk-VSAVQSSJ.js";
import {
  visible
} from "./chunk-OQMB3DKU.js";
import "./chunk-S4TZNE62.js";
import "./chunk-BEIRBNFU.js";
import "./chunk-OVRNMJZG.js";

// src/report/github.ts
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
var github = function* (report, { lang }) {
  for (const r of report.results()) {
    yield* r.problems.map((p) => {
      const props = [`file=${escapeProperty(visible(r.file))}`];
      if (p.line !== null) {
        props.push(`line=${p.line}`, `col=${p.column}`, `endLine=${p.endLine ?? p.line}`, `endColumn=${p.endColumn ?? p.column}`);
      }
      props.push(`title=${escapeProperty(`chibo ${p.rule}`)}`);
      return `::${p.severity} ${props.join(",")}::${escapeData(visible(p.message))}
`;
    });
  }
  yield `chibo: ${countsText(report.summary, lang)}
`;
};
var github_default = github;
export {
  github_default as default,
  escapeData,
  escapeProperty
};
