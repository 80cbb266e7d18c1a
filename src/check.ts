// One record, start to end: bytes → document → record → facts → score → problems.
// The only I/O is the rubric loader, injected by the caller.
import type { Lang } from './core/lang.js';
import { chooseByDate, type DatedRubric } from './core/in-force.js';
import { computeFacts, periodOf, type AcrossFacts } from './facts/facts.js';
import { CellNames, inTimeOrder, meetingInfo, type Anchors, type MeetingInfo } from './facts/meeting.js';
import { loadText, type Readable } from './parse/fast-yaml.js';
import type { Limits, LoadFailure } from './parse/source.js';
import { formatPath, type Path, type Position } from './core/path.js';
import * as rules from './rules/index.js';
import { CROSS_RULES, RECORD_RULES, renderProblem } from './rules/index.js';
import type { CrossMeeting, LoadRule, RecordContext, Rule } from './rules/rule.js';
import { byPlace, type Problem, type RubricError, type Severity } from './core/problem.js';
import type { RecordResult } from './score/result.js';
import { claimsOf, reviewClaimsOf, score } from './score/score.js';
import { readValidRecord } from './validate/record-fast.js';
import { schemas } from './validate/zod-schemas.js';
import type { Rubric } from './rubric/rubric.js';
import { validate } from './validate/validate.js';

/**
 * A rubric as loaded, with the key that names it in results: its file and the fingerprint of the bytes
 * compiled. Two files that share an `id` never share a key, nor do two versions of one file.
 */
export interface LoadedRubric {
  key: string;
  rubric: Rubric;
}

/** Loads a rubric by id or path (relative to `baseDir`); the caller does the I/O. */
export type RubricLoader = (ref: string, baseDir: string) => LoadedRubric | { error: RubricError };

/** Severities set by configuration, by rule id (`off` drops the rule). */
export type SeverityOverrides = Readonly<Record<string, Severity | 'off'>>;

/** How every record of a run is checked, as the command line and the configuration say. */
export interface CheckSettings {
  lang: Lang;
  limits: Limits;
  /** The rubrics when neither --rubric nor the record names one, each for the meeting days it is in force. */
  defaultRubrics: readonly DatedRubric[];
  severities: SeverityOverrides;
}

/** What checking a record needs: the settings, the rubric loader, and --rubric once loaded. */
export interface CheckEnv extends CheckSettings {
  /** The rubric chosen on the command line, which wins over the record's own. */
  rubric?: LoadedRubric;
  loadRubric: RubricLoader;
  /**
   * The facts from the cell's other records for the one record being checked, when records are
   * checked together (see `acrossFacts`); without them those facts are unknown.
   */
  across?: AcrossFacts;
  /**
   * The first pass over a batch: a record whose rubric reads facts from the cell's other records
   * is described but not scored (`RecordResult.deferred`), since it will be checked again with
   * those facts; scoring it twice would double the work for every record under such a rubric.
   */
  deferAcross?: boolean;
  /**
   * In the first pass, the facts the other records of the record's folder give (see `checkFolder`,
   * cli/batch.ts): a record whose rubric reads facts from the cell's other records is scored with
   * these instead of deferred, and says so (`RecordResult.guessed`). A cell's records are most
   * often one folder's, so these are most often the batch's own facts; the batch checks the record
   * again when they are not.
   */
  guess?: AcrossFacts;
}

/** A problem's severity after the overrides; undefined when its rule is off. */
export function severityOf(p: { rule: string; severity: Severity }, overrides: SeverityOverrides): Severity | undefined {
  const override = overrides[p.rule];
  return override === 'off' ? undefined : (override ?? p.severity);
}

/** Where a fault of chibo's own (a bug, never the user's input) happened. */
export interface FaultPlace {
  file?: string;
  rule?: string;
  /** The report format being written. */
  format?: string;
}

/** A fault of chibo's own, with where it happened; `cause` is what was thrown. */
export class InternalFault extends Error {
  constructor(
    readonly place: FaultPlace,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'InternalFault';
    if (cause instanceof Error && cause.stack) this.stack = cause.stack;
  }

  /** Runs `f`, giving a fault it throws the place (a place already known is kept). */
  static at<T>(place: FaultPlace, f: () => T): T {
    try {
      return f();
    } catch (e) {
      throw e instanceof InternalFault ? new InternalFault({ ...place, ...e.place }, e.cause) : new InternalFault(place, e);
    }
  }
}

