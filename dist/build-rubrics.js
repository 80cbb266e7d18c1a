import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  BUNDLED_DIR,
  CACHE_FILE,
  provideYamlOnDemand,
  rubricFromText,
  sha256
} from "./chunk-OT6PQ2XQ.js";
import "./chunk-AVTV7DUN.js";
import "./chunk-4DZHB3IH.js";
import {
  packageFile
} from "./chunk-EB3Z5UZG.js";
import "./chunk-WXT25PZN.js";
import "./chunk-X4PWH4UP.js";
import "./chunk-2CX7DBPD.js";
import "./chunk-5GKDKUH7.js";
import "./chunk-S4TZNE62.js";
import "./chunk-FBLKVXXO.js";
import "./chunk-BEIRBNFU.js";
import "./chunk-OVRNMJZG.js";

// src/build-rubrics.ts
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
provideYamlOnDemand();
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
