// The bundled rubrics, compiled at build time (dist/rubrics.json), so that a run does not parse
// and validate them again. An entry is used only while the YAML file still has the same hash:
// edit a bundled rubric and it is read from the file as any other.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { packageFile } from '../paths.js';
import type { Rubric } from '../rubric/rubric.js';

export const CACHE_FILE = 'dist/rubrics.json';

export type RubricCache = Record<string, { sha256: string; rubric: Rubric }>;

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let cache: RubricCache | undefined;

/** The compiled rubric for a bundled file whose bytes hash to `hash`, when the build compiled these very bytes. */
export function cachedRubric(file: string, hash: string): Rubric | undefined {
  if (cache === undefined) {
    try {
      cache = JSON.parse(readFileSync(packageFile(CACHE_FILE), 'utf8')) as RubricCache;
    } catch {
      cache = {};
    }
  }
  const entry = cache[file];
  return entry && entry.sha256 === hash ? entry.rubric : undefined;
}
