// Checking a batch of files: each file read and parsed once, on one thread or several, with only
// a packed copy of each result kept until the report is written, so memory grows by little per file.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import path from 'node:path';
import {
  checkAcross, checkRecord, InternalFault, placeCross, severityOf, withCrossProblems,
  type CheckEnv, type CheckSettings, type CrossProblem, type FaultPlace, type LoadedRubric, type RubricLoader,
} from '../check.js';
import { errorsOnly, type RecordResult } from '../score/result.js';
import { byPlace, listed, type ListedProblem, type Problem } from '../core/problem.js';
import { acrossFacts } from '../facts/across.js';
import type { AcrossFacts } from '../facts/facts.js';
import { displayPath, type Target } from '../load/files.js';
import { createRubricLoader } from '../load/rubrics.js';
import type { Piece, Summary } from '../report/report.js';
import type { Rubric } from '../rubric/rubric.js';
import { zeroRatings } from '../core/rating.js';
import { packageFile } from '../paths.js';
import { packChunk, PackedResults, RAW_BUDGET, textBytes, type Kept, type PackedChunk, type UnavailableAt } from './packed.js';
import type { SummaryItem } from '../score/summary.js';
import { withMoreProblems } from '../report/json.js';

/** Everything a thread needs to check records the same way as any other thread. */
export interface CheckSpec extends CheckSettings {
  /** --rubric, resolved against `cwd`. */
  rubric?: string;
  cwd: string;
  /** The date the batch is judged on (`--as-of`, YYYY-MM-DD). */
  asOf: string;
  /** What the batch keeps of each record for the reports; results when not said. */
  kept?: Kept;
}

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

/** The most threads a batch runs on. */
const MAX_THREADS = 16;

/** Threads for a batch: CHIBO_THREADS, else every core for large batches, else one. */
export function threadCount(files: number, env: NodeJS.ProcessEnv): number {
  const asked = Number(env.CHIBO_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, MAX_THREADS);
  return files >= 400 ? Math.min(availableParallelism(), 8) : 1;
}

// A worker thread runs the executable, told so by an argument (bin/chibo.js), which compiles the
// build's script (dist/main.cjs) with its code cache and serves chunks (`serveChunks`,
// batch-worker.ts). Running from the sources (the tests), there is no build: one thread checks.
const WORKER = packageFile('bin/chibo.js');
const WORKER_ARGUMENT = '--chibo-worker-thread';
const canUseWorkers = !import.meta.url.endsWith('.ts');
/** node:worker_threads, loaded for the first worker: a run on one thread never needs it. */
const workerThreads = () => require('node:worker_threads') as typeof import('node:worker_threads');
/**
 * Records a thread checks, and packs, at a time. A chunk's texts live until it is packed: in a
 * larger chunk they outlive enough collections to be moved to the old generation of the thread's
 * heap, which V8 then lets grow by tens of megabytes before it collects it. Deflate looks back
 * 32 KB, ten records or so: a larger chunk packs no smaller.
 */
const CHUNK = 60;

/**
 * Files enough to start the threads of a batch before all its files are found: as many start
 * (see `CheckPool`) as for any larger batch, and they start up while the rest are looked for.
 */
export const POOL_FILES = MAX_THREADS * CHUNK;

/**
 * How a pass checks its files. `defer`: the first pass over several files, where a record whose
 * rubric reads facts from other records waits for the second (`CheckEnv.deferAcross`);
 * `across`: in the second, those facts, file by file.
 */
export interface Pass {
  defer?: boolean;
  across?: readonly AcrossFacts[];
}

/** The files of a pass, in order: a `TargetList` or an array. */
export type Targets = Pick<readonly Target[], 'length' | 'at'>;

/** What a worker thread is sent: a chunk of a pass's files, and where the chunk starts. */
export interface ChunkMessage {
  start: number;
  targets: Target[];
  defer: boolean;
  across?: AcrossFacts[];
  /** Whether to deflate the chunk's texts (see `RAW_BUDGET`). */
  deflate: boolean;
}