/** The rubric's reason in words, for rubric-unavailable. */
export function rubricErrorText(error: RubricError, lang: Lang): string {
  const first = error.mistakes[0];
  if (!first) return '';
  const where = first.line === undefined ? '' : `${error.name}:${first.line}:${first.column} `;
  return `${where}${first.message[lang]}`;
}

/** A problem as a check finds it: its rule (the message id) and data, not yet in words. */
type Found = Omit<Problem, 'message'>;

function problem<D>(rule: Rule<D>, data: D, where: { path: Path | null; at?: Position }, severity?: Severity): Found {
  return {
    rule: rule.id,
    severity: severity ?? rule.severity,
    path: where.path === null ? null : formatPath(where.path),
    line: where.at?.line ?? null,
    column: where.at?.column ?? null,
    endLine: where.at?.endLine ?? null,
    endColumn: where.at?.endColumn ?? null,
    data,
  };
}

/** Problems with the overrides of severity applied, in report order. */
function settle(problems: readonly Problem[], env: Pick<CheckEnv, 'severities'>): Problem[] {
  const settled: Problem[] = [];
  for (const p of problems) {
    const severity = severityOf(p, env.severities);
    if (severity !== undefined) settled.push(severity === p.severity ? p : { ...p, severity });
  }
  return settled.sort(byPlace);
}

/** A record's result with the problems found, put into words in `env.lang`. */
function finish(result: RecordResult, found: readonly Found[], env: Pick<CheckEnv, 'severities' | 'lang'>): RecordResult {
  const problems = found.map(({ rule, severity, path, line, column, endLine, endColumn, data }): Problem =>
    ({ rule, severity, path, line, column, endLine, endColumn, message: renderProblem({ rule, data }, env.lang), data }));
  return { ...result, problems: settle(problems, env) };
}

const empty = (file: string): RecordResult => ({
  file, cell: null, kind: null, period: null, rubric: null, rubricKey: null, facts: null, score: null, claimed: null, confirmed: null, problems: [], meeting: null, anchors: {},
});

/** A record's file content, or the code of the error that kept it from being read. */
export type RecordBytes = Uint8Array | { error: 'not-file' | string };

/** A record read (`loadText`): its data with places, why it cannot be read, or the read error. */
export type ReadRecord = Readable | LoadFailure | { error: 'not-file' | string };

/** Reads a record's bytes as `checkRecord` does; `checkRead` checks what it gives. */
export function readRecord(file: string, bytes: RecordBytes, limits: Limits): ReadRecord {
  return 'error' in bytes ? bytes : InternalFault.at({ file }, () => loadText(bytes, limits));
}

/**
 * Checks one record. `file` is the path as reports show it; `dir` is the record's directory, where
 * a rubric the record names by path is found; `bytes` is the file's content, or the read error's code.
 */
export function checkRecord(file: string, dir: string, bytes: RecordBytes, env: CheckEnv): RecordResult {
  return checkRead(file, dir, readRecord(file, bytes, env.limits), env);
}

/** A record's meeting and the places cross-record problems may point at (`meetingInfo`); null when it has none. */
export type RecordMeeting = { info: MeetingInfo; anchors: Anchors } | null;

/** Reads a record's meeting from its data, as `checkRead` does first. */
export const readMeeting = (source: Readable): RecordMeeting => meetingInfo(source.data, (p, where) => source.locate(p, where)) ?? null;

/**
 * Checks a record as `readRecord` (or `loadText`) read it, `file` and `dir` as for `checkRecord`:
 * problems point at places in the text through the data's `locate`. `meeting`: the record's
 * meeting, when the caller has read it already (`readMeeting`).
 */
export function checkRead(file: string, dir: string, read: ReadRecord, env: CheckEnv, meeting?: RecordMeeting): RecordResult {
  return InternalFault.at({ file }, () => checkReadRecord(file, dir, read, env, meeting));
}

