// The fast path of record validation: a valid record read without zod. It gives the value
// `recordSchema` gives the record with its `x-` keys dropped (`stripExtensions`) — the same keys in
// the same order, the same values — or nothing, and then the schema decides and explains. It reads
// the record as written, passing over `x-` keys at every level, so that the record is not walked
// once more to drop them. It declines whatever it is not sure of: any unknown key, any
// value of another type, a choice it cannot read, counts that do not hold. So it may decline a
// record the schema accepts, never accept one the schema rejects; test/record-fast.test.ts holds
// it to that, on every example and fixture and on generated and mutated records.
import type { MeetingRecord } from './record-schema.js';
import { RATING, type Choice } from './text.js';
import { AGENDA_TYPE, CELL_TYPE, GUEST_ROLE, MEETING_KIND, memberCountIssues, PREPARER, YES_NO, type MemberCounts } from './vocabulary.js';
import { isCalendarDate, isClockTime, isMonth } from './when.js';

/** Thrown when the fast path declines; caught once, in readValidRecord. */
class Declined extends Error {}
const DECLINED = new Declined();

function decline(): never {
  throw DECLINED;
}

type Reader = (value: unknown) => unknown;

const text: Reader = (v) => (typeof v === 'string' ? v : decline());
/** Text that may be left empty: null stands for ''. */
const fillable: Reader = (v) => (v === null ? '' : text(v));
const number: Reader = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : decline());
const count: Reader = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : decline());
const checked = (check: (text: string) => boolean): Reader => (v) => (typeof v === 'string' && check(v) ? v : decline());
const date = checked(isCalendarDate);
const clock = checked(isClockTime);
const oneOf = (choice: Choice<string>): Reader => (v) => (typeof v === 'string' ? (choice.parse(v) ?? decline()) : decline());
const yesNo: Reader = (v) => {
  if (typeof v === 'boolean') return v;
  const id = typeof v === 'string' ? YES_NO.parse(v) : undefined;
  return id === undefined ? decline() : id === 'yes';
};

function mapping(v: unknown): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) decline();
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null ? (v as Record<string, unknown>) : decline();
}

/** A list, each item read (a hole in it reads as undefined, which every reader declines). */
const list = (item: Reader): Reader => (v) => {
  if (!Array.isArray(v)) decline();
  const out: unknown[] = [];
  for (let i = 0; i < v.length; i++) out.push(item(v[i]));
  return out;
};

/** A mapping of texts to numbers (scores by criterion). */
const scores: Reader = (v) => {
  const data = mapping(v);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(data)) {
    if (key === '__proto__') decline();
    if (!key.startsWith('x-')) out[key] = number(data[key]);
  }
  return out;
};

/**
 * A mapping with these keys and no others (but `x-` keys, passed over), read into a new one in the
 * order the keys are given here (the schema's order); a key ending in `?` may be left out.
 */
function object(spec: Record<string, Reader>): (v: unknown) => Record<string, unknown> {
  const fields = Object.entries(spec).map(([key, read]) => ({ key: key.replace(/\?$/, ''), read, required: !key.endsWith('?') }));
  const known = new Set(fields.map((f) => f.key));
  return (v) => {
    const data = mapping(v);
    for (const key of Object.keys(data)) if (!known.has(key) && !key.startsWith('x-')) decline();
    const out: Record<string, unknown> = {};
    for (const { key, read, required } of fields) {
      if (Object.hasOwn(data, key)) out[key] = read(data[key]);
      else if (required) decline();
    }
    return out;
  };
}

const guest = object({ name: text, role: oneOf(GUEST_ROLE) });

const memberFields = object({
  total: (v) => (count(v) as number) >= 1 ? v : decline(),
  'exempt?': count,
  present: count,
  'official?': count,
  'probationary?': count,
  'probationary_present?': count,
  'absent_excused?': list(object({ name: text, 'reason?': fillable })),
  'absent_unexcused?': list(text),
});
const members: Reader = (v) => {
  const out = memberFields(v);
  return memberCountIssues(out as unknown as MemberCounts).length === 0 ? out : decline();
};

const record = object({
  'format?': (v) => (v === 'chibo/v1' ? v : decline()),
  'rubric?': text,
  cell: (v) => (typeof v === 'string' && v.trim() !== '' ? v : decline()),
  'organization?': text,
  'cell_type?': oneOf(CELL_TYPE),
  'cell_has_committee?': yesNo,
  kind: oneOf(MEETING_KIND),
  date,
  'period?': checked(isMonth),
  'place?': text,
  time: object({ start: clock, end: clock }),
  chair: fillable,
  minutes_taker: fillable,
  'guests?': list((v) => (typeof v === 'string' ? v : guest(v))),
  members,
  'preparation?': object({
    'prepared_by?': oneOf(PREPARER),
    'committee_met?': yesNo,
    'draft_resolution?': yesNo,
    'notice_sent?': yesNo,
    'documents_posted_days_before?': count,
  }),
  agenda: list(object({ type: oneOf(AGENDA_TYPE), 'title?': text, 'note?': text, 'speakers?': list(text), 'conclusion?': text })),
  'speakers?': list(text),
  'commendations?': list(object({
    name: text,
    kind: (v) => (v === 'praise' || v === 'reminder' || v === 'criticism' ? v : decline()),
    'note?': text,
  })),
  conclusion: fillable,
  'vote?': object({ for: count, against: count, abstain: count }),
  'minutes_approval?': object({ for: count, against: count }),
  'tasks?': list(object({ task: text, 'assignee?': text, 'due?': date })),
  'previous_resolution?': object({ 'achieved_percent?': (v) => ((number(v) as number) >= 0 && (v as number) <= 100 ? v : decline()) }),
  'followup?': object({ 'resolution_posted_days_after?': count }),
  'thematic?': object({ 'topic?': text, 'plan?': text, 'presenter?': text, 'conclusion?': text }),
  'assessment?': object({ 'scores?': scores, 'total?': number, 'rating?': oneOf(RATING) }),
  'review?': object({ by: text, date, 'scores?': scores, rating: oneOf(RATING) }),
  'notes?': text,
});

/** The record as `recordSchema` would give it (its `x-` keys dropped), or undefined when the schema must decide. */
export function readValidRecord(data: unknown): MeetingRecord | undefined {
  try {
    return record(data) as MeetingRecord;
  } catch (e) {
    if (e === DECLINED) return undefined;
    throw e;
  }
}