/** What a worker thread posts back for a chunk: its packed results and the rubrics it loaded first. */
export interface ChunkDone {
  start: number;
  chunk: PackedChunk;
  rubrics: LoadedRubric[];
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
    /** The bytes of texts the batch keeps as they are before it deflates them (`RAW_BUDGET`). */
    private readonly rawBudget = RAW_BUDGET,
  ) {
    const count = threads <= 1 || !canUseWorkers ? 0 : Math.min(threads, Math.ceil(files / CHUNK));
    this.workers = Array.from({ length: count }, () => {
      const worker = new (workerThreads().Worker)(WORKER, { workerData: spec, argv: [WORKER_ARGUMENT] });
      // A thread that fails between two runs fails the next one.
      worker.on('error', (e) => (this.failure ??= e));
      return worker;
    });
  }

  private failure: unknown;

  /** The bytes of texts kept as they are, in the chunks checked so far. */
  private raw = 0;

  /** Whether the next chunk deflates its texts; counts those of a chunk that does not. */
  private readonly deflateNext = () => this.raw >= this.rawBudget;
  private readonly counted = (chunk: PackedChunk) => {
    if (!chunk.deflated) this.raw += textBytes(chunk);
  };

  /**
   * Checks the files, in order: each chunk's results go to `into` with the place of the chunk's
   * first file in `targets`; `tick` reports progress. Gives the rubrics the worker threads loaded.
   */
  async run(targets: Targets, pass: Pass, into: (chunk: PackedChunk, start: number) => void, tick: (done: number) => void = () => {}): Promise<LoadedRubric[]> {
    const defer = pass.defer === true;
    if (this.workers.length === 0) {
      const { spec, env } = this;
      for (let start = 0; start < targets.length; start += CHUNK) {
        const end = Math.min(targets.length, start + CHUNK);
        const results = function* () {
          for (let i = start; i < end; i++) yield checkInPass(targets.at(i)!, defer, pass.across?.[i], spec.cwd, env);
        };
        const chunk = packChunk(results(), spec.lang, spec.kept, this.deflateNext());
        this.counted(chunk);
        into(chunk, start);
        tick(end);
      }
      return [];
    }
    if (this.failure !== undefined) throw this.failure;
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
          worker.postMessage({ start, targets: Array.from({ length: next - start }, (_, k) => targets.at(start + k)!), defer, ...pass.across && { across: pass.across.slice(start, next) }, deflate: this.deflateNext() } satisfies ChunkMessage);
        };
        const received = (m: ChunkDone | { start: number; fault: { place: FaultPlace; message: string; stack?: string } }) => {
          if ('fault' in m) {
            const cause = Object.assign(new Error(m.fault.message), { stack: m.fault.stack });
            return reject(new InternalFault(m.fault.place, cause));
          }
          this.counted(m.chunk);
          into(m.chunk, m.start);
          rubrics.push(...m.rubrics);
          done += m.chunk.count;
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
    return rubrics;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * The second pass: checks the records the first one deferred (their rubric reads facts from the
 * cell's other records, see `CheckEnv.deferAcross`), now with those facts.
 */
export async function checkDeferred(targets: Targets, packed: PackedResults, pool: CheckPool): Promise<void> {
  const again: number[] = [];
  for (let i = 0; i < packed.size; i++) if (packed.deferred(i)) again.push(i);
  if (again.length === 0) return;
  const facts = acrossFacts(packed.entries());
  // A deferred record has a meeting, so it has facts from the others (none but itself, maybe).
  await pool.run(again.map((i) => targets.at(i)!), { across: again.map((i) => facts.get(i)!) }, (chunk, start) => packed.put(chunk, (k) => again[start + k]!));
}

/** A checked batch, ready for reports: each call to `results()` unpacks the records afresh. */
export class CheckedBatch {
  private readonly cross: Map<number, CrossProblem[]>;

  constructor(
    private readonly packed: PackedResults,
    private readonly spec: CheckSpec,
    private readonly rubrics: ReadonlyMap<string, Rubric>,
  ) {
    this.cross = checkAcross(packed.entries(), spec.lang, spec.asOf, rubrics, spec.severities);
  }

  /** The records' results in input order; with `quiet`, errors only. */
  *results(quiet = false): Generator<RecordResult> {
    for (let i = 0; i < this.packed.size; i++) {
      const result = this.result(i);
      yield quiet ? errorsOnly(result) : result;
    }
  }

  /** The i-th record's result, with the problems from the cross-record rules. */
  private result(i: number): RecordResult {
    const cross = this.cross.get(i);
    const unpacked = this.packed.result(i, this.rubrics, this.spec.lang);
    return cross ? withCrossProblems({ ...unpacked, anchors: this.packed.anchors(i) }, cross, { severities: this.spec.severities }) : unpacked;
  }

  /**
   * The records' texts in the JSON report, in input order, from a batch that kept those
   * (`CheckSpec.kept`): a record with problems from the cross-record rules is written again with them.
   */
  *jsonTexts(): Generator<Piece> {
    const quiet = this.spec.kept === 'json-errors';
    for (let i = 0; i < this.packed.size; i++) {
      const text = this.packed.jsonText(i);
      const placed = this.crossPlaced(i).filter((p) => !quiet || p.severity === 'error');
      yield placed.length === 0 ? text : withMoreProblems(text.toString(), placed);
    }
  }

  /**
   * What the summary reads of each record, in input order, from a batch that kept that
   * (`CheckSpec.kept`), the errors the cross-record rules add counted; with its rubric-unavailable problems.
   */
  *summaryItems(): Generator<{ item: SummaryItem; unavailable: UnavailableAt[] }> {
    for (let i = 0; i < this.packed.size; i++) yield this.summaryItem(i);
  }

  /**
   * For the page of `chibo report`, from a batch that kept both (`CheckSpec.kept`): what the
   * summary reads of each record, as `summaryItems` gives it, and the problems of each record with
   * some, its own or from the cross-record rules, as the page lists them; the others' are not read.
   */
  *reportItems(): Generator<{ item: SummaryItem; unavailable: UnavailableAt[]; problems?: ListedProblem[] }> {
    for (let i = 0; i < this.packed.size; i++) {
      const kept = this.summaryItem(i);
      const own = this.packed.errors(i) + this.packed.warnings(i) > 0 ? this.packed.listedProblems(i) : [];
      const placed = this.crossPlaced(i);
      const problems = placed.length === 0 ? own : [...own, ...placed.map(listed)].sort(byPlace);
      yield problems.length > 0 ? { ...kept, problems } : kept;
    }
  }

  /** The problems the cross-record rules give the i-th record, placed at its anchors and settled (none for most). */
  private crossPlaced(i: number): Problem[] {
    const cross = this.cross.get(i);
    return cross ? placeCross(cross, this.packed.anchors(i), { severities: this.spec.severities }) : [];
  }

  /** What the summary reads of the i-th record, the errors the cross-record rules add counted. */
  private summaryItem(i: number): { item: SummaryItem; unavailable: UnavailableAt[] } {
    const kept = this.packed.summaryItem(i, this.rubrics);
    const { errors } = this.crossCounts(i);
    return errors === 0 ? kept : { ...kept, item: { ...kept.item, errors: kept.item.errors + errors } };
  }

  /** The errors and warnings the cross-record rules add to the i-th record. */
  private crossCounts(i: number): { errors: number; warnings: number } {
    let errors = 0;
    let warnings = 0;
    for (const c of this.cross.get(i) ?? []) {
      const severity = severityOf(c, this.spec.severities);
      if (severity === 'error') errors++;
      else if (severity === 'warning') warnings++;
    }
    return { errors, warnings };
  }

  /** The counts of a report, without unpacking anything. */
  summary(quiet = false): Summary {
    const ratings = zeroRatings();
    let errors = 0;
    let warnings = 0;
    for (let i = 0; i < this.packed.size; i++) {
      const rating = this.packed.rating(i);
      if (rating) ratings[rating]++;
      const cross = this.crossCounts(i);
      errors += this.packed.errors(i) + cross.errors;
      warnings += this.packed.warnings(i) + cross.warnings;
    }
    return { files: this.packed.size, errors, warnings: quiet ? 0 : warnings, ratings };
  }

  /** Whether a record could not use the rubric it names (chibo then exits 2). */
  get rubricUnavailable(): boolean {
    return this.packed.rubricUnavailable;
  }
}
