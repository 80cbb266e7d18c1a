// The anatomy of a rule: its kind (load, record or cross-record), id, severity, messages in both
// languages, and the check its kind runs.
import type { Facts } from '../core/facts.js';
import type { Lang } from '../core/lang.js';
import type { MeetingInfo } from '../facts/meeting.js';
import type { Path } from '../core/path.js';
import type { Severity } from '../core/problem.js';
import type { Claims, Score } from '../score/score.js';
import type { MeetingRecord } from '../validate/record-schema.js';
import type { KindRubric, Rubric } from '../rubric/rubric.js';

/** Everything a record rule may look at; all of it computed before the rules run. */
export interface RecordContext {
  record: MeetingRecord;
  rubric: Rubric;
  kindRubric: KindRubric;
  facts: Facts;
  claims: Claims;
  score: Score;
  /** The upper level's review (`review`): its claims and the score they give; undefined without one. */
  review?: { claims: Claims; score: Score };
}

/** What a check returns: where (a path into the record) and the data its message needs. */
export interface Finding<D> {
  path: Path;
  /** Point at the key rather than the value (default: value). */
  at?: 'key' | 'value';
  data: D;
  /** Overrides the rule's severity (agenda-missing takes the rubric's). */
  severity?: Severity;
}

/** One record of a batch, as cross-record rules see it. */
export interface CrossMeeting {
  /** Position of the record in the batch. */
  index: number;
  file: string;
  /** The meeting, with `cell` the name the cell is reported under. */
  info: MeetingInfo;
  /** The cell's name as this record spells it. */
  written: string;
  /** The rubric that scored the record; null when it was not scored (a rule then takes the default numbers). */
  rubric: Rubric | null;
}

/** What cross-record rules know besides the records. */
export interface CrossContext {
  /** The date the batch is judged on (YYYY-MM-DD): months after it are not yet due. */
  asOf: string;
}

/** What a cross-record check returns: the record that shows the problem, and where (one of its anchors). */
export interface CrossFinding<D> {
  record: number;
  path: Path;
  data: D;
}

interface RuleBase<D> {
  id: string;
  severity: Severity;
  /** One line: what the rule checks. */
  description: Record<Lang, string>;
  /** The words of a problem, from its data; rendered in the chosen language when results are finished. */
  message: Record<Lang, (data: D) => string>;
}

/** A rule the loading stages raise (the file, its YAML, the schema, the rubric); check.ts gives its data. */
export interface LoadRule<D> extends RuleBase<D> {
  kind: 'load';
  check?: never;
  checkAll?: never;
}

/** A rule that looks at one valid record. */
export interface RecordRule<D> extends RuleBase<D> {
  kind: 'record';
  check: (ctx: RecordContext) => Finding<D>[];
  checkAll?: never;
}

/** A rule that looks across the records of a batch: each cell's meetings, in time order. */
export interface CrossRule<D> extends RuleBase<D> {
  kind: 'cross';
  check?: never;
  checkAll: (cells: readonly (readonly CrossMeeting[])[], ctx: CrossContext) => CrossFinding<D>[];
}

export type Rule<D> = LoadRule<D> | RecordRule<D> | CrossRule<D>;

// The data type is checked where a rule is defined; collections of rules only need the shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRecordRule = RecordRule<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCrossRule = CrossRule<any>;

export const defineLoadRule = <D>(rule: Omit<LoadRule<D>, 'kind'>): LoadRule<D> => ({ kind: 'load', ...rule });
export const defineRecordRule = <D>(rule: Omit<RecordRule<D>, 'kind'>): RecordRule<D> => ({ kind: 'record', ...rule });
export const defineCrossRule = <D>(rule: Omit<CrossRule<D>, 'kind'>): CrossRule<D> => ({ kind: 'cross', ...rule });

/** "a, b và c" / "a, b and c". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'vi' ? ' và ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

export const quote = (s: string) => `"${s}"`;
