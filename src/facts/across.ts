// Facts from a cell's other records (core/facts.ts, ACROSS_FACT_TYPES): computed over a batch
// from what each record's meeting says, before the records that need them are scored.
import { ACROSS_FACT_IDS } from '../core/facts.js';
import { foldName } from '../validate/text.js';
import type { AcrossFacts } from './facts.js';
import { CellNames, inTimeOrder, type MeetingInfo } from './meeting.js';
import { isRegular } from './months.js';

const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/**
 * The facts from other records for each record of a batch, by its index; none for a record whose
 * meeting cannot be read. Records are grouped by cell (names folded) and taken in time order, as
 * the cross-record rules take them.
 */
export function acrossFacts(entries: Iterable<{ meeting: MeetingInfo | null }>): Map<number, AcrossFacts> {
  const names = new CellNames();
  const cells = new Map<string, { index: number; info: MeetingInfo }[]>();
  let index = 0;
  for (const { meeting } of entries) {
    if (meeting) {
      const key = names.add(meeting.cell);
      const list = cells.get(key) ?? [];
      list.push({ index, info: meeting });
      cells.set(key, list);
    }
    index++;
  }
  const out = new Map<number, AcrossFacts>();
  for (const list of cells.values()) {
    list.sort(inTimeOrder);
    const thematicMonths = new Set(list.filter((m) => m.info.kind !== 'regular').map((m) => m.info.month));
    const thematicQuarters = new Set([...thematicMonths].map(quarterOf));
    // Runs of regular meetings missed with reason, per member (names folded), within one year.
    let year = '';
    let runs = new Map<string, number>();
    let longest = 0;
    for (const { index, info: meeting } of list) {
      if (meeting.month.slice(0, 4) !== year) [year, runs, longest] = [meeting.month.slice(0, 4), new Map(), 0];
      if (isRegular(meeting.kind)) {
        const absent = new Set(meeting.excused.map((e) => foldName(e.name)));
        runs = new Map([...absent].map((name) => [name, (runs.get(name) ?? 0) + 1]));
        for (const n of runs.values()) longest = Math.max(longest, n);
      }
      out.set(index, {
        excused_streak_year: longest,
        thematic_in_month: thematicMonths.has(meeting.month),
        thematic_in_quarter: thematicQuarters.has(quarterOf(meeting.month)),
      });
    }
  }
  return out;
}

/** Whether two records' facts from other records are the same. */
export const sameAcross = (a: AcrossFacts, b: AcrossFacts): boolean => ACROSS_FACT_IDS.every((id) => a[id] === b[id]);
