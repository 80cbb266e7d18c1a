// `chibo check`: collect files, check each record, write the reports, choose the exit code.
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkRecord, type CheckEnv, type RecordResult } from '../check.js';
import type { Lang } from '../facts/describe.js';
import { collectTargets, displayPath, type Ignored } from '../load/files.js';
import { createRubricLoader, type RubricError } from '../load/rubrics.js';
import type { Limits } from '../load/source.js';
import { buildReport, type Formatter } from '../report/report.js';
import type { Severity } from '../rules/rule.js';
import { CLI_MESSAGES as M } from './messages.js';

export const FORMATS = ['pretty', 'json', 'sarif', 'junit', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

/** One report: a format and where it goes (undefined or `-`: stdout). */
export interface ReportTarget {
  format: FormatName;
  output?: string;
}

export interface CheckOptions {
  rubric?: string;
  /** The rubric when neither --rubric nor the record names one: an id or an absolute path. */
  defaultRubric: string;
  reports: ReportTarget[];
  lang: Lang;
  maxWarnings: number;
  quiet: boolean;
  /** false: --no-color; undefined: decide from the terminal and the environment. */
  color?: boolean;
  limits: Limits;
  severities?: Record<string, Severity | 'off'>;
  ignored?: Ignored;
}

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
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

export function rubricErrorLines(error: RubricError, lang: Lang, cwd: string): string {
  const file = displayPath(error.file, cwd);
  const lines = error.mistakes.map((m) => `  ${m.line === undefined ? file : `${file}:${m.line}:${m.column}`}  ${m.message[lang]}`);
  return `${M.rubricInvalid[lang](file)}\n${lines.join('\n')}\n`;
}

export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

export async function runCheck(paths: string[], opts: CheckOptions, io: Io): Promise<number> {
  const { lang } = opts;
  let fault = false;
  const loadRubric = createRubricLoader();
  const env: CheckEnv = { lang, limits: opts.limits, defaultRubric: opts.defaultRubric, loadRubric };
  if (opts.severities) env.severities = opts.severities;
  if (opts.rubric !== undefined) {
    const loaded = loadRubric(opts.rubric, io.cwd);
    if ('error' in loaded) {
      io.stderr.write(rubricErrorLines(loaded.error, lang, io.cwd));
      return 2;
    }
    env.rubric = loaded.rubric;
  }

  const args = paths.length > 0 ? paths : ['.'];
  const { targets, errors } = await collectTargets(args, io.cwd, opts.ignored);
  for (const e of errors) io.stderr.write(`${(e.reason === 'not-found' ? M.notFound : M.noMatch)[lang](e.arg)}\n`);
  if (errors.length > 0) fault = true;
  if (targets.length === 0) {
    if (errors.length === 0) io.stderr.write(`${M.noRecords[lang](args.join(', '))}\n`);
    return 2;
  }

  const outputs = opts.reports.map((r) => (r.output && r.output !== '-' ? path.resolve(io.cwd, r.output) : undefined));
  for (const [i, output] of outputs.entries()) {
    if (output && targets.some((t) => sameFile(t.absolute, output))) {
      io.stderr.write(`${M.outputIsRecord[lang](opts.reports[i]!.output!)}\n`);
      return 2;
    }
  }

  const results: RecordResult[] = targets.map((t) => {
    const file = displayPath(t.absolute, io.cwd);
    if (t.special) return checkRecord(file, t.absolute, { error: 'not-file' }, env);
    let bytes: Uint8Array | { error: string };
    try {
      bytes = readFileSync(t.absolute);
    } catch (e) {
      bytes = { error: (e as NodeJS.ErrnoException).code ?? 'EIO' };
    }
    return checkRecord(file, t.absolute, bytes, env);
  });
  if (results.some((r) => r.problems.some((p) => p.rule === 'rubric-unavailable'))) fault = true;

  const report = buildReport(results, opts.quiet);
  const version = toolVersion();
  for (const [i, target] of opts.reports.entries()) {
    const output = outputs[i];
    const formatter = await loadFormatter(target.format);
    const color = colorLevel(opts.color, output === undefined && io.stdout.isTTY === true, io.env);
    const text = formatter(report, { lang, color, toolVersion: version });
    if (!output) {
      io.stdout.write(text);
      continue;
    }
    try {
      mkdirSync(path.dirname(output), { recursive: true });
      writeFileSync(output, text);
    } catch (e) {
      io.stderr.write(`${M.outputFailed[lang](target.output!, (e as NodeJS.ErrnoException).code ?? String(e))}\n`);
      fault = true;
    }
  }

  if (fault) return 2;
  const { errors: errorCount, warnings } = report.summary;
  if (errorCount > 0) return 1;
  if (opts.maxWarnings >= 0 && warnings > opts.maxWarnings) return 1;
  return 0;
}
