// The rubrics of the page: the bundled ones, compiled at build time and embedded in the page as
// JSON (scripts/build.mjs), and a rubric file the secretary opens. No file system, no network.
import type { LoadedRubric, RubricLoader } from '../check.js';
import { BUNDLED_BY_DATE, chooseByDate, type DatedRubric } from '../core/in-force.js';
import { formatPath } from '../core/path.js';
import type { RubricError } from '../core/problem.js';
import { decode, locate, parse } from '../parse/source.js';
import schemaRule from '../rules/schema.js';
import yamlSyntax from '../rules/yaml-syntax.js';
import { compileRubric, type Rubric } from '../rubric/rubric.js';
import { rubricSchema } from '../rubric/schema.js';
import { validate } from '../validate/validate.js';
import { isCalendarDate } from '../validate/when.js';

/** The bundled rubrics by id, as the build embeds them. */
export type BundledRubrics = Readonly<Record<string, Rubric>>;

/** The rubrics a record that names none is scored by, each for its own dates, as the command line's default. */
export function defaultRubrics(bundled: BundledRubrics): DatedRubric[] {
  return BUNDLED_BY_DATE.filter((id) => Object.hasOwn(bundled, id)).map((id) => ({ ref: id, dates: bundled[id]!.inForce }));
}

/**
 * Which bundled rubric scores a record that names none: the one in force on the meeting's date
 * (today's while the date is missing or not a real day).
 */
export function defaultRubricFor(bundled: BundledRubrics, date: unknown, today: string): string {
  const day = typeof date === 'string' && isCalendarDate(date) ? date : today;
  return chooseByDate(defaultRubrics(bundled), day)?.ref ?? BUNDLED_BY_DATE[0];
}

/** Loads bundled rubrics by id; anything else cannot be read from a page and says so. */
export function bundledLoader(bundled: BundledRubrics): RubricLoader {
  return (ref) => {
    const rubric = Object.hasOwn(bundled, ref) ? bundled[ref] : undefined;
    if (rubric) return { key: `bundled:${ref}`, rubric };
    const ids = Object.keys(bundled).join(', ');
    return {
      error: {
        file: ref,
        name: ref,
        mistakes: [{
          message: {
            vi: `trang biểu mẫu chỉ có sẵn các bộ tiêu chí ${ids}; muốn dùng tệp "${ref}", hãy bấm "Mở bộ tiêu chí" và chọn tệp đó.`,
            en: `the form page has only the bundled rubrics ${ids}; to use the file "${ref}", press "Mở bộ tiêu chí" and choose it.`,
          },
        }],
      },
    };
  };
}

/**
 * A rubric file's bytes compiled, or its mistakes with their places in the words the command line
 * uses (as load/rubrics.ts does with the file system, which a page does not have).
 */
export function rubricFromFile(bytes: Uint8Array, name: string): LoadedRubric | { error: RubricError } {
  const fail = (mistakes: RubricError['mistakes']) => ({ error: { file: name, name, mistakes } });
  const decoded = decode(bytes);
  if ('rule' in decoded) return fail([{ message: { vi: 'Tệp không phải văn bản UTF-8.', en: 'The file is not UTF-8 text.' } }]);
  const source = parse(decoded.text);
  if ('rule' in source) {
    const message = source.rule === 'yaml-syntax'
      ? { vi: yamlSyntax.message.vi(source), en: yamlSyntax.message.en(source) }
      : { vi: 'Tệp vượt giới hạn kích thước hoặc độ sâu.', en: 'The file exceeds a size or depth limit.' };
    return fail([{ ...source.at && { line: source.at.line, column: source.at.column }, message }]);
  }
  const valid = validate(rubricSchema, source.data);
  if (!valid.ok) {
    return fail(valid.issues.map((issue) => {
      const at = locate(source, issue.path, issue.at);
      return { line: at.line, column: at.column, message: { vi: schemaRule.message.vi({ ...issue, record: false }), en: schemaRule.message.en({ ...issue, record: false }) } };
    }));
  }
  const compiled = compileRubric(valid.value);
  if ('mistakes' in compiled) {
    return fail(compiled.mistakes.map((m) => {
      const at = locate(source, m.path, 'value');
      const where = formatPath(m.path);
      return { line: at.line, column: at.column, message: { vi: `${where}: ${m.message.vi}`, en: `${where}: ${m.message.en}` } };
    }));
  }
  return { key: `file:${name}`, rubric: compiled.rubric };
}