function checkReadRecord(file: string, dir: string, loaded: ReadRecord, env: CheckEnv, meeting?: RecordMeeting): RecordResult {
  const result = empty(file);
  const fail = <D>(rule: LoadRule<D>, data: D, where: { path: Path | null; at?: Position }) =>
    finish(result, [problem(rule, data, where)], env);

  if ('error' in loaded) {
    return fail(rules.fileUnreadable, loaded.error === 'not-file' ? { reason: 'not-file' } : { reason: 'read', code: loaded.error }, { path: null });
  }
  if ('rule' in loaded) {
    const where = { path: null, ...loaded.at && { at: loaded.at } };
    switch (loaded.rule) {
      case 'yaml-syntax': return fail(rules.yamlSyntax, loaded, where);
      case 'file-unreadable': return fail(rules.fileUnreadable, loaded, where);
      case 'limit-exceeded': return fail(rules.limitExceeded, loaded, where);
    }
  }
  return checkSource(file, loaded, dir, env, meeting === undefined ? readMeeting(loaded) : meeting);
}

function checkSource(file: string, source: Readable, dir: string, env: CheckEnv, meeting: RecordMeeting): RecordResult {
  let result = empty(file);
  const at = (p: Path, where: 'key' | 'value' = 'value') => ({ path: p, at: source.locate(p, where) });
  if (meeting) result = { ...result, meeting: meeting.info, anchors: meeting.anchors };
  const valid = validate(() => schemas().recordSchema, source.data, readValidRecord);
  if (!valid.ok) {
    return finish(result, valid.issues.map((issue) => problem(rules.schema, issue, at(issue.path, issue.at))), env);
  }
  const record = valid.value;
  const claims = claimsOf(record);
  const described: RecordResult = {
    ...result,
    cell: record.cell,
    kind: record.kind,
    period: periodOf(record),
    claimed: claims.present ? { ...claims.total !== undefined && { total: claims.total }, ...claims.rating && { rating: claims.rating } } : null,
    confirmed: record.review ? { rating: record.review.rating, by: record.review.by, date: record.review.date } : null,
  };

  let loaded = env.rubric;
  if (!loaded) {
    const ref = record.rubric ?? chooseByDate(env.defaultRubrics, record.date)!.ref;
    const named = env.loadRubric(ref, dir);
    if ('error' in named) {
      const data = { rubric: ref, reason: { vi: rubricErrorText(named.error, 'vi'), en: rubricErrorText(named.error, 'en') } };
      const where = record.rubric === undefined ? { path: null } : at(['rubric']);
      return finish(described, [problem(rules.rubricUnavailable, data, where)], env);
    }
    loaded = named;
  }
  const { rubric } = loaded;
  const scoredBy = { rubric: rubric.id, rubricKey: loaded.key };
  const kindRubric = rubric.kinds[record.kind];
  if (!kindRubric) {
    const data = { rubric: rubric.id, kind: record.kind, kinds: Object.keys(rubric.kinds) };
    return finish({ ...described, ...scoredBy }, [problem(rules.rubricKind, data, at(['kind']))], env);
  }
  // In the first pass, facts from other records are guessed from the folder's (`CheckEnv.guess`) or waited for.
  let guessed: AcrossFacts | undefined;
  if (env.deferAcross && kindRubric.across && described.meeting) {
    if (!env.guess) return { ...described, ...scoredBy, deferred: true };
    guessed = env.guess;
  }

  const facts = computeFacts(record, kindRubric.agenda, guessed ?? env.across);
  const ctx: RecordContext = { record, rubric, kindRubric, facts, claims, score: score(kindRubric, rubric.levels, facts, claims) };
  const reviewClaims = reviewClaimsOf(record);
  if (reviewClaims) ctx.review = { claims: reviewClaims, score: score(kindRubric, rubric.levels, facts, reviewClaims) };
  const found: Found[] = [];
  for (const rule of RECORD_RULES) {
    InternalFault.at({ rule: rule.id }, () => {
      for (const f of rule.check(ctx)) found.push(problem(rule, f.data, at(f.path, f.at), f.severity));
    });
  }
  const scored: RecordResult = { ...described, ...scoredBy, facts, score: ctx.score };
  return finish(guessed ? { ...scored, guessed } : scored, found, env);
}

/** A cross-record problem before it is placed in its record (see `withCrossProblems`). */
export type CrossProblem = Omit<Problem, 'line' | 'column' | 'endLine' | 'endColumn'>;

/** What cross-record rules and summaries see of a record: its place in the batch, file, meeting and rubric. */
export interface BatchEntry {
  file: string;
  meeting: MeetingInfo | null;
  /** The key of the rubric that scored it (`LoadedRubric.key`), if any. */
  rubricKey: string | null;
}

