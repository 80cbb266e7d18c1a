// Record → facts: the numbers a rubric scores with, computed the same way everywhere.
import type { MeetingRecord } from '../validate/record-schema.js';
import type { AgendaType, GuestRole } from '../validate/vocabulary.js';
import { foldName, isBlank } from '../validate/text.js';
import { AGENDA_TYPES } from '../core/agenda.js';
import { NO_FACTS, type AcrossFactId, type FactId, type FactValue, type Facts } from '../core/facts.js';
import type { Path } from '../core/path.js';

export function minutesOfDay(hhmm: string): number {
  const colon = hhmm.indexOf(':');
  if (colon < 0) return Number(hhmm) * 60;
  const end = hhmm.indexOf(':', colon + 1);
  return Number(hhmm.slice(0, colon)) * 60 + Number(hhmm.slice(colon + 1, end < 0 ? undefined : end));
}

/** How many people the names are, each counted once (compared folded: "Phạm Thị Dung" is "pham thi dung"). */
export const countPeople = (names: readonly string[]): number => new Set(names.map(foldName)).size;

/** The names of every speaker the record names, in the order of `speakersOf`, without their paths. */
export function speakerNames(r: MeetingRecord): string[] {
  const names = [...(r.speakers ?? [])];
  for (const a of r.agenda) if (a.speakers) names.push(...a.speakers);
  return names;
}

/** Every speaker the record names: the overall list, then each agenda part's, with their paths. */
export function speakersOf(r: MeetingRecord): { name: string; path: Path }[] {
  return [
    ...(r.speakers ?? []).map((name, i) => ({ name, path: ['speakers', i] })),
    ...r.agenda.flatMap((a, i) => (a.speakers ?? []).map((name, j) => ({ name, path: ['agenda', i, 'speakers', j] }))),
  ];
}

/** The guests, a plain name or one with a role, with their paths (the path of the name). */
export function guestsOf(r: MeetingRecord): { name: string; role: GuestRole | null; path: Path }[] {
  return (r.guests ?? []).map((g, i) =>
    typeof g === 'string' ? { name: g, role: null, path: ['guests', i] } : { name: g.name, role: g.role, path: ['guests', i, 'name'] });
}

/**
 * Who may vote: the members present, less the probationary ones when their number is written
 * (only official members vote); `official` tells which it is.
 */
export function votersPresent(r: MeetingRecord): { voters: number; official: boolean } {
  const probationary = r.members.probationary_present;
  return probationary === undefined ? { voters: r.members.present, official: false } : { voters: r.members.present - probationary, official: true };
}

/** present + excused + unexcused = eligible. */
export function attendanceBalances(r: MeetingRecord): boolean {
  const m = r.members;
  return m.present + (m.absent_excused?.length ?? 0) + (m.absent_unexcused?.length ?? 0) === m.total - (m.exempt ?? 0);
}

const written = <T>(value: T | undefined): T | null => (value === undefined ? null : value);
const nonBlank = (value: string | undefined): string | null => (isBlank(value) ? null : value!.trim());

/** The record field each fact a record may leave out is read from (the others are always computed). */
export const FACT_FIELDS: Readonly<Partial<Record<FactId, Path>>> = {
  cell_has_committee: ['cell_has_committee'],
  cell_type: ['cell_type'],
  'preparation.prepared_by': ['preparation', 'prepared_by'],
  'preparation.committee_met': ['preparation', 'committee_met'],
  'preparation.draft_resolution': ['preparation', 'draft_resolution'],
  'preparation.notice_sent': ['preparation', 'notice_sent'],
  'preparation.documents_posted_days_before': ['preparation', 'documents_posted_days_before'],
  'followup.resolution_posted_days_after': ['followup', 'resolution_posted_days_after'],
  'thematic.plan': ['thematic', 'plan'],
  'thematic.presenter': ['thematic', 'presenter'],
  'thematic.topic': ['thematic', 'topic'],
  'thematic.conclusion': ['thematic', 'conclusion'],
  'previous_resolution.achieved_percent': ['previous_resolution', 'achieved_percent'],
};

/** The facts from a cell's other records (see across.ts); all null when a record is checked alone. */
export type AcrossFacts = Record<AcrossFactId, FactValue>;
export const UNKNOWN_ACROSS: AcrossFacts = { excused_streak_year: null, thematic_in_month: null, thematic_in_quarter: null };

/**
 * `required`: the rubric's required agenda for this record's kind (those not scored, reminders
 * only, do not count in `agenda_missing`); `across`: the facts from the cell's other records, when
 * they were checked together.
 */
export function computeFacts(r: MeetingRecord, required: readonly { type: AgendaType; scored: boolean }[], across: AcrossFacts = UNKNOWN_ACROSS): Facts {
  const eligible = r.members.total - (r.members.exempt ?? 0);
  const present = r.members.present;
  const duration = minutesOfDay(r.time.end) - minutesOfDay(r.time.start);
  const speakerCount = countPeople(speakerNames(r));
  const held = new Set(r.agenda.map((a) => a.type));
  const minutesComplete =
    !isBlank(r.chair) &&
    !isBlank(r.minutes_taker) &&
    !isBlank(r.conclusion) &&
    (r.members.absent_excused ?? []).every((a) => !isBlank(a.reason)) &&
    attendanceBalances(r);
  const facts: Facts = {
    ...NO_FACTS,
    kind: r.kind,
    members_total: r.members.total,
    cell_has_committee: written(r.cell_has_committee),
    cell_type: written(r.cell_type),
    eligible,
    attendance_rate: present / eligible,
    absent_unexcused: r.members.absent_unexcused?.length ?? 0,
    duration_minutes: Math.max(0, duration),
    speaker_count: speakerCount,
    speaker_rate: present === 0 ? 0 : speakerCount / present,
    agenda_missing: new Set(required.filter((a) => a.scored && !held.has(a.type)).map((a) => a.type)).size,
    minutes_complete: minutesComplete,
    'preparation.prepared_by': written(r.preparation?.prepared_by),
    'preparation.committee_met': written(r.preparation?.committee_met),
    'preparation.draft_resolution': written(r.preparation?.draft_resolution),
    'preparation.notice_sent': written(r.preparation?.notice_sent),
    'preparation.documents_posted_days_before': written(r.preparation?.documents_posted_days_before),
    'followup.resolution_posted_days_after': written(r.followup?.resolution_posted_days_after),
    tasks_assigned: (r.tasks ?? []).filter((t) => !isBlank(t.assignee)).length,
    vote_recorded: r.vote !== undefined,
    'thematic.plan': nonBlank(r.thematic?.plan),
    'thematic.presenter': nonBlank(r.thematic?.presenter),
    'thematic.topic': nonBlank(r.thematic?.topic),
    'thematic.conclusion': nonBlank(r.thematic?.conclusion),
    'previous_resolution.achieved_percent': written(r.previous_resolution?.achieved_percent),
    ...across,
  };
  for (const [type, fact] of AGENDA_HAS) facts[fact] = held.has(type);
  // A thematic or combined meeting is itself the month's thematic meeting, checked alone or not.
  if (r.kind !== 'regular') facts.thematic_in_month = facts.thematic_in_quarter = true;
  return facts;
}

const AGENDA_HAS = AGENDA_TYPES.map((t) => [t, `agenda_has.${t}`] as const);

/** The month a record is for: its `period`, else the month of its date. */
export function periodOf(r: MeetingRecord): string {
  return r.period ?? r.date.slice(0, 7);
}
