// `chibo check`: collect files, check each record, write the reports, choose the exit code.
import { closeSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../core/lang.js';
import { collectTargets, displayPath, type Ignored, type PathError, type TargetList } from '../load/files.js';
import { createRubricLoader } from '../load/rubrics.js';
import type { RubricError } from '../core/problem.js';
import { CheckedBatch, checkDeferred, CheckPool, POOL_FILES, threadCount, threadEnv, type CheckSpec } from './batch.js';
import { PackedResults, type Kept } from './packed.js';
import { InternalFault, type CheckSettings, type FaultPlace, type RubricLoader } from '../check.js';
import { toolVersion } from '../paths.js';
import type { Formatter, Piece, Report } from '../report/report.js';
import { visibleLine } from '../report/untrusted.js';
import type { Rubric } from '../rubric/rubric.js';
import { CLI_MESSAGES as M } from './messages.js';

export const FORMATS = ['pretty', 'json', 'sarif', 'junit', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

/** One report: a format and where it goes (undefined or `-`: stdout). */
export interface ReportTarget {
  format: FormatName;
  output?: string;
}

/** What every command that checks a batch needs. */
export interface BatchOptions extends CheckSettings {
  /** --rubric, as given. */
  rubric?: string;
  ignored?: Ignored;
  /** The date the batch is judged on (YYYY-MM-DD): months after it are not yet due. */
  asOf: string;
  /** What the batch keeps of each record for the reports (`Kept`); results when not said. */
  kept?: Kept;
}

export interface CheckOptions extends BatchOptions {
  reports: ReportTarget[];
  maxWarnings: number;
  quiet: boolean;
  /** false: --no-color; undefined: decide from the terminal and the environment. */
  color?: boolean;
}

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Gets text, or the UTF-8 bytes of whole characters. */
  stdout: { write(s: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

/** Formatters are loaded only when asked for. */
async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'json': return (await import('../report/json.js')).default;
    case 'pretty': return (await import('../report/pretty.js')).default;
    case 'sarif': return (await import('../report/sarif.js')).default;
    case 'junit': return (await import('../report/junit.js')).default;
    case 'github': return (await import('../report/github.js')).default;
  }
}

/** Colour only for a terminal; NO_COLOR and FORCE_COLOR are honoured; --no-color wins. */
export function colorLevel(flag: boolean | undefined, toTerminal: boolean, env: NodeJS.ProcessEnv): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const level = Number(force);
    return level >= 1 && level <= 3 ? (level as 1 | 2 | 3) : 1;
  }
  return toTerminal ? 1 : 0;
}

/**
 * Writes a message on stderr, each of its lines on a line of its own; text from files and
 * arguments in it shows visibly and cannot break a line.
 */
export const say = (io: Io, ...lines: string[]) => io.stderr.write(lines.map((line) => `${visibleLine(line)}\n`).join(''));

/** Why a rubric cannot be used: a heading, then each mistake with its place. */
export function rubricErrorLines(error: RubricError, lang: Lang, cwd: string): string[] {
  const file = displayPath(error.file, cwd);
  const lines = error.mistakes.map((m) => `  ${m.line === undefined ? file : `${file}:${m.line}:${m.column}`}  ${m.message[lang]}`);
  return [M.rubricInvalid[lang](file), ...lines];
}

/**
 * Whether writing to `output` would overwrite one of the files to check: the same file by its
 * device and inode (whatever the paths, links included). A path where nothing is yet is none of
 * them; otherwise each file is looked at once (a stat, not a realpath of every folder on its way).
 */
function outputIsTarget(output: string, targets: TargetList): boolean {
  const out = statSync(output, { bigint: true, throwIfNoEntry: false });
  if (!out) return false;
  for (let i = 0; i < targets.length; i++) {
    const s = statSync(targets.absolute(i), { bigint: true, throwIfNoEntry: false });
    if (s !== undefined && s.ino === out.ino && s.dev === out.dev) return true;
  }
  return false;
}

/** A checked batch, the rubrics it used (by `LoadedRubric.key`), and whether chibo fell short of its job. */
export interface Batch {
  checked: CheckedBatch;
  rubrics: Map<string, Rubric>;
  fault: boolean;
}

