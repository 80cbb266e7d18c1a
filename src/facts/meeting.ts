// What the cross-record rules and the summary need of each record, kept small: a batch of
// thousands of records holds only this (and the report) in memory.
import { formatPath, type Path, type Position } from '../core/path.js';
import { AGENDA_TYPE, CELL_TYPE, GUEST_ROLE, MEETING_KIND, type CellType, type MeetingKind } from '../validate/vocabulary.js';
import { isCalendarDate, isMonth } from '../validate/when.js';
import { foldName, isBlank, normalizeName } from '../validate/text.js';

export interface MeetingInfo {
  /** The cell's name as the record spells it, normalised as names are (see `cellNames`). */
  cell: string;
  kind: MeetingKind;
  /** Null when the record's `date` cannot be read but its `period` can. */
  date: string | null;
  /** The month the meeting is for: `period`, else the month of `date`. */
  month: string;
  /** The agenda has a `review` item. */
  review: boolean;
  /** The meeting assigned at least one task. */
  tasks: boolean;
  /** Members absent with reason: names normalised, with their place in `absent_excused`. */
  excused: readonly { name: string; index: number }[];
  /** Members absent without reason: names normalised, with their place in `absent_unexcused`. */
  unexcused: readonly { name: string; index: number }[];
  /** An upper-level committee member attended: a guest with the role `cap_uy_cap_tren`. */
  upperLevel: boolean;
  /** The cell's type, when written in a spelling chibo reads. */
  cellType: CellType | null;
}

/** Where cross-record problems can point, by formatted path: found while the source is at hand. */
export type Anchors = Record<string, Position>;

const asObject = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/**
 * Reads the meeting's identity from the record's data, even when other fields are invalid: a
 * record with errors still counts as held. Undefined when the cell or kind cannot be read, or
 * neither the date nor the period.
 */
export function meetingInfo(
  data: unknown,
  locate: (path: Path, at?: 'key' | 'value') => Position,
): { info: MeetingInfo; anchors: Anchors } | undefined {
  const r = asObject(data);
  if (!r) return undefined;
  const { cell, date, period } = r;
  if (typeof cell !== 'string' || isBlank(cell)) return undefined;
  const kind = typeof r.kind === 'string' ? MEETING_KIND.parse(r.kind) : undefined;
  if (kind === undefined) return undefined;
  const validDate = typeof date === 'string' && isCalendarDate(date) ? date : null;
  const validPeriod = typeof period === 'string' && isMonth(period) ? period : null;
  if (validDate === null && validPeriod === null) return undefined;
  const agenda = Array.isArray(r.agenda) ? r.agenda : [];
  const members = asObject(r.members);
  const excusedList = Array.isArray(members?.absent_excused) ? members.absent_excused : [];
  const excused: { name: string; index: number }[] = [];
  excusedList.forEach((a, index) => {
    const name = asObject(a)?.name;
    if (typeof name === 'string' && !isBlank(name)) excused.push({ name: normalizeName(name), index });
  });
  const unexcused: { name: string; index: number }[] = [];
  (Array.isArray(members?.absent_unexcused) ? members.absent_unexcused : []).forEach((name, index) => {
    if (typeof name === 'string' && !isBlank(name)) unexcused.push({ name: normalizeName(name), index });
  });
  const guests = Array.isArray(r.guests) ? r.guests : [];
  const upperLevel = guests.some((g) => { const role = asObject(g)?.role; return typeof role === 'string' && GUEST_ROLE.parse(role) === 'cap_uy_cap_tren'; });
  const anchors: Anchors = { cell: locate(['cell']), date: locate(['date']), kind: locate(['kind']), agenda: locate(['agenda'], 'key') };
  for (const e of excused) {
    const path = ['members', 'absent_excused', e.index, 'name'];
    anchors[formatPath(path)] = locate(path);
  }
  for (const u of unexcused) {
    const path = ['members', 'absent_unexcused', u.index];
    anchors[formatPath(path)] = locate(path);
  }
  const info: MeetingInfo = {
    cell: normalizeName(cell),
    kind,
    date: validDate,
    month: validPeriod ?? validDate!.slice(0, 7),
    review: agenda.some((a) => { const type = asObject(a)?.type; return typeof type === 'string' && AGENDA_TYPE.parse(type) === 'review'; }),
    tasks: Array.isArray(r.tasks) && r.tasks.length > 0,
    excused,
    unexcused,
    upperLevel,
    cellType: (typeof r.cell_type === 'string' ? CELL_TYPE.parse(r.cell_type) : undefined) ?? null,
  };
  return { info, anchors };
}

/** Meetings of a cell in time order: by month, then date (an unknown one first), then place in the batch. */
export const inTimeOrder = (a: { index: number; info: MeetingInfo }, b: { index: number; info: MeetingInfo }): number =>
  a.info.month.localeCompare(b.info.month) || (a.info.date ?? '').localeCompare(b.info.date ?? '') || a.index - b.index;

/**
 * The cells of a batch by identity: names folded for case, diacritics and spacing
 * (`foldName`), each shown under its most frequent spelling (on a tie, the one met first).
 */
export class CellNames {
  private readonly spellings = new Map<string, Map<string, number>>();

  add(spelling: string): string {
    const key = foldName(spelling);
    const counts = this.spellings.get(key) ?? new Map<string, number>();
    counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
    this.spellings.set(key, counts);
    return key;
  }

  /** The spelling a cell is reported under. */
  name(key: string): string {
    let best = '';
    let most = 0;
    for (const [spelling, n] of this.spellings.get(key) ?? []) if (n > most) [best, most] = [spelling, n];
    return best;
  }
}
