// Reading a YAML data file of chibo's own (a rubric, the configuration): decoded, parsed and
// validated, or every mistake with its place, in both languages; and a rubric's text compiled.
// Pure, so that the command line (load/) and the form page read rubric files the same way.
import type * as z from 'zod';
import { formatPath } from './core/path.js';
import type { FileMistake, RubricError } from './core/problem.js';
import { read, type Readable } from './parse/fast-yaml.js';
import { decode, DEFAULT_LIMITS } from './parse/source.js';
import { compileRubric, type Rubric } from './rubric/rubric.js';
import schemaRule, { got } from './rules/schema.js';
import yamlSyntax from './rules/yaml-syntax.js';
import { validate } from './validate/validate.js';
import { schemas } from './validate/zod-schemas.js';

/** What kind of file it is, for when it is not a mapping at all: "A rubric file", and keys it has. */
export interface DataFileKind {
  vi: string;
  en: string;
  keys: string;
}

const at = (p?: { line: number; column: number }) => (p ? { line: p.line, column: p.column } : {});

/** `empty`: the value an empty file stands for (undefined: an empty file is a mistake). */
export function readDataFile<S extends z.ZodType>(
  bytes: Uint8Array,
  schema: S | (() => S),
  kind: DataFileKind,
  empty?: unknown,
): { value: z.output<S>; source: Readable } | { mistakes: FileMistake[] } {
  const decoded = decode(bytes);
  if ('rule' in decoded) {
    return { mistakes: [{ ...at(decoded.at), message: { vi: 'Tệp không phải văn bản UTF-8.', en: 'The file is not UTF-8 text.' } }] };
  }
  // Plain files with the fast reader, as records; others with the yaml package.
  const source = read(decoded.text, DEFAULT_LIMITS);
  if ('rule' in source) {
    const message = source.rule === 'yaml-syntax'
      ? { vi: yamlSyntax.message.vi(source), en: yamlSyntax.message.en(source) }
      : { vi: 'Tệp vượt giới hạn kích thước hoặc độ sâu.', en: 'The file exceeds a size or depth limit.' };
    return { mistakes: [{ ...at(source.at), message }] };
  }
  const valid = validate(schema, source.data ?? empty);
  if (!valid.ok) {
    return {
      mistakes: valid.issues.map((issue) => ({
        ...at(source.locate(issue.path, issue.at)),
        message: issue.path.length === 0 && issue.problem.kind === 'type'
          ? {
            vi: `${kind.vi} phải gồm các mục dạng "tên mục: giá trị" (${kind.keys}), nhưng ${issue.problem.got === 'empty' ? 'tệp đang trống' : `tệp là ${got(issue.problem.got, 'vi')}`}.`,
            en: `${kind.en} must be a mapping of keys to values (${kind.keys}), but the file is ${got(issue.problem.got, 'en')}.`,
          }
          : { vi: schemaRule.message.vi({ ...issue, record: false }), en: schemaRule.message.en({ ...issue, record: false }) },
      })),
    };
  }
  return { value: valid.value, source };
}

/** The last part of a path, `/` or `\\` separated: the name a rubric file's mistakes go by. */
const baseName = (file: string): string => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

/** Parses, validates and compiles a rubric's text (`file`: where it was read, for messages). */
export function rubricFromText(bytes: Uint8Array, file: string): { rubric: Rubric } | { error: RubricError } {
  const read = readDataFile(bytes, () => schemas().rubricSchema, { vi: 'Tệp bộ tiêu chí', en: 'A rubric file', keys: 'id, title, kinds, levels, criteria, …' });
  if ('mistakes' in read) return { error: { file, name: baseName(file), mistakes: read.mistakes } };
  const compiled = compileRubric(read.value);
  if ('mistakes' in compiled) {
    const mistakes = compiled.mistakes.map((mistake) => {
      const at = read.source.locate(mistake.path, 'value');
      const where = formatPath(mistake.path);
      return { line: at.line, column: at.column, message: { vi: `${where}: ${mistake.message.vi}`, en: `${where}: ${mistake.message.en}` } };
    });
    return { error: { file, name: baseName(file), mistakes } };
  }
  return compiled;
}
