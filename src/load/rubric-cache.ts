// The bundled rubrics, compiled at build time, so that a run does not parse and validate them
// again: dist/rubrics/<name>.json, one file each, so that a run reads only the one it uses. An
// entry is used only while the YAML file still has the same fingerprint: edit a bundled rubric and
// it is read from the file as any other.
import { readFileSync } from 'node:fs';
import { packageFile } from '../paths.js';
import type { Rubric } from '../rubric/rubric.js';

export const CACHE_DIR = 'dist/rubrics';

/** A bundled rubric as compiled, and the fingerprint of the YAML file compiled. */
export interface CachedRubric {
  fingerprint: string;
  rubric: Rubric;
}

/** The compiled file for a bundled rubric's YAML file name. */
export const cacheFileOf = (yamlFile: string) => `${CACHE_DIR}/${yamlFile.replace(/\.yaml$/, '')}.json`;

/**
 * A fingerprint of a file's bytes: their length and two 32-bit hashes, taken four bytes at a time.
 * It tells an edited file from the one compiled, at start-up, where loading node:crypto would cost
 * more than all the rest of reading the rubric; it is no defence against forgery, nor needs to be
 * (whoever can edit the package's rubrics can edit its dist/ too). The words are read in the
 * machine's byte order: on a big-endian machine, a rubric is compiled from its file.
 */
export function fingerprint(bytes: Uint8Array): string {
  const count = bytes.length >> 2;
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice(0, count * 4);
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, count);
  let a = 0x811c9dc5;
  let b = 0;
  for (let i = 0; i < count; i++) {
    a = Math.imul(a ^ words[i]!, 0x01000193);
    b = (Math.imul(b, 31) + words[i]!) | 0;
  }
  for (let i = count * 4; i < bytes.length; i++) a = Math.imul(a ^ bytes[i]!, 0x01000193);
  return `${bytes.length.toString(16)}-${(a >>> 0).toString(16)}-${(b >>> 0).toString(16)}`;
}

const cache = new Map<string, CachedRubric | null>();

/** The compiled rubric for a bundled file whose bytes have this fingerprint, when the build compiled these very bytes. */
export function cachedRubric(file: string, print: string): Rubric | undefined {
  let entry = cache.get(file);
  if (entry === undefined) {
    try {
      entry = JSON.parse(readFileSync(packageFile(cacheFileOf(file)), 'utf8')) as CachedRubric;
    } catch {
      entry = null;
    }
    cache.set(file, entry);
  }
  return entry && entry.fingerprint === print ? entry.rubric : undefined;
}
