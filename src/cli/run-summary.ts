// `chibo summary` and `chibo report`: a batch seen from the upper level.
import { toolVersion } from '../paths.js';
import { jsonEscapeHidden } from '../report/untrusted.js';
import { summarize, type SummaryItem } from '../score/summary.js';
import { inLang } from '../rubric/rubric.js';
import type { Lang } from '../core/lang.js';
import type { ListedProblem } from '../core/problem.js';
import type { ListedRecord } from '../report/html.js';
import { CLI_MESSAGES as M } from './messages.js';
import type { UnavailableAt } from './packed.js';
import { checkBatch, colorLevel, outputPath, say, writeOutput, type Batch, type BatchOptions, type Io } from './run-check.js';

export const SUMMARY_FORMATS = ['pretty', 'json', 'csv'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** A line on stderr for a record whose rubric cannot be loaded. */
const unavailableLine = (file: string, p: UnavailableAt) => `  ${file}${p.line === null ? '' : `:${p.line}:${p.column}`}  ${p.message}`;

/**
 * What the summary reads of each record, from what a batch kept (`CheckedBatch.summaryItems`, or
 * `reportItems` with the problems of the records that have some, which go to `withProblems`). The
 * summary shows records with errors only by count, so the reason for exit 2 that lies in a record
 * (a rubric it names cannot be loaded) is gathered on the way, for stderr.
 */
function* itemsOf(
  kept: Iterable<{ item: SummaryItem; unavailable: UnavailableAt[]; problems?: ListedProblem[] }>,
  unavailable: string[],
  withProblems: ListedRecord[] = [],
): Generator<SummaryItem> {
  for (const { item, unavailable: at, problems } of kept) {
    for (const p of at) unavailable.push(unavailableLine(item.file, p));
    if (problems) withProblems.push({ file: item.file, problems });
    yield item;
  }
}

function explainUnavailable(batch: Batch, unavailable: string[], io: Io, lang: Lang): void {
  if (batch.checked.rubricUnavailable) say(io, M.rubricUnavailable[lang](), ...unavailable);
}

export async function runSummary(
  paths: string[],
  opts: BatchOptions & { format: SummaryFormat; output?: string; color?: boolean },
  io: Io,
): Promise<number> {
  const output = outputPath(opts.output, io);
  // The records are kept as what the summary reads of them, not as results.
  const batch = await checkBatch(paths, { ...opts, kept: 'summary' }, io, [output]);
  if (!batch) return 2;
  const unavailable: string[] = [];
  const summary = summarize(itemsOf(batch.checked.summaryItems(), unavailable), batch.rubrics, opts.asOf);
  let text: string;
  switch (opts.format) {
    case 'pretty': {
      const { summaryPretty } = await import('../report/summary-pretty.js');
      text = summaryPretty(summary, opts.lang, colorLevel(opts.color, output === undefined && io.stdout.isTTY === true, io.env));
      break;
    }
    case 'json': {
      // Criterion names in the language of the run, as in the JSON report.
      const shortCriteria = summary.shortCriteria.map((c) => ({ ...c, name: inLang(c.name, opts.lang) }));
      text = `${jsonEscapeHidden(JSON.stringify({ version: 1, tool: { name: 'chibo', version: toolVersion() }, ...summary, shortCriteria }, null, 2))}\n`;
      break;
    }
    case 'csv': {
      const { summaryCsv } = await import('../report/summary-csv.js');
      text = summaryCsv(summary, opts.lang);
      break;
    }
  }
  const written = await writeOutput([text], opts.output, io, opts.lang);
  explainUnavailable(batch, unavailable, io, opts.lang);
  return batch.fault || !written ? 2 : 0;
}

export async function runReport(paths: string[], opts: BatchOptions & { output?: string }, io: Io): Promise<number> {
  const output = outputPath(opts.output, io);
  // The records are kept as what the summary reads of them, and as results for the page.
  const batch = await checkBatch(paths, { ...opts, kept: 'report' }, io, [output]);
  if (!batch) return 2;
  const { htmlReport } = await import('../report/html.js');
  // The page lists every problem: only the records that have some are read.
  const withProblems: ListedRecord[] = [];
  const unavailable: string[] = [];
  const summary = summarize(itemsOf(batch.checked.reportItems(), unavailable, withProblems), batch.rubrics, opts.asOf);
  const text = htmlReport(summary, withProblems, batch.checked.summary(), opts.lang, toolVersion(), batch.rubrics.values());
  const written = await writeOutput([text], opts.output, io, opts.lang);
  explainUnavailable(batch, unavailable, io, opts.lang);
  return batch.fault || !written ? 2 : 0;
}
