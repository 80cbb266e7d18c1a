// Checking a batch of files: each file read and parsed once, on one thread or several, with only
// a packed copy of each result kept until the report is written, so memory grows by little per file.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import path from 'node:path';
import {
  checkAcross, checkRead, InternalFault, readMeeting, readRecord, placeCross, severityOf, withCrossProblems,
  type CheckEnv, type CheckSettings, type ReadRecord, type RecordBytes, type RecordMeeting, type CrossProblem, type FaultPlace, type LoadedRubric, type RubricLoader,
} from '../check.js';
import { errorsOnly, type RecordResult } from '../score/result.js';
import { byPlace, listed, type ListedProblem, type Problem } from '../core/problem.js';
import { acrossFacts, sameAcross } from '../facts/across.js';
import type { MeetingInfo } from '../facts/meeting.js';
import { foldName } from '../validate/text.js';
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

/** Reads one target: its file as reports show it, its folder, and what `readRecord` reads of it. */
function readTarget(t: Target, cwd: string, env: CheckEnv): { file: string; dir: string; read: ReadRecord } {
  const file = displayPath(t.absolute, cwd);
  const dir = path.dirname(t.absolute);
  let bytes: RecordBytes;
  if (t.special) bytes = { error: 'not-file' };
  else {
    try {
      bytes = readFileSync(t.absolute);
    } catch (e) {
      bytes = { error: (e as NodeJS.ErrnoException).code ?? 'EIO' };
    }
  }
  return { file, dir, read: readRecord(file, bytes, env.limits) };
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

/**
 * Where a chunk of the first pass that starts at `start` ends, and which of its files have their
 * folders whole in it (from, up to). The chunk ends after CHUNK files, or before, where a folder
 * ends, so that folders lie whole in chunks (see `checkChunk`); a folder that fills the chunk
 * goes on to its end if that comes within 2 × CHUNK files, and is cut otherwise.
 */
export function firstPassChunk(targets: Targets, start: number): { end: number; whole: [from: number, to: number] } {
  const n = targets.length;
  const most = Math.min(n, start + 2 * CHUNK);
  const folders: string[] = [];
  /** Whether a folder ends before the i-th file (the first file and the end of the list count). */
  const endsBefore = (i: number) => i <= 0 || i >= n || folderAt(i - 1) !== folderAt(i);
  const folderAt = (i: number) => (folders[i - start + 1] ??= path.dirname(targets.at(i)!.absolute));
  let end = Math.min(n, start + CHUNK);
  if (!endsBefore(end)) {
    let k = end - 1;
    while (k > start && !endsBefore(k)) k--;
    if (k > start) end = k;
    else {
      k = end + 1;
      while (k < most && !endsBefore(k)) k++;
      if (endsBefore(k)) end = k;
    }
  }
  let from = start;
  while (from < end && !endsBefore(from)) from++;
  let to = end;
  while (to > from && !endsBefore(to)) to--;
  return { end, whole: from < to ? [from - start, to - start] : [0, 0] };
}

/** The chunk of a pass that starts at `start`, and where it ends. */
function chunkAt(targets: Targets, start: number, pass: Pass): { chunk: Chunk; end: number } {
  const first = pass.defer === true ? firstPassChunk(targets, start) : undefined;
  const end = first?.end ?? Math.min(targets.length, start + CHUNK);
  const files = Array.from({ length: end - start }, (_, k) => targets.at(start + k)!);
  return { chunk: { targets: files, defer: first !== undefined, ...pass.across && { across: pass.across.slice(start, end) }, ...first && { whole: first.whole } }, end };
}

/** The files of a pass, in order: a `TargetList` or an array. */
export type Targets = Pick<readonly Target[], 'length' | 'at'>;

/** A chunk of a pass's files, as a thread checks it (see `checkChunk`). */
export interface Chunk {
  targets: readonly Target[];
  /** The first pass (`Pass.defer`). */
  defer: boolean;
  /** In the second pass, the facts from other records, file by file. */
  across?: readonly AcrossFacts[];
  /** In the first pass, the files whose folders lie whole in the chunk: from, up to (see `firstPassChunk`). */
  whole?: readonly [from: number, to: number];
}

/** What a worker thread is sent: a chunk of a pass's files, and where the chunk starts. */
export interface ChunkMessage extends Chunk {
  start: number;
  /** Whether to deflate the chunk's texts (see `RAW_BUDGET`). */
  deflate: boolean;
}

/** What a worker thread posts back for a chunk: its packed results and the rubrics it loaded first. */
export interface ChunkDone {
  start: number;
  chunk: PackedChunk;
  rubrics: LoadedRubric[];
}

/**
 * Checks a chunk's files, one result at a time (see `packChunk`): in the second pass with the
 * facts from other records; in the first, a record whose rubric reads those is deferred, unless
 * its folder lies whole in the chunk (`Chunk.whole`, see `checkFolder`).
 */
export function* checkChunk(chunk: Chunk, cwd: string, env: CheckEnv): Generator<RecordResult> {
  const { targets, defer, across } = chunk;
  const [from, to] = defer && chunk.whole ? chunk.whole : [0, 0];
  for (let i = 0; i < targets.length; ) {
    if (i >= from && i < to) {
      const folder = path.dirname(targets[i]!.absolute);
      let end = i + 1;
      while (end < to && path.dirname(targets[end]!.absolute) === folder) end++;
      yield* checkFolder(targets.slice(i, end), cwd, env);
      i = end;
    } else {
      const { file, dir, read } = readTarget(targets[i]!, cwd, env);
      const facts = across?.[i];
      yield checkRead(file, dir, read, facts ? { ...env, across: facts } : defer ? { ...env, deferAcross: true } : env);
      i++;
    }
  }
}

/**
 * The fewest months of a cell's meetings a folder holds for its records to be scored in the first
 * pass (see `checkFolder`): a folder of a month's meetings, or of two (a meeting may be held for
 * the month before), is not where a cell's records are kept.
 */
const GUESS_MONTHS = 3;

/**
 * Records read ahead, after the first that waits, to tell a folder of a cell's months from one of
 * a month's meetings of many cells, where no record can be scored in the first pass (see `checkFolder`).
 */
const SAMPLE = 4;

/**
 * Checks, in the first pass, the records of a folder, all of them, in order, until one waits for
 * facts from the cell's other records (`CheckEnv.deferAcross`). Then the folder is read ahead: the
 * next `SAMPLE` records, and the rest too if a cell's meetings so far are of more than one month.
 * With the meetings of the whole folder, that record and each one after it whose rubric reads
 * such facts are scored with the facts the folder gives (`CheckEnv.guess`), when the folder holds
 * the cell's meetings of `GUESS_MONTHS` months or more; else they wait. A cell's records are most
 * often its folder's; then those are the batch's own facts, and the record is not checked again.
 * A folder whose records wait for none is checked as any other.
 */
function* checkFolder(targets: readonly Target[], cwd: string, env: CheckEnv): Generator<RecordResult> {
  const deferring: CheckEnv = { ...env, deferAcross: true };
  const meetings: { meeting: MeetingInfo | null }[] = [];
  for (let i = 0; i < targets.length; i++) {
    const first = readTarget(targets[i]!, cwd, env);
    const result = checkRead(first.file, first.dir, first.read, deferring);
    meetings.push({ meeting: result.meeting });
    if (!result.deferred) {
      yield result;
      continue;
    }
    const rest = targets.slice(i + 1);
    // Read ahead with their meetings, which their checks then take as read.
    const ahead: ((ReturnType<typeof readTarget> & { meeting: RecordMeeting }) | undefined)[] = [];
    const readAhead = (upTo: number) => {
      for (let k = ahead.length; k < upTo; k++) {
        const f = readTarget(rest[k]!, cwd, env);
        const meeting = 'data' in f.read ? readMeeting(f.read) : null;
        ahead.push({ ...f, meeting });
        meetings.push({ meeting: meeting?.info ?? null });
      }
    };
    readAhead(Math.min(SAMPLE, rest.length));
    const several = [...monthsByCell(meetings).values()].some((months) => months.size > 1);
    if (several) readAhead(rest.length);
    const guesses = several ? folderGuesses(meetings) : new Map<number, AcrossFacts>();
    const guess = guesses.get(i);
    yield guess ? checkRead(first.file, first.dir, first.read, { ...deferring, guess }) : result;
    for (let k = 0; k < rest.length; k++) {
      const { file, dir, read, meeting } = ahead[k] ?? { ...readTarget(rest[k]!, cwd, env), meeting: undefined };
      // A record's data goes once it is checked, as it would without the guesses.
      ahead[k] = undefined;
      const guess = guesses.get(i + 1 + k);
      yield checkRead(file, dir, read, guess ? { ...deferring, guess } : deferring, meeting);
    }
    return;
  }
}

/** The months of each cell's meetings (cells by folded name). */
function monthsByCell(meetings: readonly { meeting: MeetingInfo | null }[]): Map<string, Set<string>> {
  const months = new Map<string, Set<string>>();
  for (const { meeting } of meetings) {
    if (meeting) {
      const cell = foldName(meeting.cell);
      months.set(cell, (months.get(cell) ?? new Set()).add(meeting.month));
    }
  }
  return months;
}

/** The facts a folder's meetings give each of its records, for those of cells it holds `GUESS_MONTHS` months of. */
function folderGuesses(meetings: readonly { meeting: MeetingInfo | null }[]): Map<number, AcrossFacts> {
  const months = monthsByCell(meetings);
  const guesses = acrossFacts(meetings);
  for (const i of guesses.keys()) if (months.get(foldName(meetings[i]!.meeting!.cell))!.size < GUESS_MONTHS) guesses.delete(i);
  return guesses;
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
    if (this.workers.length === 0) {
      const { spec, env } = this;
      for (let start = 0; start < targets.length; ) {
        const { chunk: files, end } = chunkAt(targets, start, pass);
        const chunk = packChunk(checkChunk(files, spec.cwd, env), spec.lang, spec.kept, this.deflateNext());
        this.counted(chunk);
        into(chunk, start);
        tick(end);
        start = end;
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
          const { chunk, end } = chunkAt(targets, start, pass);
          next = end;
          worker.postMessage({ start, ...chunk, deflate: this.deflateNext() } satisfies ChunkMessage);
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
 * cell's other records, see `CheckEnv.deferAcross`), now with those facts, and those it scored
 * with guessed facts (`CheckEnv.guess`) that are not the batch's. Gives how many it checked.
 */
export async function checkDeferred(targets: Targets, packed: PackedResults, pool: CheckPool): Promise<number> {
  if (!packed.waiting) return 0;
  const facts = acrossFacts(packed.entries());
  const again: number[] = [];
  for (let i = 0; i < packed.size; i++) {
    if (packed.deferred(i)) again.push(i);
    else {
      const guessed = packed.guessed(i);
      if (guessed && !sameAcross(guessed, facts.get(i)!)) again.push(i);
    }
  }
  if (again.length === 0) return 0;
  // A deferred record has a meeting, so it has facts from the others (none but itself, maybe).
  await pool.run(again.map((i) => targets.at(i)!), { across: again.map((i) => facts.get(i)!) }, (chunk, start) => packed.put(chunk, (k) => again[start + k]!));
  return again.length;
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
