// Shared test helpers: the bundled rubric, a clean record to vary, one-call checking, and the
// command line run in this process or spawned.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { parse as parseYaml, stringify } from 'yaml';
import { checkRecord, type CheckEnv } from '../src/check.js';
import type { RecordResult } from '../src/score/result.js';
import { main } from '../src/cli/main.js';
import type { Lang } from '../src/core/lang.js';
import { createRubricLoader } from '../src/load/rubrics.js';
import { DEFAULT_LIMITS } from '../src/parse/source.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));
export const BIN = path.join(ROOT, 'bin', 'chibo.js');
/** The version package.json gives: what `--version` and every report must say. */
export const VERSION: string = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

export interface RunOptions {
  cwd?: string;
  /** The whole environment chibo sees (nothing of the test process's, so no CHIBO_LANG leaks in). */
  env?: Record<string, string | undefined>;
  /** Whether stdout and stderr are terminals. */
  tty?: boolean;
}
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the command line in this process, from the sources, as bin/chibo.js would. */
export async function chibo(args: string[], opts: RunOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const isTTY = opts.tty ?? false;
  const code = await main(args, {
    cwd: opts.cwd ?? ROOT,
    env: { ...opts.env },
    stdout: { write: (s: string | Uint8Array) => ((stdout += typeof s === 'string' ? s : Buffer.from(s).toString()), true), isTTY },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY },
  });
  return { code, stdout, stderr };
}

/** `chibo` with --format json, the report parsed (undefined when stdout is empty). */
export async function chiboJson(args: string[], opts: RunOptions = {}): Promise<Run & { report: any }> {
  const r = await chibo([...args, '--format', 'json'], opts);
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
}

/**
 * Spawns bin/chibo.js: for what only the executable does (threads, pipes, loading dist/). The
 * test set-up builds dist/ from the sources first.
 */
export function spawnChibo(args: string[], opts: RunOptions & { uid?: number } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT, env: { PATH: process.env.PATH, ...opts.env } as NodeJS.ProcessEnv, encoding: 'utf8', maxBuffer: 1 << 28,
    ...opts.uid !== undefined && { uid: opts.uid, gid: opts.uid },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A plain-data copy of examples/regular-good.yaml: clean, rated Tốt, 97 points. */
export function goodRecord(): Record<string, any> {
  return parseYaml(readFileSync(`${EXAMPLES}regular-good.yaml`, 'utf8'), { version: '1.2' });
}

/** Every path to a value in the clean record, objects and lists included. */
export function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}
/** Sets the value at a path in place (undefined deletes it); a path through a scalar is left alone. */
export function setAt(target: any, path: (string | number)[], value: unknown) {
  let node = target;
  for (const step of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = node[step];
  }
  if (node === null || typeof node !== 'object') return;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** One loader for all tests: rubrics are read once, as in a batch run. */
const loadRubric = createRubricLoader();

export function env(lang: Lang = 'en', extra: Partial<CheckEnv> = {}): CheckEnv {
  return { lang, limits: DEFAULT_LIMITS, defaultRubrics: [{ ref: 'lai-chau-14', dates: {} }], severities: {}, loadRubric, ...extra };
}

/** Checks YAML text as if it were the file `test.yaml` in the examples folder. */
export function checkText(text: string | Uint8Array, lang: Lang = 'en', extra: Partial<CheckEnv> = {}): RecordResult {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return checkRecord('test.yaml', EXAMPLES, bytes, env(lang, extra));
}

/** Checks a record given as data, after `change` edits a clean copy. */
export function checkVariant(change: (r: Record<string, any>) => void, lang: Lang = 'en'): RecordResult {
  const record = goodRecord();
  change(record);
  return checkText(stringify(record), lang);
}

export const rulesOf = (r: RecordResult) => r.problems.map((p) => p.rule);
export const problemOf = (r: RecordResult, rule: string) => r.problems.find((p) => p.rule === rule);

/** Distinct byte values of a PNG's pixel data: a blank page has two or three. */
export function pngVariety(png: Buffer): number {
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return new Set(inflateSync(Buffer.concat(chunks))).size;
}
