// The command line: wires commands and options to the parts that do the work.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InternalFault } from '../check.js';
import type { Lang } from '../facts/describe.js';
import { loadConfig } from '../load/config.js';
import { visible } from '../report/untrusted.js';
import { displayPath } from '../load/files.js';
import { bundledRubricIds, createRubricLoader, rubricFile } from '../load/rubrics.js';
import { DEFAULT_LIMITS } from '../load/source.js';
import { toolVersion } from '../paths.js';
import { CLI_MESSAGES as M } from './messages.js';
import { FORMATS, rubricErrorLines, runCheck, say, type BatchOptions, type FormatName, type Io, type ReportTarget } from './run-check.js';
import { runReport, runSummary, SUMMARY_FORMATS, type SummaryFormat } from './run-summary.js';
import type { Config } from '../validate/config-schema.js';
import { isCalendarDate } from '../validate/record-schema.js';

const DEFAULT_RUBRIC = 'lai-chau-14';

/** A mistake in how the command was called, found after parsing: exit 2 with this message. */
class UsageError extends Error {}

/** --lang, else CHIBO_LANG, else the configured language, else vi. */
function languageOf(flag: string | undefined, env: NodeJS.ProcessEnv, configured?: Lang): Lang {
  const value = flag ?? (env.CHIBO_LANG || undefined) ?? configured ?? 'vi';
  if (value === 'vi' || value === 'en') return value;
  throw new UsageError(`${M.badLang.vi(value)} / ${M.badLang.en(value)}`);
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** --as-of, else today's date where chibo runs. */
function asOfDate(flag: string | undefined, lang: Lang): string {
  if (flag === undefined) {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  }
  if (!isCalendarDate(flag)) throw new UsageError(M.badDate[lang]('--as-of', flag));
  return flag;
}

/**
 * Pairs each --format with the --output at the same position; a format without an output goes
 * to stdout, and a lone --output takes the default format.
 */
function pairReports(formats: string[], outputs: string[], lang: Lang): ReportTarget[] {
  const names = formats.length > 0 ? formats : ['pretty'];
  for (const name of names) {
    if (!(FORMATS as readonly string[]).includes(name)) throw new UsageError(M.badFormat[lang](name, FORMATS.join(', ')));
  }
  if (outputs.length > names.length) throw new UsageError(M.tooManyOutputs[lang]());
  const toStdout = names.filter((_, i) => outputs[i] === undefined || outputs[i] === '-');
  if (toStdout.length > 1) throw new UsageError(M.severalToStdout[lang](toStdout.join(', ')));
  return names.map((format, i) => ({ format: format as FormatName, ...outputs[i] !== undefined && { output: outputs[i] } }));
}

function wholeNumber(option: string, min: number) {
  return (value: string) => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || n < min) throw new InvalidArgumentError(M.badNumber.en(option, value));
    return n;
  };
}

