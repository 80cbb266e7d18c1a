// Checking a batch of files: each file read and parsed once, on one thread or several, with only
// a packed copy of each result kept until the report is written, so memory grows by little per file.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type * as Zlib from 'node:zlib';
import path from 'node:path';
import {
  checkAcross, checkRecord, InternalFault, severityOf, withCrossProblems,
  type CheckEnv, type CheckSettings, type CrossProblem, type FaultPlace, type LoadedRubric, type RubricLoader,
} from '../check.js';
import type { RecordResult } from '../score/result.js';
import { FACT_IDS, type Facts, type FactValue } from '../core/facts.js';
import type { MeetingInfo } from '../facts/meeting.js';
import { acrossFacts } from '../facts/across.js';
import type { AcrossFacts } from '../facts/facts.js';
import { displayPath, type Target } from '../load/files.js';
import { createRubricLoader } from '../load/rubrics.js';
import type { Summary } from '../report/report.js';
import type { Score } from '../score/score.js';
import type { Rubric } from '../rubric/rubric.js';
import { zeroRatings, type RatingId } from '../core/rating.js';
import type { Lang } from '../core/lang.js';
import type { Problem } from '../core/problem.js';
import { renderProblem } from '../rules/index.js';

// Modules of Node's own that only some runs need, loaded on first use: start-up is most of a short
// run. (`require`: see load/on-demand.ts.)
/** node:zlib, for chunks of more than one result. */
const zlib = () => require('node:zlib') as typeof Zlib;

/** Everything a thread needs to check records the same way as any other thread. */
export interface CheckSpec extends CheckSettings {
  /** --rubric, resolved against `cwd`. */
  rubric?: string;
  cwd: string;
  /** The date the batch is judged on (`--as-of`, YYYY-MM-DD). */
  asOf: string;
}

/** A checked record as the batch keeps it: what counting and cross-record rules need, the rest packed. */
export interface Packed {
  file: string;
  meeting: MeetingInfo | null;
  errors: number;
  warnings: number;
  rating: RatingId | null;
  /** The key of the rubric that scored the record (`LoadedRubric.key`). */
  rubricKey: string | null;
  /** The record names a rubric that cannot be loaded (chibo then exits 2). */
  rubricUnavailable: boolean;
  /** Described, not scored, in the first pass: checked again in the second (`RecordResult.deferred`). */
  deferred: boolean;
  /**
   * The whole result, as UTF-8 JSON (a third of its size as a JavaScript object), at `offset` in
   * the text of `chunk`, which holds the results of a chunk of records deflated together (records
   * are much alike: a fifth of the size or less). A chunk of one result is its JSON text, as it
   * is: deflating one result saves little, and a run of one file then never loads node:zlib.
   */
  chunk: Uint8Array | string;
  offset: number;
  length: number;
}

/**
 * Packs a chunk of results: their JSON texts share one deflated buffer, so that each record costs
 * a part of it, with no allocation of its own.
 */
export function packChunk(results: readonly RecordResult[], lang: Lang): Packed[] {
  // Kept apart: the file, the meeting and the rubric key (in Packed). Dropped: the scores of items
  // and the account of each level, which no report shows, and what the rubric says again (criterion
  // names and maxima). Facts are a list in FACT_IDS order; positions and most problems are lists
  // too (see packProblem).
  const texts = results.map((r) => JSON.stringify({
    ...r,
    file: null,
    problems: r.problems.map((p) => packProblem(p, lang)),
    meeting: null,
    rubricKey: null,
    facts: r.facts && FACT_IDS.map((id) => r.facts![id]),
    score: r.score && { ...r.score, levels: undefined, criteria: r.score.criteria.map((c) => [c.id, c.ceiling, c.claimed, c.score]) },
    anchors: Object.entries(r.anchors).map(([path, at]): PackedAnchor => [path, at.line, at.column, at.endLine, at.endColumn]),
  }));
  // A copy of its own: a view into a larger buffer would take all of it along to another thread.
  const buffer = texts.length === 1 ? texts[0]! : new Uint8Array(zlib().deflateRawSync(texts.join(''), { level: 1 }));
  let offset = 0;
  return results.map((r, i) => {
    const length = typeof buffer === 'string' ? buffer.length : Buffer.byteLength(texts[i]!);
    const at = offset;
    offset += length;
    let errors = 0;
    let warnings = 0;
    for (const p of r.problems) p.severity === 'error' ? errors++ : warnings++;
    const rubricUnavailable = r.problems.some((p) => p.rule === 'rubric-unavailable');
    return {
      file: r.file, meeting: r.meeting, errors, warnings, rating: r.score?.rating ?? null, rubricKey: r.rubricKey, rubricUnavailable,
      deferred: r.deferred === true, chunk: buffer, offset: at, length,
    };
  });
}

