import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  BUNDLED_DIR,
  CACHE_DIR,
  cacheFileOf,
  fingerprint,
  packageFile,
  provideOnDemand,
  rubricFromText
} from "./chunk-BWA6V4FN.js";
import "./chunk-6Y6T5NDB.js";

// src/build-rubrics.ts
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
provideOnDemand();
mkdirSync(packageFile(CACHE_DIR), { recursive: true });
for (const name of readdirSync(BUNDLED_DIR).filter((f) => f.endsWith(".yaml"))) {
  const bytes = readFileSync(path.join(BUNDLED_DIR, name));
  const result = rubricFromText(bytes, name);
  if ("error" in result) {
    process.stderr.write(`${name}: ${JSON.stringify(result.error.mistakes.map((m) => m.message.en))}
`);
    process.exit(1);
  }
  const entry = { fingerprint: fingerprint(bytes), rubric: result.rubric };
  writeFileSync(packageFile(cacheFileOf(name)), JSON.stringify(entry));
}
