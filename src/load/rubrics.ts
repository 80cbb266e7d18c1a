// Finding and reading rubric files: bundled ids (rubrics/<id>.yaml) or paths. I/O lives here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageFile } from '../paths.js';
import { cachedRubric } from './rubric-cache.js';
import type { Lang } from '../facts/describe.js';
import { compileRubric, type Rubric } from '../validate/rubric.js';
import { rubricSchema } from '../validate/rubric-schema.js';
import { validate } from '../validate/validate.js';
import schemaRule from '../rules/schema.js';
import yamlSyntax from '../rules/yaml-syntax.js';
import { decode, formatPath, locate, parse } from './source.js';

export const BUNDLED_DIR = packageFile('rubrics');

/** Why a rubric cannot be used: where (when it is a spot in the file) and what, in both languages. */
export interface RubricMistakeAt {
  line?: number;
  column?: number;
  message: Record<Lang, string>;
}
export interface RubricError {
  file: string;
  mistakes: RubricMistakeAt[];
}

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

/** Parses, validates and compiles a rubric's text. Pure. */
export function rubricFromText(bytes: Uint8Array, file: string): { rubric: Rubric } | { error: RubricError } {
  const decoded = decode(bytes);
  if ('rule' in decoded) {
    const message = both('Tệp bộ tiêu chí không phải văn bản UTF-8.', 'The rubric file is not UTF-8 text.');
    return { error: { file, mistakes: [{ ...decoded.at && { line: decoded.at.line, column: decoded.at.column }, message }] } };
  }
  const source = parse(decoded.text);
  if ('rule' in source) {
    const message = source.rule === 'yaml-syntax'
      ? both(yamlSyntax.message.vi(source), yamlSyntax.message.en(source))
      : both('Tệp bộ tiêu chí vượt giới hạn kích thước hoặc độ sâu.', 'The rubric file exceeds a size or depth limit.');
    return { error: { file, mistakes: [{ ...source.at && { line: source.at.line, column: source.at.column }, message }] } };
  }
  const valid = validate(rubricSchema, source.data);
  if (!valid.ok) {
    const mistakes = valid.issues.map((issue) => {
      const at = locate(source, issue.path, issue.at);
      return { line: at.line, column: at.column, message: both(schemaRule.message.vi(issue), schemaRule.message.en(issue)) };
    });
    return { error: { file, mistakes } };
  }
  const compiled = compileRubric(valid.value);
  if ('mistakes' in compiled) {
    const mistakes = compiled.mistakes.map((mistake) => {
      const at = locate(source, mistake.path, 'value');
      const where = formatPath(mistake.path);
      return { line: at.line, column: at.column, message: both(`${where}: ${mistake.message.vi}`, `${where}: ${mistake.message.en}`) };
    });
    return { error: { file, mistakes } };
  }
  return compiled;
}

/** Loads a rubric by id or path, once per file. */
export function createRubricLoader() {
  const cache = new Map<string, { rubric: Rubric } | { error: RubricError }>();
  return (ref: string, baseDir: string): { rubric: Rubric } | { error: RubricError } => {
    const file = rubricFile(ref, baseDir);
    let result = cache.get(file);
    if (!result) {
      try {
        const bytes = readFileSync(file);
        const bundled = path.dirname(file) === path.resolve(BUNDLED_DIR) ? cachedRubric(path.basename(file), bytes) : undefined;
        result = bundled ? { rubric: bundled } : rubricFromText(bytes, file);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const message = code === 'ENOENT'
          ? both(`không có bộ tiêu chí có sẵn nào tên như vậy, và không có tệp ${file}.`, `there is no bundled rubric of that name and no file ${file}.`)
          : both(`không đọc được tệp ${file} (${code ?? 'lỗi'}).`, `the file ${file} cannot be read (${code ?? 'error'}).`);
        result = { error: { file, mistakes: [{ message }] } };
      }
      cache.set(file, result);
    }
    return result;
  };
}

export type RubricLoader = ReturnType<typeof createRubricLoader>;
