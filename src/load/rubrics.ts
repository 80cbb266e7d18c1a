// Finding and reading rubric files: bundled ids (rubrics/<id>.yaml) or paths. I/O lives here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageFile } from '../paths.js';
import { cachedRubric, fingerprint } from './rubric-cache.js';
import type { Rubric } from '../rubric/rubric.js';
import { rubricFromText } from '../data-file.js';
import { readFailure } from './data-file.js';
import type { LoadedRubric, RubricLoader } from '../check.js';
import type { RubricError } from '../core/problem.js';

export const BUNDLED_DIR = packageFile('rubrics');


export function bundledRubricIds(): string[] {
  return readdirSync(BUNDLED_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

const isBundledId = (ref: string) => /^[a-z0-9][a-z0-9-]*$/.test(ref) && existsSync(path.join(BUNDLED_DIR, `${ref}.yaml`));

/** The file a reference names: a bundled id, else a path relative to `baseDir`. */
export function rubricFile(ref: string, baseDir: string): string {
  return isBundledId(ref) ? path.join(BUNDLED_DIR, `${ref}.yaml`) : path.resolve(baseDir, ref);
}

const both = (vi: string, en: string) => ({ vi, en });

/** Loads a rubric by id or path, once per file. */
export function createRubricLoader(): RubricLoader {
  const cache = new Map<string, LoadedRubric | { error: RubricError }>();
  // Records of a batch name the same few rubrics from the same folders: each reference is
  // resolved (a file-system lookup for a bundled id) once per folder.
  const files = new Map<string, string>();
  return (ref: string, baseDir: string): LoadedRubric | { error: RubricError } => {
    const asked = `${baseDir}\0${ref}`;
    let file = files.get(asked);
    if (file === undefined) files.set(asked, (file = rubricFile(ref, baseDir)));
    let result = cache.get(file);
    if (!result) {
      try {
        const bytes = readFileSync(file);
        const print = fingerprint(bytes);
        const bundled = path.dirname(file) === path.resolve(BUNDLED_DIR) ? cachedRubric(path.basename(file), print) : undefined;
        const compiled = bundled ? { rubric: bundled } : rubricFromText(bytes, file);
        result = 'rubric' in compiled ? { key: `${file}#${print}`, rubric: compiled.rubric } : compiled;
      } catch (e) {
        const message = (e as NodeJS.ErrnoException).code === 'ENOENT'
          ? both(`không có bộ tiêu chí có sẵn nào tên như vậy, và không có tệp ${file}.`, `there is no bundled rubric of that name and no file ${file}.`)
          : readFailure(e);
        result = { error: { file, name: path.basename(file), mistakes: [{ message }] } };
      }
      cache.set(file, result);
    }
    return result;
  };
}
