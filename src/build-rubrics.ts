// Build step: compiles the bundled rubrics into dist/rubrics/ (see load/rubric-cache.ts).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR, cacheFileOf, fingerprint, type CachedRubric } from './load/rubric-cache.js';
import { rubricFromText } from './data-file.js';
import { BUNDLED_DIR } from './load/rubrics.js';
import { packageFile } from './paths.js';
import { provideOnDemand } from './load/on-demand.js';

provideOnDemand();

mkdirSync(packageFile(CACHE_DIR), { recursive: true });
for (const name of readdirSync(BUNDLED_DIR).filter((f) => f.endsWith('.yaml'))) {
  const bytes = readFileSync(path.join(BUNDLED_DIR, name));
  const result = rubricFromText(bytes, name);
  if ('error' in result) {
    process.stderr.write(`${name}: ${JSON.stringify(result.error.mistakes.map((m) => m.message.en))}\n`);
    process.exit(1);
  }
  const entry: CachedRubric = { fingerprint: fingerprint(bytes), rubric: result.rubric };
  writeFileSync(packageFile(cacheFileOf(name)), JSON.stringify(entry));
}