/**
 * A problem without its message when the message can be rendered again, the same, from its data
 * as unpacked: messages are most of a result's bytes, and most results wait for the report.
 */
function packProblem(p: Problem, lang: Lang): Problem | PackedProblem {
  if (p.data === undefined) return p;
  try {
    const data: unknown = JSON.parse(JSON.stringify(p.data));
    if (renderProblem({ rule: p.rule, data }, lang) !== p.message) return p;
  } catch {
    return p;
  }
  return [p.rule, p.severity, p.path, p.line, p.column, p.endLine, p.endColumn, p.data];
}

/** A problem whose message its data renders: its fields in the order of `Problem`, less the message. */
type PackedProblem = [rule: string, severity: Problem['severity'], path: string | null, line: number | null, column: number | null, endLine: number | null, endColumn: number | null, data: unknown];
type PackedAnchor = [path: string, line: number, column: number, endLine: number, endColumn: number];

/** A packed result, whole again but for the scores of single items and levels (`criteria[].items`, `levels` empty). */
type PackedCriterion = [id: string, ceiling: number, claimed: number | null, score: number];
type PackedResult = Omit<RecordResult, 'facts' | 'score' | 'problems' | 'anchors'> & {
  problems: (Problem | PackedProblem)[];
  anchors: PackedAnchor[];
  facts: FactValue[] | null;
  score: (Omit<Score, 'criteria' | 'levels'> & { criteria: PackedCriterion[] }) | null;
};

// Results are unpacked in order, chunk after chunk: the last chunk inflated is kept.
let lastChunk: { deflated: Uint8Array; text: Buffer } | undefined;
function inflated(deflated: Uint8Array): Buffer {
  if (lastChunk?.deflated !== deflated) lastChunk = { deflated, text: zlib().inflateRawSync(deflated) };
  return lastChunk.text;
}

/**
 * A packed result, whole again but for the scores of single items and levels (`criteria[].items`,
 * `levels` empty); criterion names, maxima and roles come back from the rubric that scored it,
 * found by its key.
 */
export function unpack(p: Packed, rubrics: ReadonlyMap<string, Rubric>, lang: Lang): RecordResult {
  const text = typeof p.chunk === 'string' ? p.chunk : inflated(p.chunk).toString('utf8', p.offset, p.offset + p.length);
  const r = JSON.parse(text) as PackedResult;
  const problems = r.problems.map((x): Problem => {
    if (!Array.isArray(x)) return x;
    const [rule, severity, path, line, column, endLine, endColumn, data] = x;
    return { rule, severity, path, line, column, endLine, endColumn, message: renderProblem({ rule, data }, lang), data };
  });
  const anchors = Object.fromEntries(r.anchors.map(([path, line, column, endLine, endColumn]) => [path, { line, column, endLine, endColumn }]));
  let facts: Facts | null = null;
  if (r.facts) {
    const values: Record<string, FactValue> = {};
    FACT_IDS.forEach((id, i) => (values[id] = r.facts![i] ?? null));
    facts = values as Facts;
  }
  let score: Score | null = null;
  if (r.score) {
    const criteria = (r.kind && p.rubricKey ? rubrics.get(p.rubricKey)?.kinds[r.kind]?.criteria : undefined) ?? [];
    score = {
      ...r.score,
      levels: [],
      criteria: r.score.criteria.map(([id, ceiling, claimed, value]) => {
        const c = criteria.find((x) => x.id === id);
        return { id, name: c?.name ?? '', max: c?.max ?? 0, role: c?.role ?? 'score', ceiling, claimed, score: value, items: [] };
      }),
    };
  }
  return { ...r, file: p.file, problems, facts, score, anchors, meeting: p.meeting, rubricKey: p.rubricKey };
}

/**
 * The packed results as the batch keeps them: each a new object literal, and one copy of each
 * string that records repeat (cells, members, months, dates, kinds, ratings), however many records
 * repeat it. What arrives from a worker thread is a structured clone: objects whose fields are
 * kept out of line, in a second block of memory (about 170 bytes a record), and copies of every
 * string.
 */