export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode = 0;
  const program = new Command('chibo')
    .description('Chấm điểm biên bản sinh hoạt chi bộ theo bộ tiêu chí và phát hiện tự đánh giá sai.\nScore chi bộ meeting records against a rubric and flag wrong self-assessments.')
    .version(toolVersion(), '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(visible(s)) })
    .showHelpAfterError();

  /** Options every batch command shares; the config file fills what the command line leaves. */
  const batchCommand = (name: string, description: string) =>
    program
      .command(name)
      .description(description)
      .argument('[paths...]', 'files, folders or globs')
      .option('--rubric <id-or-path>', 'rubric for every record')
      .option('--lang <vi|en>', 'language of messages (default: CHIBO_LANG, the config, else vi)')
      .option('--no-color', 'no colour')
      .option('--as-of <YYYY-MM-DD>', 'judge the records on this date: later months are not yet due, a year not over is not rated (default: today)')
      .option('--max-file-size <bytes>', `largest record file (default ${DEFAULT_LIMITS.maxBytes})`, wholeNumber('--max-file-size', 1))
      .option('--max-depth <n>', `deepest nesting in a record (default ${DEFAULT_LIMITS.maxDepth})`, wholeNumber('--max-depth', 1))
      .option('--max-aliases <n>', `most YAML aliases in a record (default ${DEFAULT_LIMITS.maxAliases})`, wholeNumber('--max-aliases', 0))
      .option('--max-items <n>', `most items in one list or mapping (default ${DEFAULT_LIMITS.maxItems})`, wholeNumber('--max-items', 1));

  /** Reads the config and merges it under the command line; undefined (exit 2) when it is wrong. */
  async function batchOptions(o: Record<string, any>): Promise<(BatchOptions & { config: Config }) | undefined> {
    const loaded = await loadConfig(io.cwd);
    if ('error' in loaded) {
      const e = loaded.error;
      const where = displayPath(e.file, io.cwd) + (e.line === undefined ? '' : `:${e.line}:${e.column}`);
      say(io, `${where}  ${e.message[languageOf(o.lang, io.env)]}`);
      return undefined;
    }
    const { config, file } = loaded;
    const configRubric = config.rubric !== undefined && file !== undefined ? rubricFile(config.rubric, path.dirname(file)) : undefined;
    const lang = languageOf(o.lang, io.env, config.lang);
    return {
      config,
      rubric: o.rubric,
      defaultRubric: configRubric ?? DEFAULT_RUBRIC,
      lang,
      asOf: asOfDate(o.asOf, lang),
      limits: {
        maxBytes: o.maxFileSize ?? config['max-file-size'] ?? DEFAULT_LIMITS.maxBytes,
        maxDepth: o.maxDepth ?? config['max-depth'] ?? DEFAULT_LIMITS.maxDepth,
        maxAliases: o.maxAliases ?? config['max-aliases'] ?? DEFAULT_LIMITS.maxAliases,
        maxItems: o.maxItems ?? config['max-items'] ?? DEFAULT_LIMITS.maxItems,
      },
      severities: config.rules ?? {},
      ignored: loaded.ignored,
    };
  }

  batchCommand('check', 'check meeting records (files, folders, globs; default: .)')
    .option('--format <name>', `report format: ${FORMATS.join(', ')} (repeatable; default pretty)`, collect, [])
    .option('--output <file>', 'where the report of the same position goes; - is stdout (repeatable)', collect, [])
    .option('--max-warnings <n>', 'exit 1 when warnings exceed n; -1: no limit', wholeNumber('--max-warnings', -1))
    .option('--quiet', 'report errors only', false)
    .action(async (paths: string[], o) => {
      const batch = await batchOptions(o);
      if (!batch) return void (exitCode = 2);
      exitCode = await runCheck(paths, {
        ...batch,
        reports: pairReports(o.format as string[], o.output as string[], batch.lang),
        maxWarnings: o.maxWarnings ?? batch.config['max-warnings'] ?? -1,
        quiet: o.quiet,
        color: o.color === false ? false : undefined,
      }, io);
    });

  batchCommand('summary', 'per cell: each month\'s rating and score, counts, the yearly rating, criteria most often short')
    .option('--format <name>', `${SUMMARY_FORMATS.join(', ')} (default pretty)`, 'pretty')
    .option('--output <file>', 'write the summary to a file instead of stdout')
    .action(async (paths: string[], o) => {
      const batch = await batchOptions(o);
      if (!batch) return void (exitCode = 2);
      if (!(SUMMARY_FORMATS as readonly string[]).includes(o.format)) throw new UsageError(M.badFormat[batch.lang](o.format, SUMMARY_FORMATS.join(', ')));
      exitCode = await runSummary(paths, { ...batch, format: o.format as SummaryFormat, output: o.output, color: o.color === false ? false : undefined }, io);
    });

  batchCommand('report', 'write one self-contained HTML report for staff: grid of cells and months, charts, every problem')
    .option('--output <file>', 'the HTML file to write (default: stdout)')
    .action(async (paths: string[], o) => {
      const batch = await batchOptions(o);
      if (!batch) return void (exitCode = 2);
      exitCode = await runReport(paths, { ...batch, output: o.output }, io);
    });

  program
    .command('init')
    .description('write a record template (to stdout, or to a new file)')
    .argument('[file]', 'the file to create; never overwritten')
    .option('--lang <vi|en>', 'language of messages')
    .action(async (file: string | undefined, o) => {
      const lang = languageOf(o.lang, io.env);
      const { recordTemplate } = await import('../report/template.js');
      if (file === undefined) {
        io.stdout.write(recordTemplate(io.cwd));
        return;
      }
      const target = path.resolve(io.cwd, file);
      const refuse = (message: string) => {
        say(io, message);
        exitCode = 2;
      };
      if (existsSync(target)) return refuse(M.fileExists[lang](file));
      const folder = path.dirname(target);
      if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return refuse(M.noFolder[lang](file, displayPath(folder, io.cwd)));
      try {
        writeFileSync(target, recordTemplate(folder), { flag: 'wx' });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? String(e);
        return refuse(code === 'EEXIST' ? M.fileExists[lang](file) : M.initFailed[lang](file, code));
      }
      say(io, M.written[lang](file));
    });

  program
    .command('rubric')
    .description('show a rubric as a table; --list lists the bundled ones')
    .argument('[id-or-path]', 'bundled rubric id or rubric file', DEFAULT_RUBRIC)
    .option('--list', 'list the bundled rubrics')
    .option('--lang <vi|en>', 'language of messages')
    .action(async (ref: string, o) => {
      const lang = languageOf(o.lang, io.env);
      const { rubricList, rubricTable } = await import('../report/rubric-table.js');
      const load = createRubricLoader();
      if (o.list) {
        const rubrics = bundledRubricIds().map((id) => load(id, io.cwd)).flatMap((r) => ('rubric' in r ? [r.rubric] : []));
        io.stdout.write(visible(rubricList(rubrics, lang)));
        return;
      }
      const loaded = load(ref, io.cwd);
      if ('error' in loaded) {
        say(io, ...rubricErrorLines(loaded.error, lang, io.cwd));
        exitCode = 2;
        return;
      }
      io.stdout.write(visible(rubricTable(loaded.rubric, lang)));
    });

  program
    .command('schema')
    .description('print a JSON Schema: of the record format (default), of rubric files, or of chibo.config.yaml')
    .argument('[which]', 'record, rubric or config', 'record')
    .action(async (which: string) => {
      const { JSON_SCHEMAS } = await import('../validate/json-schema.js');
      if (!(which in JSON_SCHEMAS)) throw new UsageError(`record, rubric, config: ${which}?`);
      io.stdout.write(`${JSON.stringify(JSON_SCHEMAS[which as keyof typeof JSON_SCHEMAS](), null, 2)}\n`);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof UsageError) {
      say(io, `chibo: ${e.message}`);
      return 2;
    }
    if (e instanceof CommanderError) {
      const ok = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help';
      return ok ? 0 : 2;
    }
    const lang: Lang = io.env.CHIBO_LANG === 'en' ? 'en' : 'vi';
    const place = e instanceof InternalFault ? e.place : {};
    const where = M.internalWhere[lang](place.file ?? '', place.rule ?? '', place.format ?? '');
    say(io, M.internal[lang](e instanceof Error ? e.message : String(e), where));
    if (io.env.CHIBO_DEBUG) io.stderr.write(`${visible(e instanceof Error ? e.stack ?? e.message : String(e))}\n`);
    else say(io, M.internalHint[lang]());
    return 2;
  }
}
