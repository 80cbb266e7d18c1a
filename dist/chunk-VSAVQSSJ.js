import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/report/report.ts
function countsText(s, lang) {
  if (lang === "vi") return `${s.files} bi\xEAn b\u1EA3n, ${s.errors} l\u1ED7i, ${s.warnings} c\u1EA3nh b\xE1o`;
  const n = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `${n(s.files, "record")}, ${n(s.errors, "error")}, ${n(s.warnings, "warning")}`;
}
var ruleDocsPath = (rule) => `docs/rules/${rule}.md`;

export {
  countsText,
  ruleDocsPath
};
