import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  RULES
} from "./chunk-IH7VVGSX.js";
import "./chunk-4DZHB3IH.js";
import {
  packageFile
} from "./chunk-EB3Z5UZG.js";
import "./chunk-WXT25PZN.js";
import "./chunk-X4PWH4UP.js";
import "./chunk-2CX7DBPD.js";
import {
  ruleDocsPath
} from "./chunk-VSAVQSSJ.js";
import {
  jsonEscapeHidden
} from "./chunk-OQMB3DKU.js";
import "./chunk-5GKDKUH7.js";
import "./chunk-S4TZNE62.js";
import "./chunk-FBLKVXXO.js";
import "./chunk-BEIRBNFU.js";
import "./chunk-OVRNMJZG.js";

// src/report/sarif.ts
import { createHash } from "node:crypto";

// src/report/docs.ts
import { readFileSync } from "node:fs";
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

// package.json
var package_default = {
  name: "chibo",
  version: "0.1.0",
  description: "Score the minutes of chi b\u1ED9 meetings against a rubric and flag wrong self-assessments",
  type: "module",
  license: "MIT",
  repository: {
    type: "git",
    url: "git+https://git.example.org/chibo/chibo.git"
  },
  bin: {
    chibo: "bin/chibo.js"
  },
  files: [
    "bin",
    "dist",
    "rubrics",
    "schema",
    "docs"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    bundle: "node scripts/build.mjs",
    typecheck: "tsc -p tsconfig.json --noEmit && tsc -p tsconfig.core.json --noEmit",
    pretest: "npm run typecheck",
    test: "vitest run",
    schema: "node bin/chibo.js schema record > schema/meeting.schema.json && node bin/chibo.js schema rubric > schema/rubric.schema.json && node bin/chibo.js schema config > schema/config.schema.json",
    bench: "node bench/run.mjs"
  },
  dependencies: {
    chalk: "^5.6.2",
    commander: "^14.0.3",
    ignore: "^7.0.16",
    tinyglobby: "^0.2.17",
    yaml: "^2.9.1",
    zod: "^4.6.7"
  },
  devDependencies: {
    "@action-validator/cli": "^0.6.0",
    "@types/node": "^20.19.43",
    ajv: "^8.20.0",
    "ajv-cli": "^5.0.0",
    "ajv-draft-04": "^1.0.0",
    "axe-core": "^4.14.1",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    "fast-xml-parser": "^5.12.1",
    "playwright-core": "^1.65.1",
    typescript: "~5.9.3",
    vitest: "^4.1.12"
  }
};

// src/report/sarif.ts
var repository = package_default.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
var helpUri = (rule) => `${repository}/blob/main/${ruleDocsPath(rule)}`;
function ruleName(id) {
  const pascal = id.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase());
  return pascal.toLowerCase() === id ? `${pascal}Check` : pascal;
}
var fingerprint = (...parts) => createHash("sha256").update(parts.map((p) => p ?? "").join("\0")).digest("hex").slice(0, 32);
var sarif = function* (report, { lang, toolVersion }) {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const rules = RULES.map((rule) => {
    const markdown = ruleDocs(rule.id);
    return {
      id: rule.id,
      name: ruleName(rule.id),
      shortDescription: { text: rule.description[lang] },
      fullDescription: { text: `${rule.description.vi} / ${rule.description.en}` },
      help: { text: `${rule.description[lang]}. ${ruleDocsPath(rule.id)}`, markdown },
      helpUri: helpUri(rule.id),
      defaultConfiguration: { level: rule.severity },
      properties: { docs: ruleDocsPath(rule.id) }
    };
  });
  const resultsOf = (r) => r.problems.map((p) => {
    const region = p.line === null ? void 0 : {
      startLine: p.line,
      startColumn: p.column ?? 1,
      endLine: p.endLine ?? p.line,
      endColumn: Math.max(p.endColumn ?? 1, (p.endLine ?? p.line) === p.line ? (p.column ?? 1) + 1 : 1)
    };
    return {
      ruleId: p.rule,
      ruleIndex: index.get(p.rule) ?? 0,
      level: p.severity,
      message: { text: p.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(r.file) }, ...region && { region } } }],
      partialFingerprints: { "chiboProblem/v1": fingerprint(r.file, p.rule, p.path, p.message) }
    };
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: "chibo", version: toolVersion, semanticVersion: toolVersion, informationUri: repository, rules } },
      columnKind: "utf16CodeUnits",
      results: []
    }]
  };
  const head = JSON.stringify(log, null, 2);
  const at = head.lastIndexOf('"results": []');
  yield `${head.slice(0, at)}"results": [`;
  let first = true;
  for (const r of report.results()) {
    for (const result of resultsOf(r)) {
      yield `${first ? "" : ","}
        ${jsonEscapeHidden(JSON.stringify(result, null, 2)).replace(/\n/g, "\n        ")}`;
      first = false;
    }
  }
  yield `${first ? "" : "\n      "}]${head.slice(at + '"results": []'.length)}
`;
};
var sarif_default = sarif;
export {
  sarif_default as default
};