function pathErrorText(e: PathError, lang: Lang, cwd: string): string {
  switch (e.reason) {
    case 'not-found': return M.notFound[lang](e.arg);
    case 'no-match': return M.noMatch[lang](e.arg);
    case 'unreadable': return M.folderUnreadable[lang](displayPath(e.arg, cwd) || '.', e.code);
  }
}

/** Writes progress on stderr for long batches, only to a terminal and never in CI. */
function progress(io: Io, total: number, lang: Lang) {
  const on = io.stderr.isTTY === true && !io.env.CI && total >= 50;
  let last = 0;
  return {
    tick(done: number) {
      if (!on || (Date.now() - last < 100 && done < total)) return;
      last = Date.now();
      io.stderr.write(`\r${M.progress[lang](String(done), String(total))}`);
    },
    end() {
      if (on) io.stderr.write('\r\u001b[K');
    },
  };
}

/**
 * Collects the files, checks each record and runs the cross-record rules. Undefined when nothing
 * could be checked (the reason is already on stderr). `outputs` are files the caller will write,
 * which must not be records of the batch.
 */
export async function checkBatch(paths: string[], opts: BatchOptions, io: Io, outputs: (string | undefined)[] = []): Promise<Batch | undefined> {
  const { lang } = opts;
  const rubrics = new Map<string, Rubric>();
  const cached = createRubricLoader();
  const loadRubric: RubricLoader = (ref, base) => {
    const loaded = cached(ref, base);
    if ('rubric' in loaded) rubrics.set(loaded.key, loaded.rubric);
    return loaded;
  };
  const spec: CheckSpec = {
    lang, limits: opts.limits, defaultRubrics: opts.defaultRubrics, cwd: io.cwd, severities: opts.severities, asOf: opts.asOf,
    ...opts.rubric !== undefined && { rubric: opts.rubric },
    ...opts.kept !== undefined && { kept: opts.kept },
  };
  const env = threadEnv(spec, loadRubric);
  if ('error' in env) {
    say(io, ...rubricErrorLines((env.error as { error: RubricError }).error, lang, io.cwd));
    return undefined;
  }

  const args = paths.length > 0 ? paths : ['.'];
  // The threads of a large batch start while its files are still being found.
  let pool: CheckPool | undefined;
  const startPool = (files: number) => (pool ??= new CheckPool(spec, env, threadCount(files, io.env), files));
  const closePool = async () => {
    const running = pool;
    pool = undefined;
    await running?.close();
  };
  try {
    const { targets, errors } = await collectTargets(args, io.cwd, opts.ignored, { count: POOL_FILES, reached: () => startPool(POOL_FILES) });
    for (const e of errors) say(io, pathErrorText(e, lang, io.cwd));
    if (targets.length === 0) {
      if (errors.length === 0) say(io, M.noRecords[lang](args.join(', ')));
      return undefined;
    }
    for (const output of outputs) {
      if (output && outputIsTarget(output, targets)) {
        say(io, M.outputIsRecord[lang](displayPath(output, io.cwd)));
        return undefined;
      }
    }

    const bar = progress(io, targets.length, lang);
    const running = startPool(targets.length);
    const packed = new PackedResults(targets.length);
    // Facts from other records exist only for more than one record (as the cross-record rules).
    const defer = targets.length > 1;
    const loaded = await running.run(targets, { defer }, (chunk, start) => packed.put(chunk, (k) => start + k), bar.tick);
    bar.end();
    for (const r of loaded) rubrics.set(r.key, r.rubric);
    await checkDeferred(targets, packed, running);
    // The threads end before the reports are made: their memory is not needed again.
    await closePool();
    const checked = new CheckedBatch(packed, spec, rubrics);
    return { checked, rubrics, fault: errors.length > 0 || checked.rubricUnavailable };
  } finally {
    await closePool();
  }
}

/** Pieces of text gathered until there are enough to write at once: as one string, or as bytes when any piece is bytes. */
class Gathered {
  private parts: Piece[] = [];
  private bytes = false;
  /** In characters and bytes: enough to tell when to write. */
  size = 0;

