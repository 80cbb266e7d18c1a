// The default rubrics, each for the meeting days it is in force: the configuration's `rubrics`
// list (or its single `rubric`), else the bundled ones. Spans that overlap are refused here, at
// load, with the place in the configuration.
import path from 'node:path';
import { overlap, type DatedRubric, type InForce } from '../core/in-force.js';
import { formatSpan } from '../facts/format.js';
import type { RubricError } from '../core/problem.js';
import type { RubricLoader } from '../check.js';
import type { Config } from '../validate/config-schema.js';
import type { ConfigError } from './config.js';
import { rubricFile } from './rubrics.js';
import { formatPath, type Path } from '../core/path.js';

import { BUNDLED_BY_DATE, BUNDLED_IN_FORCE } from '../core/in-force.js';

/** Where the configuration is: its file and how to find a place in it. */
export interface ConfigPlace {
  file: string;
  locate: (path: Path) => { line: number; column: number };
}

/** An entry of the list: the rubric, its name as written, the dates the configuration gives, and where. */
type Entry = { ref: string; name: string; dates?: InForce; path: Path };

/**
 * The default rubrics by date. A rubric whose dates the configuration does not give is loaded to
 * read its own; one that cannot be loaded is a `rubricError`.
 */
export function rubricsByDate(
  config: Config,
  place: ConfigPlace | undefined,
  load: RubricLoader,
): { rubrics: DatedRubric[] } | { error: ConfigError } | { rubricError: RubricError } {
  const dir = place ? path.dirname(place.file) : '.';
  const mistake = (at: Path, vi: string, en: string): { error: ConfigError } => ({
    error: { file: place!.file, ...place!.locate(at), message: { vi: `${formatPath(at)}: ${vi}`, en: `${formatPath(at)}: ${en}` } },
  });
  if (config.rubric !== undefined && config.rubrics !== undefined) {
    return mistake(['rubrics'], 'chỉ ghi một trong hai mục "rubric" (một bộ tiêu chí) hoặc "rubrics" (các bộ tiêu chí theo ngày).',
      'give either "rubric" (one rubric) or "rubrics" (rubrics by date), not both.');
  }
  // One configured rubric is used for every meeting, whatever its dates (rubric-out-of-force says so).
  if (config.rubric !== undefined) return { rubrics: [{ ref: rubricFile(config.rubric, dir), dates: {} }] };

  const entries: Entry[] = config.rubrics
    ? config.rubrics.map((e, i) => {
      if (typeof e === 'string') return { ref: rubricFile(e, dir), name: e, path: ['rubrics', i] };
      const given = e.from !== undefined || e.until !== undefined;
      return { ref: rubricFile(e.rubric, dir), name: e.rubric, path: ['rubrics', i], ...given && { dates: { ...e.from && { from: e.from }, ...e.until && { until: e.until } } } };
    })
    : BUNDLED_BY_DATE.map((id) => ({ ref: id, name: id, path: [], dates: BUNDLED_IN_FORCE[id] }));

  const rubrics: (DatedRubric & { path: Path; name: string })[] = [];
  for (const e of entries) {
    let dates = e.dates;
    const { name } = e;
    if (dates === undefined) {
      const loaded = load(e.ref, dir);
      if ('error' in loaded) return { rubricError: loaded.error };
      dates = loaded.rubric.inForce;
    }
    if (dates.from !== undefined && dates.until !== undefined && dates.until < dates.from) {
      return mistake(e.path, `ngày "until" (${dates.until}) đứng trước ngày "from" (${dates.from}).`, `"until" (${dates.until}) comes before "from" (${dates.from}).`);
    }
    const clash = rubrics.find((r) => overlap(r.dates, dates));
    if (clash && place) {
      return mistake(e.path,
        `"${name}" (áp dụng ${formatSpan(dates, 'vi')}) trùng thời gian với "${clash.name}" (${formatSpan(clash.dates, 'vi')}); mỗi ngày chỉ được có một bộ tiêu chí. Hãy ghi "from"/"until" cho mỗi bộ để thời gian không chồng nhau.`,
        `"${name}" (in force ${formatSpan(dates, 'en')}) overlaps "${clash.name}" (${formatSpan(clash.dates, 'en')}); each day may have one rubric only. Give each rubric "from"/"until" so that their spans do not overlap.`);
    }
    rubrics.push({ ref: e.ref, dates, path: e.path, name });
  }
  return { rubrics: rubrics.map(({ ref, dates }) => ({ ref, dates })) };
}