/**
 * The cross-record rules over a batch, judged on the date `asOf`: records are grouped by cell
 * (names folded, see `CellNames`) and ordered in time; each problem belongs to the record that
 * shows it (by index). `rubrics` (by key) are those that scored the records: a rule takes its
 * numbers from the rubric of the record it looks at. Runs only on more than one record; a rule
 * that `severities` turns off does not run. `entries` is read once, one entry at a time: the rules
 * keep of each meeting a copy whose texts are shared with the other records' that spell them
 * alike (a province's year is a hundred thousand meetings, most of them in a few hundred cells,
 * months and dates).
 */
export function checkAcross(
  entries: Iterable<BatchEntry>,
  lang: Lang,
  asOf: string,
  rubrics: ReadonlyMap<string, Rubric> = new Map(),
  severities: SeverityOverrides = {},
): Map<number, CrossProblem[]> {
  const found = new Map<number, CrossProblem[]>();
  const names = new CellNames();
  const cells = new Map<string, CrossMeeting[]>();
  const shared = sharedTexts();
  let count = 0;
  for (const r of entries) {
    const index = count++;
    if (!r.meeting) continue;
    const info = sharedMeeting(r.meeting, shared);
    const key = names.add(info.cell);
    const list = cells.get(key) ?? [];
    list.push({ index, file: r.file, info, written: info.cell, rubric: (r.rubricKey && rubrics.get(r.rubricKey)) || null });
    cells.set(key, list);
  }
  if (count < 2) return found;
  const ordered = [...cells].map(([key, list]) => {
    const cell = names.name(key);
    for (const m of list) m.info.cell = cell;
    return list.sort(inTimeOrder);
  });
  for (const rule of CROSS_RULES) {
    if (severities[rule.id] === 'off') continue;
    InternalFault.at({ rule: rule.id }, () => {
      for (const f of rule.checkAll(ordered, { asOf })) {
        const list = found.get(f.record) ?? [];
        const p = { rule: rule.id, severity: rule.severity, path: formatPath(f.path), data: f.data };
        list.push({ ...p, message: renderProblem(p, lang) });
        found.set(f.record, list);
      }
    });
  }
  return found;
}

/** One string for equal texts: the first met. */
function sharedTexts(): (text: string) => string {
  const texts = new Map<string, string>();
  return (text) => {
    const kept = texts.get(text);
    if (kept !== undefined) return kept;
    texts.set(text, text);
    return text;
  };
}

const NO_ABSENCES: MeetingInfo['excused'] = Object.freeze([]);

/** A copy of a meeting whose texts are `shared`. */
function sharedMeeting(m: MeetingInfo, shared: (text: string) => string): MeetingInfo {
  const absences = (list: MeetingInfo['excused']) => (list.length === 0 ? NO_ABSENCES : list.map(({ name, index }) => ({ name: shared(name), index })));
  return {
    cell: shared(m.cell),
    kind: m.kind,
    date: m.date === null ? null : shared(m.date),
    month: shared(m.month),
    review: m.review,
    tasks: m.tasks,
    excused: absences(m.excused),
    unexcused: absences(m.unexcused),
    upperLevel: m.upperLevel,
    cellType: m.cellType,
  };
}

/**
 * A record's cross-record problems placed at its anchors, with the overrides of severity applied:
 * ready to join the record's own problems (see `withCrossProblems`).
 */
export function placeCross(cross: readonly CrossProblem[], anchors: Anchors, env: Pick<CheckEnv, 'severities'>): Problem[] {
  const placed = cross.map((p): Problem => {
    const at = p.path === null ? undefined : anchors[p.path];
    return { ...p, line: at?.line ?? null, column: at?.column ?? null, endLine: at?.endLine ?? null, endColumn: at?.endColumn ?? null };
  });
  return settle(placed, env);
}

/** A record's result with its cross-record problems placed at their anchors. */
export function withCrossProblems(result: RecordResult, cross: readonly CrossProblem[] | undefined, env: Pick<CheckEnv, 'severities'>): RecordResult {
  if (!cross || cross.length === 0) return result;
  return { ...result, problems: [...result.problems, ...placeCross(cross, result.anchors, env)].sort(byPlace) };
}
