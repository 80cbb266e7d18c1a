// The facts a rubric may score with (record-format.md, "Facts the tool derives from a record"),
// in the order reports list them, with the type of each value.
import { AGENDA_TYPES, type AgendaType } from './agenda.js';
import { RATING_IDS, type RatingId } from './rating.js';

export type FactType = 'number' | 'boolean' | 'string';

/** One yes/no fact per agenda type: `agenda_has.minutes` is true when the agenda reads the minutes. */
export type AgendaFact = `agenda_has.${AgendaType}`;
const AGENDA_FACTS = Object.fromEntries(AGENDA_TYPES.map((t) => [`agenda_has.${t}`, 'boolean'])) as Record<AgendaFact, 'boolean'>;

/**
 * Facts from the cell's other records: known only when records are checked together (a folder, a
 * batch), `null` when a record is checked alone.
 */
export const ACROSS_FACT_TYPES = {
  /** The longest run of consecutive regular meetings of the year, up to this one, in which one member was absent with reason. */
  excused_streak_year: 'number',
  /** A thematic meeting (thematic, or combined with the regular one) was held in this record's month. */
  thematic_in_month: 'boolean',
  /** …in this record's quarter. */
  thematic_in_quarter: 'boolean',
} as const;
export type AcrossFactId = keyof typeof ACROSS_FACT_TYPES;
export const ACROSS_FACT_IDS = Object.keys(ACROSS_FACT_TYPES) as AcrossFactId[];
export const isAcrossFact = (id: string): id is AcrossFactId => id in ACROSS_FACT_TYPES;

export const FACT_TYPES = {
  kind: 'string',
  members_total: 'number',
  cell_has_committee: 'boolean',
  cell_type: 'string',
  eligible: 'number',
  attendance_rate: 'number',
  absent_unexcused: 'number',
  duration_minutes: 'number',
  speaker_count: 'number',
  speaker_rate: 'number',
  agenda_missing: 'number',
  minutes_complete: 'boolean',
  'preparation.prepared_by': 'string',
  'preparation.committee_met': 'boolean',
  'preparation.draft_resolution': 'boolean',
  'preparation.notice_sent': 'boolean',
  'preparation.documents_posted_days_before': 'number',
  'followup.resolution_posted_days_after': 'number',
  tasks_assigned: 'number',
  vote_recorded: 'boolean',
  'thematic.plan': 'string',
  'thematic.presenter': 'string',
  'thematic.topic': 'string',
  'thematic.conclusion': 'string',
  'previous_resolution.achieved_percent': 'number',
  ...AGENDA_FACTS,
  ...ACROSS_FACT_TYPES,
} as const;

export type FactId = keyof typeof FACT_TYPES;
export const FACT_IDS = Object.keys(FACT_TYPES) as [FactId, ...FactId[]];

export type FactValue = number | boolean | string | null;
/** Every fact, `null` where it was not written (or cannot be computed). */
export type Facts = Record<FactId, FactValue>;

/**
 * Every fact, unknown, in FACT_IDS order: facts are written over a copy of it. The copy has all its
 * keys from the start, which V8 keeps as fast properties; added one by one or spread in, this many
 * keys make an object a slow dictionary, and the score, the rules and the reports read it.
 */
export const NO_FACTS: Readonly<Facts> = Object.fromEntries(FACT_IDS.map((id) => [id, null])) as Facts;

/**
 * The facts of a cell's year of meetings, which yearly levels compare: months without a regular
 * meeting, months held, and held months by their meeting's rating (`months_below.kha`: held months
 * not rated at least Khá, unrated ones included).
 */
type YearlyFact = 'months_missing' | 'months_held' | `months_at_least.${RatingId}` | `months_below.${RatingId}` | `months_rated.${RatingId}`;
export const YEARLY_FACT_TYPES = Object.fromEntries([
  'months_missing', 'months_held',
  ...(['months_at_least', 'months_below', 'months_rated'] as const).flatMap((k) => RATING_IDS.map((r) => `${k}.${r}`)),
].map((id) => [id, 'number'])) as Record<YearlyFact, 'number'>;
export type YearlyFactId = keyof typeof YEARLY_FACT_TYPES;
export const YEARLY_FACT_IDS = Object.keys(YEARLY_FACT_TYPES) as [YearlyFactId, ...YearlyFactId[]];
export type YearlyFacts = Record<YearlyFactId, number>;