  add(piece: Piece): void {
    this.parts.push(piece);
    this.size += piece.length;
    if (typeof piece !== 'string') this.bytes = true;
  }

  take(): string | Buffer {
    const parts = this.parts;
    const text = this.bytes ? joinBytes(parts) : parts.join('');
    this.parts = [];
    this.bytes = false;
    this.size = 0;
    return text;
  }
}

/** Pieces as one buffer of UTF-8, each written straight into it. */
function joinBytes(parts: readonly Piece[]): Buffer {
  let length = 0;
  for (const p of parts) length += typeof p === 'string' ? Buffer.byteLength(p) : p.length;
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  for (const p of parts) {
    if (typeof p === 'string') {
      at += out.write(p, at);
    } else {
      out.set(p, at);
      at += p.length;
    }
  }
  return out;
}

function writeAll(fd: number, text: string | Buffer): void {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

/**
 * Writes a text, given in pieces, to stdout (no path, or `-`) or to a file, without holding it
 * whole; false when the file cannot be written.
 */
export async function writeOutput(pieces: Iterable<Piece>, output: string | undefined, io: Io, lang: Lang): Promise<boolean> {
  const LIMIT = 1 << 16;
  const gathered = new Gathered();
  if (output === undefined || output === '-') {
    const out = io.stdout as Io['stdout'] & { once?: (event: string, listener: () => void) => unknown };
    const flush = async () => {
      const ok = out.write(gathered.take());
      if (ok === false && out.once) await new Promise<void>((resolve) => out.once!('drain', resolve));
    };
    for (const piece of pieces) {
      gathered.add(piece);
      if (gathered.size >= LIMIT) await flush();
    }
    if (gathered.size > 0) await flush();
    return true;
  }
  const absolute = path.resolve(io.cwd, output);
  let fd: number | undefined;
  try {
    mkdirSync(path.dirname(absolute), { recursive: true });
    fd = openSync(absolute, 'w');
    for (const piece of pieces) {
      gathered.add(piece);
      if (gathered.size >= LIMIT) writeAll(fd, gathered.take());
    }
    writeAll(fd, gathered.take());
    return true;
  } catch (e) {
    say(io, M.outputFailed[lang](output, (e as NodeJS.ErrnoException).code ?? String(e)));
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export const outputPath = (output: string | undefined, io: Io) =>
  output && output !== '-' ? path.resolve(io.cwd, output) : undefined;

/** The pieces of a report, a fault in making them told with where it happened. */
function* placed(place: FaultPlace, pieces: Iterable<Piece>): Generator<Piece> {
  const it = pieces[Symbol.iterator]();
  for (;;) {
    const next = InternalFault.at(place, () => it.next());
    if (next.done) return;
    yield next.value;
  }
}

export async function runCheck(paths: string[], opts: CheckOptions, io: Io): Promise<number> {
  const { lang } = opts;
  const outputs = opts.reports.map((r) => outputPath(r.output, io));
  // A JSON report alone is written from each record's text in it, made as the record is checked.
  const kept: Kept = opts.reports.every((r) => r.format === 'json') ? (opts.quiet ? 'json-errors' : 'json') : 'results';
  const batch = await checkBatch(paths, { ...opts, kept }, io, outputs);
  if (!batch) return 2;
  let fault = batch.fault;
  const summary = batch.checked.summary(opts.quiet);
  const { checked } = batch;
  const report: Report = { results: () => checked.results(opts.quiet), summary, ...kept !== 'results' && { jsonTexts: () => checked.jsonTexts() } };
  const version = toolVersion();
  for (const [i, target] of opts.reports.entries()) {
    const formatter = await loadFormatter(target.format);
    const color = colorLevel(opts.color, outputs[i] === undefined && io.stdout.isTTY === true, io.env);
    const pieces = placed({ format: target.format }, formatter(report, { lang, color, toolVersion: version }));
    if (!(await writeOutput(pieces, target.output, io, lang))) fault = true;
  }
  if (fault) return 2;
  if (summary.errors > 0) return 1;
  if (opts.maxWarnings >= 0 && summary.warnings > opts.maxWarnings) return 1;
  return 0;
}
