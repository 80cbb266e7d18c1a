import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  packageFile
} from "./chunk-EB3Z5UZG.js";

// src/report/docs.ts
import { readFileSync } from "node:fs";
var ruleDocsPath = (rule) => `docs/rules/${rule}.md`;
var cache = /* @__PURE__ */ new Map();
function ruleDocs(rule) {
  let text = cache.get(rule);
  if (text === void 0) {
    try {
      text = readFileSync(packageFile(ruleDocsPath(rule)), "utf8");
    } catch {
      text = "";
    }
    cache.set(rule, text);
  }
  return text;
}

export {
  ruleDocsPath,
  ruleDocs
};
