import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  BUNDLED_DIR,
  CACHE_FILE,
  rubricFromText,
  sha256
} from "./chunk-E5YX6UQD.js";
import "./chunk-6VOEEKS5.js";
import "./chunk-RTYVKNQX.js";
import {
  packageFile
} from "./chunk-EB3Z5UZG.js";
import "./chunk-5QHEN5K3.js";
import "./chunk-T5G3SEDJ.js";
import "./chunk-BJT74IYE.js";
import "./chunk-JZQ45GMB.js";
import "./chunk-L2P5ACFR.js";
import "./chunk-TRPBAGLX.js";
import "./chunk-OVRNMJZG.js";

// src/build-rubrics.ts
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
var cache = {};
for (const name of readdirSync(BUNDLED_DIR).filter((f) => f.endsWith(".yaml"))) {
  const bytes = readFileSync(path.join(BUNDLED_DIR, name));
  const result = rubricFromText(bytes, name);
  if ("error" in result) {
    process.stderr.write(`${name}: ${JSON.stringify(result.error.mistakes.map((m) => m.message.en))}
`);
    process.exit(1);
  }
  cache[name] = { sha256: sha256(bytes), rubric: result.rubric };
}
writeFileSync(packageFile(CACHE_FILE), JSON.stringify(cache));