export function compact(packed: readonly Packed[], strings = new Map<string, string>()): Packed[] {
  // The first copy is kept as a string of its own, as key and value: on one thread it may be a
  // slice of the whole text of the record it was read from, which it would keep alive.
  const intern = <T extends string>(s: T): T => {
    let kept = strings.get(s);
    if (kept === undefined) {
      kept = JSON.parse(JSON.stringify(s)) as string;
      strings.set(kept, kept);
    }
    return kept as T;
  };
  // Most meetings have no absences: one empty list for all of them.
  const absences = (list: MeetingInfo['excused']): MeetingInfo['excused'] =>
    list.length === 0 ? NO_ABSENCES : list.map((e) => ({ name: intern(e.name), index: e.index }));
  return packed.map((p): Packed => {
    const m = p.meeting;
    const meeting: MeetingInfo | null = m && {
      cell: intern(m.cell),
      kind: intern(m.kind),
      date: m.date && intern(m.date),
      month: intern(m.month),
      review: m.review,
      tasks: m.tasks,
      excused: absences(m.excused),
      unexcused: absences(m.unexcused),
      upperLevel: m.upperLevel,
      cellType: m.cellType && intern(m.cellType),
    };
    return {
      file: p.file, meeting, errors: p.errors, warnings: p.warnings, rating: p.rating && intern(p.rating),
      rubricKey: p.rubricKey && intern(p.rubricKey), rubricUnavailable: p.rubricUnavailable, deferred: p.deferred,
      chunk: p.chunk, offset: p.offset, length: p.length,
    };
  });
}

const NO_ABSENCES: MeetingInfo['excused'] = Object.freeze([]);

/** Creates the environment of a thread; undefined when --rubric cannot be loaded. */
export function threadEnv(spec: CheckSpec, loadRubric: RubricLoader = createRubricLoader()): CheckEnv | { error: ReturnType<RubricLoader> } {
  const env: CheckEnv = { lang: spec.lang, limits: spec.limits, defaultRubrics: spec.defaultRubrics, loadRubric, severities: spec.severities };
  if (spec.rubric !== undefined) {
    const loaded = loadRubric(spec.rubric, spec.cwd);
    if ('error' in loaded) return { error: loaded };
    env.rubric = loaded;
  }
  return env;
}

/** Reads and checks one target. */
function checkTarget(t: Target, cwd: string, env: CheckEnv): RecordResult {
  const file = displayPath(t.absolute, cwd);
  if (t.special) return checkRecord(file, path.dirname(t.absolute), { error: 'not-file' }, env);
  let bytes: Uint8Array | { error: string };
  try {
    bytes = readFileSync(t.absolute);
  } catch (e) {
    bytes = { error: (e as NodeJS.ErrnoException).code ?? 'EIO' };
  }
  return checkRecord(file, path.dirname(t.absolute), bytes, env);
}

/** Threads for a batch: CHIBO_THREADS, else every core for large batches, else one. */
export function threadCount(files: number, env: NodeJS.ProcessEnv): number {
  const asked = Number(env.CHIBO_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 16);
  return files >= 400 ? Math.min(availableParallelism(), 8) : 1;
}

// The worker is a file of the build (dist/batch-worker.js); running from the sources, there is none.
const WORKER = new URL('./batch-worker.js', import.meta.url);
const canUseWorkers = !import.meta.url.endsWith('.ts');
/** node:worker_threads, loaded for the first worker: a run on one thread never needs it. */
const workerThreads = () => require('node:worker_threads') as typeof import('node:worker_threads');
const CHUNK = 200;

/**
 * How a pass checks its files. `defer`: the first pass over several files, where a record whose
 * rubric reads facts from other records waits for the second (`CheckEnv.deferAcross`);
 * `across`: in the second, those facts, file by file.
 */
export interface Pass {
  defer?: boolean;
  across?: readonly AcrossFacts[];
}

/** What a worker thread is sent: a chunk of a pass's files, and where the chunk starts. */
export interface ChunkMessage {
  start: number;
  targets: Target[];
  defer: boolean;
  across?: AcrossFacts[];
}

/** Checks one file of a pass: deferred, or with the facts from other records, as the pass says. */
export function checkInPass(target: Target, defer: boolean, across: AcrossFacts | undefined, cwd: string, env: CheckEnv): RecordResult {
  return checkTarget(target, cwd, across ? { ...env, across } : defer ? { ...env, deferAcross: true } : env);
}

/**
 * Checks chunks of files on `threads` threads (on this one for a single thread, or when running
 * from the sources): the threads stay up for every call to `run` until `close`.
 */
export class CheckPool {
  private readonly workers: Worker[];

  constructor(
    private readonly spec: CheckSpec,
    private readonly env: CheckEnv,
    threads: number,
    files: number,
  ) {
    const count = threads <= 1 || !canUseWorkers ? 0 : Math.min(threads, Math.ceil(files / CHUNK));
    this.workers = Array.from({ length: count }, () => {
      const worker = new (workerThreads().Worker)(WORKER, { workerData: spec });
      // A thread that fails between two runs fails the next one.
      worker.on('error', (e) => (this.failure ??= e));
      return worker;
    });
  }

  private failure: unknown;
  /** Strings are interned as chunks arrive, before their copies pile up: one table for every pass. */
  private readonly strings = new Map<string, string>();

