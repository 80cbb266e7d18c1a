// The rubrics of the page: the bundled ones, compiled at build time and embedded in the page as
// JSON (scripts/build.mjs), and a rubric file the secretary opens. No file system, no network.
import type { LoadedRubric, RubricLoader } from '../check.js';
import { BUNDLED_BY_DATE, chooseByDate, type DatedRubric } from '../core/in-force.js';
import type { RubricError } from '../core/problem.js';
import { rubricFromText } from '../data-file.js';
import type { Rubric } from '../rubric/rubric.js';
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

/** A rubric file the secretary opens, compiled by the code `chibo rubric` uses, or its mistakes. */
export function rubricFromFile(bytes: Uint8Array, name: string): LoadedRubric | { error: RubricError } {
  const compiled = rubricFromText(bytes, name);
  return 'error' in compiled ? compiled : { key: `file:${name}`, rubric: compiled.rubric };
}
