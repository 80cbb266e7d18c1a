// Build step: compiles the bundled rubrics into dist/rubrics.json (see load/rubric-cache.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_FILE, sha256, type RubricCache } from './load/rubric-cache.js';
import { rubricFromText } from './data-file.js';
import { BUNDLED_DIR } from './load/rubrics.js';
import { packageFile } from './paths.js';
import { provideYamlOnDemand } from './load/yaml-on-demand.js';

provideYamlOnDemand();

const cache: RubricCache = {};
for (const name of readdirSync(BUNDLED_DIR).filter((f) => f.endsWith('.yaml'))) {
  const bytes = readFileSync(path.join(BUNDLED_DIR, name));
  const result = rubricFromText(bytes, name);
  if ('error' in result) {
    process.stderr.write(`${name}: ${JSON.stringify(result.error.mistakes.map((m) => m.message.en))}\n`);
    process.exit(1);
  }
  cache[name] = { sha256: sha256(bytes), rubric: result.rubric };
}
writeFileSync(packageFile(CACHE_FILE), JSON.stringify(cache));