  /** Checks the files, in order; `tick` reports progress. */
  async run(targets: readonly Target[], pass: Pass, tick: (done: number) => void = () => {}): Promise<{ packed: Packed[]; rubrics: LoadedRubric[] }> {
    const defer = pass.defer === true;
    const strings = this.strings;
    if (this.workers.length === 0) {
      const packed: Packed[] = [];
      for (let start = 0; start < targets.length; start += CHUNK) {
        const results = targets.slice(start, start + CHUNK).map((t, i) => checkInPass(t, defer, pass.across?.[start + i], this.spec.cwd, this.env));
        packed.push(...compact(packChunk(results, this.spec.lang), strings));
        tick(packed.length);
      }
      return { packed, rubrics: [] };
    }
    if (this.failure !== undefined) throw this.failure;
    const packed: Packed[] = new Array(targets.length);
    const rubrics: LoadedRubric[] = [];
    let next = 0;
    let done = 0;
    const run = (worker: Worker) =>
      new Promise<void>((resolve, reject) => {
        const send = () => {
          if (next >= targets.length) {
            // The listeners hold the targets: a worker left waiting must not keep them alive.
            worker.off('message', received);
            worker.off('error', reject);
            return resolve();
          }
          const start = next;
          next = Math.min(targets.length, next + CHUNK);
          worker.postMessage({ start, targets: targets.slice(start, next), defer, ...pass.across && { across: pass.across.slice(start, next) } } satisfies ChunkMessage);
        };
        type Done = { start: number; packed: Packed[]; rubrics: LoadedRubric[] };
        type Fault = { start: number; fault: { place: FaultPlace; message: string; stack?: string } };
        const received = (m: Done | Fault) => {
          if ('fault' in m) {
            const cause = Object.assign(new Error(m.fault.message), { stack: m.fault.stack });
            return reject(new InternalFault(m.fault.place, cause));
          }
          compact(m.packed, strings).forEach((p, i) => (packed[m.start + i] = p));
          rubrics.push(...m.rubrics);
          done += m.packed.length;
          tick(done);
          send();
        };
        worker.on('message', received);
        worker.on('error', reject);
        send();
      });
    try {
      await Promise.all(this.workers.map(run));
    } catch (e) {
      // One thread failed: the others are stopped, or they would keep the process alive.
      await this.close();
      throw e;
    }
    return { packed, rubrics };
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * The second pass: checks the records the first one deferred (their rubric reads facts from the
 * cell's other records, see `CheckEnv.deferAcross`), now with those facts.
 */
export async function checkDeferred(targets: readonly Target[], packed: Packed[], pool: CheckPool): Promise<void> {
  const again: number[] = [];
  packed.forEach((p, i) => p.deferred && again.push(i));
  if (again.length === 0) return;
  const facts = acrossFacts(packed);
  // A deferred record has a meeting, so it has facts from the others (none but itself, maybe).
  const checked = await pool.run(again.map((i) => targets[i]!), { across: again.map((i) => facts.get(i)!) });
  again.forEach((i, k) => (packed[i] = checked.packed[k]!));
}

/** A checked batch, ready for reports: each call to `results()` unpacks the records afresh. */
export class CheckedBatch {
  private readonly cross: Map<number, CrossProblem[]>;

  constructor(
    readonly packed: readonly Packed[],
    private readonly spec: CheckSpec,
    private readonly rubrics: ReadonlyMap<string, Rubric>,
  ) {
    this.cross = checkAcross(packed, spec.lang, spec.asOf, rubrics);
  }

  /** The records' results in input order; with `quiet`, errors only. */
  *results(quiet = false): Generator<RecordResult> {
    for (const [i, p] of this.packed.entries()) {
      const result = withCrossProblems(unpack(p, this.rubrics, this.spec.lang), this.cross.get(i), { severities: this.spec.severities });
      yield quiet ? { ...result, problems: result.problems.filter((x) => x.severity === 'error') } : result;
    }
  }

  /** The counts of a report, without unpacking anything. */
  summary(quiet = false): Summary {
    const ratings = zeroRatings();
    let errors = 0;
    let warnings = 0;
    for (const [i, p] of this.packed.entries()) {
      if (p.rating) ratings[p.rating]++;
      errors += p.errors;
      warnings += p.warnings;
      for (const c of this.cross.get(i) ?? []) {
        const severity = severityOf(c, this.spec.severities);
        if (severity === 'error') errors++;
        else if (severity === 'warning') warnings++;
      }
    }
    return { files: this.packed.length, errors, warnings: quiet ? 0 : warnings, ratings };
  }

  /** Whether a record could not use the rubric it names (chibo then exits 2). */
  get rubricUnavailable(): boolean {
    return this.packed.some((p) => p.rubricUnavailable);
  }
}
