// The command line: wires commands and options to the parts that do the work.
import { Command, CommanderError, Help, InvalidArgumentError } from 'commander';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InternalFault } from '../check.js';
import type { Lang } from '../core/lang.js';
import { loadConfig, type ConfigError, type LoadedConfig } from '../load/config.js';
import { rubricsByDate } from '../load/rubrics-by-date.js';
import { chooseByDate, localDay, type DatedRubric } from '../core/in-force.js';
import type { RubricLoader } from '../check.js';
import { DEFAULT_SEVERITIES } from '../core/rule-ids.js';
import { visible } from '../report/untrusted.js';
import { displayPath } from '../load/files.js';
import { bundledRubricIds, createRubricLoader } from '../load/rubrics.js';
import { DEFAULT_LIMITS } from '../parse/source.js';
import { packageFile, toolVersion } from '../paths.js';
import { commanderError, HELP, CLI_MESSAGES as M } from './messages.js';
import { FORMATS, rubricErrorLines, runCheck, say, type BatchOptions, type FormatName, type Io, type ReportTarget } from './run-check.js';
import { runReport, runSummary, SUMMARY_FORMATS, type SummaryFormat } from './run-summary.js';
import type { Config } from '../validate/config-schema.js';
import { isCalendarDate } from '../validate/when.js';
import { provideOnDemand } from '../load/on-demand.js';

provideOnDemand();

export { warmUp } from './warm-up.js';
export { serveChunks } from './batch-worker.js';

/** A mistake in how the command was called, found after parsing: exit 2 with this message. */
class UsageError extends Error {}

/** --lang, else CHIBO_LANG, else the configured language, else vi. */
function languageOf(flag: string | undefined, env: NodeJS.ProcessEnv, configured?: Lang): Lang {
  const value = flag ?? (env.CHIBO_LANG || undefined) ?? configured ?? 'vi';
  if (value === 'vi' || value === 'en') return value;
  throw new UsageError(`${M.badLang.vi(value)} / ${M.badLang.en(value)}`);
}

/** The value of --lang wherever it stands on the command line (before or after the command). */
function langFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--') return;
    if (arg === '--lang' && i + 1 < argv.length) found = argv[i + 1];
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  });
  return found;
}

/** The language of help and of commander's errors, decided before parsing; an unusable value falls back to vi. */
async function helpLanguage(argv: readonly string[], io: Io): Promise<Lang> {
  let configured: Lang | undefined;
  if (langFlag(argv) === undefined && !io.env.CHIBO_LANG) {
    const loaded = await loadConfig(io.cwd).catch(() => undefined);
    if (loaded && !('error' in loaded)) configured = loaded.config.lang;
  }
  try {
    return languageOf(langFlag(argv), io.env, configured);
  } catch {
    return 'vi';
  }
}

/** Help in the chosen language: section titles and usage words translated. */
function helpIn(lang: Lang): Partial<Help> {
  const h = HELP[lang];
  return {
    styleTitle: (title: string) => h.titles[title] ?? title,
    styleUsage: (usage: string) => usage.replace(/\[options\]|\[command\]/g, (w) => h.usage[w] ?? w),
    styleSubcommandTerm: (term: string) => term.replace(/\[options\]/g, (w) => h.usage[w] ?? w),
  };
}

const collect = (value: string, previous: string[] | undefined) => [...previous ?? [], value];

/** --as-of, else today's date where chibo runs. */
function asOfDate(flag: string | undefined, lang: Lang): string {
  if (flag === undefined) return localDay();
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

function wholeNumber(option: string, min: number, lang: Lang) {
  return (value: string) => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || n < min) throw new InvalidArgumentError(M.badNumber[lang](option, value, String(min)));
    return n;
  };
}

export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode = 0;
  const lang0 = await helpLanguage(argv, io);
  const h = HELP[lang0];
  const ph = h.placeholders;
  const program = new Command('chibo')
    .description(h.program)
    .version(toolVersion(), '-v, --version', h.version)
    .helpOption('-h, --help', h.help)
    .helpCommand(`help [${h.command}]`, h.helpCommand)
    .option('--lang <vi|en>', h.lang)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(visible(s)),
      outputError: (s, write) => write(commanderError(s, lang0)),
    })
    .configureHelp(helpIn(lang0))
    .showHelpAfterError(lang0 === 'vi' ? '(xem hướng dẫn: chibo --help)' : '(see: chibo --help)')
    .addHelpText('after', h.examples);

  /**
   * Writes what `content` gives (for the folder it goes to) to a new file, never over one that
   * exists, or to stdout when no file is named.
   */
  function writeNew(file: string | undefined, lang: Lang, content: (folder: string) => string): void {
    if (file === undefined) {
      io.stdout.write(content(io.cwd));
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
      writeFileSync(target, content(folder), { flag: 'wx' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      return refuse(code === 'EEXIST' ? M.fileExists[lang](file) : M.initFailed[lang](file, code));
    }
    say(io, M.written[lang](file));
  }

  /** Options every batch command shares; the config file fills what the command line leaves. */
  const batchCommand = (name: string, description: string) =>
    program
      .command(name)
      .description(description)
      .argument(`[${h.paths}...]`, h.pathsHelp)
      .option(`--rubric ${ph.rubric}`, h.rubric)
      .option('--lang <vi|en>', h.lang)
      .option('--no-color', h.noColor)
      .option(`--as-of ${ph.date}`, h.asOf)
      .option(`--max-file-size ${ph.bytes}`, h.maxFileSize(DEFAULT_LIMITS.maxBytes), wholeNumber('--max-file-size', 1, lang0))
      .option(`--max-depth ${ph.n}`, h.maxDepth(DEFAULT_LIMITS.maxDepth), wholeNumber('--max-depth', 1, lang0))
      .option(`--max-aliases ${ph.n}`, h.maxAliases(DEFAULT_LIMITS.maxAliases), wholeNumber('--max-aliases', 0, lang0))
      .option(`--max-items ${ph.n}`, h.maxItems(DEFAULT_LIMITS.maxItems), wholeNumber('--max-items', 1, lang0));
  const lang = (o: { lang?: string }) => o.lang ?? langFlag(argv);

  const sayConfigError = (e: ConfigError, language: Lang) => {
    const where = displayPath(e.file, io.cwd) + (e.line === undefined ? '' : `:${e.line}:${e.column}`);
    say(io, `${where}  ${e.message[language]}`);
  };

  /** The default rubrics by date, as the configuration says; undefined (exit 2, said on stderr) when they cannot be used. */
  function datedRubrics(loaded: LoadedConfig, language: Lang, load: RubricLoader = createRubricLoader()): DatedRubric[] | undefined {
    const place = loaded.file !== undefined && loaded.locate ? { file: loaded.file, locate: loaded.locate } : undefined;
    const found = rubricsByDate(loaded.config, place, load);
    if ('error' in found) return void sayConfigError(found.error, language);
    if ('rubricError' in found) return void say(io, ...rubricErrorLines(found.rubricError, language, io.cwd));
    return found.rubrics;
  }

  /** The configuration, or undefined (exit 2, said on stderr) when it is wrong. */
  async function configOf(flag: string | undefined): Promise<LoadedConfig | undefined> {
    const loaded = await loadConfig(io.cwd);
    if (!('error' in loaded)) return loaded;
    sayConfigError(loaded.error, languageOf(flag, io.env));
    return undefined;
  }

  /** Reads the config and merges it under the command line; undefined (exit 2) when it is wrong. */
  async function batchOptions(o: Record<string, any>): Promise<(BatchOptions & { config: Config }) | undefined> {
    const loaded = await configOf(lang(o));
    if (!loaded) return undefined;
    const { config } = loaded;
    const language = languageOf(lang(o), io.env, config.lang);
    // With --rubric, the defaults are not used (nor loaded).
    const defaultRubrics = o.rubric === undefined ? datedRubrics(loaded, language) : [];
    if (!defaultRubrics) return undefined;
    return {
      config,
      rubric: o.rubric,
      defaultRubrics,
      lang: language,
      asOf: asOfDate(o.asOf, language),
      limits: {
        maxBytes: o.maxFileSize ?? config['max-file-size'] ?? DEFAULT_LIMITS.maxBytes,
        maxDepth: o.maxDepth ?? config['max-depth'] ?? DEFAULT_LIMITS.maxDepth,
        maxAliases: o.maxAliases ?? config['max-aliases'] ?? DEFAULT_LIMITS.maxAliases,
        maxItems: o.maxItems ?? config['max-items'] ?? DEFAULT_LIMITS.maxItems,
      },
      severities: { ...DEFAULT_SEVERITIES, ...config.rules },
      ignored: loaded.ignored,
    };
  }

  batchCommand('check', h.check)
    .option(`--format ${ph.format}`, h.format(FORMATS.join(', ')), collect)
    .option(`--output ${ph.file}`, h.output, collect)
    .option(`--max-warnings ${ph.n}`, h.maxWarnings, wholeNumber('--max-warnings', -1, lang0))
    .option('--quiet', h.quiet)
    .action(async (paths: string[], o) => {
      const batch = await batchOptions(o);
      if (!batch) return void (exitCode = 2);
      exitCode = await runCheck(paths, {
        ...batch,
        reports: pairReports(o.format ?? [], o.output ?? [], batch.lang),
        maxWarnings: o.maxWarnings ?? batch.config['max-warnings'] ?? -1,
        quiet: o.quiet === true,
        color: o.color === false ? false : undefined,
      }, io);
    });

  batchCommand('summary', h.summary)
    .option(`--format ${ph.format}`, h.summaryFormat(SUMMARY_FORMATS.join(', ')))
    .option(`--output ${ph.file}`, h.summaryOutput)
    .action(async (paths: string[], o) => {
      const batch = await batchOptions(o);
      if (!batch) return void (exitCode = 2);
      const format: string = o.format ?? 'pretty';
      if (!(SUMMARY_FORMATS as readonly string[]).includes(format)) throw new UsageError(M.badFormat[batch.lang](format, SUMMARY_FORMATS.join(', ')));
      exitCode = await runSummary(paths, { ...batch, format: format as SummaryFormat, output: o.output, color: o.color === false ? false : undefined }, io);
    });

  batchCommand('report', h.report)
    .option(`--output ${ph.file}`, h.reportOutput)
    .action(async (paths: string[], o) => {
      const batch = await batchOptions(o);
      if (!batch) return void (exitCode = 2);
      exitCode = await runReport(paths, { ...batch, output: o.output }, io);
    });

  /** The rubric the configuration (or the bundled default) puts in force on `day`, loaded; undefined (exit 2, said) when it cannot be. */
  async function rubricInForce(day: string, flag: string | undefined, load: RubricLoader) {
    const loaded = await configOf(flag);
    if (!loaded) return undefined;
    const language = languageOf(flag, io.env, loaded.config.lang);
    const dated = datedRubrics(loaded, language, load);
    if (!dated) return undefined;
    const ref = chooseByDate(dated, day)!.ref;
    const rubric = load(ref, io.cwd);
    if ('error' in rubric) return void say(io, ...rubricErrorLines(rubric.error, language, io.cwd));
    return { ref, rubric: rubric.rubric };
  }

  program
    .command('init')
    .description(h.init)
    .argument(`[${h.file}]`, h.fileHelp)
    .option(`--as-of ${ph.date}`, h.initAsOf)
    .option('--lang <vi|en>', h.lang)
    .action(async (file: string | undefined, o) => {
      const lang = languageOf(o.lang ?? langFlag(argv), io.env);
      const date = asOfDate(o.asOf, lang);
      const inForce = await rubricInForce(date, o.lang ?? langFlag(argv), createRubricLoader());
      if (!inForce) return void (exitCode = 2);
      const { recordTemplate } = await import('../report/template.js');
      // The record names the rubric as the user would: a bundled id, or its path from the record's folder.
      const made = (folder: string) => {
        const rubricRef = path.isAbsolute(inForce.ref) ? path.relative(folder, inForce.ref).split(path.sep).join('/') : inForce.ref;
        return recordTemplate(folder, { date, rubricRef, rubric: inForce.rubric });
      };
      writeNew(file, lang, made);
    });

  program
    .command('form')
    .description(h.form)
    .argument(`[${h.file}]`, h.fileHelp)
    .option('--lang <vi|en>', h.lang)
    .action((file: string | undefined, o) => {
      writeNew(file, languageOf(o.lang ?? langFlag(argv), io.env), () => readFileSync(packageFile('dist/form.html'), 'utf8'));
    });

  program
    .command('rubric')
    .description(h.rubricCommand)
    .argument(`[${h.rubricArg}]`, h.rubricArgHelp)
    .option('--list', h.list)
    .option('--lang <vi|en>', h.lang)
    .action(async (given: string | undefined, o) => {
      const lang = languageOf(o.lang ?? langFlag(argv), io.env);
      const { rubricList, rubricTable } = await import('../report/rubric-table.js');
      const load = createRubricLoader();
      if (given === undefined && !o.list) {
        const inForce = await rubricInForce(asOfDate(undefined, lang), o.lang ?? langFlag(argv), load);
        if (!inForce) return void (exitCode = 2);
        io.stdout.write(visible(rubricTable(inForce.rubric, lang)));
        return;
      }
      const ref = given ?? '';
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
    .description(h.schema)
    .argument(`[${h.which}]`, h.whichHelp)
    .option('--lang <vi|en>', h.lang)
    .action(async (given: string | undefined) => {
      const which = given ?? 'record';
      const { JSON_SCHEMAS } = await import('../validate/json-schema.js');
      if (!(which in JSON_SCHEMAS)) throw new UsageError(M.badSchema[lang0](which));
      io.stdout.write(`${JSON.stringify(JSON_SCHEMAS[which as keyof typeof JSON_SCHEMAS](), null, 2)}\n`);
    });

  try {
    // commander answers `help <unknown>` with the general help and exit 0; it is a mistake.
    const [first, second] = argv.filter((a, i) => !a.startsWith('-') && argv[i - 1] !== '--lang');
    if (first === 'help' && second !== undefined && !program.commands.some((c) => c.name() === second)) {
      program.error(`error: unknown command '${second}'`, { code: 'commander.unknownCommand', exitCode: 2 });
    }
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
    const place = e instanceof InternalFault ? e.place : {};
    const where = M.internalWhere[lang0](place.file ?? '', place.rule ?? '', place.format ?? '');
    say(io, M.internal[lang0](e instanceof Error ? e.message : String(e), where));
    if (io.env.CHIBO_DEBUG) io.stderr.write(`${visible(e instanceof Error ? e.stack ?? e.message : String(e))}\n`);
    else say(io, M.internalHint[lang0]());
    return 2;
  }
}
