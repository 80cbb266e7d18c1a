// --format json: the JSON report, version 1 (cli.md).
import { FACT_IDS, NO_FACTS, type FactId, type Facts } from '../core/facts.js';
import type { Lang } from '../core/lang.js';
import { byPlace, type Problem } from '../core/problem.js';
import type { RecordResult } from '../score/result.js';
import { inLang } from '../rubric/rubric.js';
import { ruleDocsPath, type Formatter, type Piece } from './report.js';
import { jsonEscapeHidden } from './untrusted.js';

const RATES: readonly FactId[] = ['attendance_rate', 'speaker_rate'];

/** Facts for display: rates rounded to three decimals, every fact present (null when unknown). */
export function displayFacts(facts: Facts): Record<string, unknown> {
  // A copy of an object with every key, in FACT_IDS order (see NO_FACTS).
  const shown: Record<string, unknown> = { ...NO_FACTS };
  for (const id of FACT_IDS) shown[id] = facts[id];
  for (const id of RATES) {
    const v = facts[id];
    if (typeof v === 'number') shown[id] = Math.round(v * 1000) / 1000;
  }
  return shown;
}

/** One record as the JSON report shows it. */
function recordJson(r: RecordResult, lang: Lang) {
  return {
    file: r.file,
    cell: r.cell,
    kind: r.kind,
    period: r.period,
    rubric: r.rubric,
    facts: r.facts && displayFacts(r.facts),
    score: r.score && {
      total: r.score.total,
      max: r.score.max,
      rating: r.score.rating,
      criteria: r.score.criteria.map((c) => ({ id: c.id, name: inLang(c.name, lang), max: c.max, ceiling: c.ceiling, claimed: c.claimed, score: c.score })),
    },
    claimed: r.claimed,
    confirmed: r.confirmed,
    problems: r.problems.map(problemJson),
  };
}

type RecordJson = ReturnType<typeof recordJson>;

const problemJson = (p: Problem) => ({
  rule: p.rule, severity: p.severity, path: p.path, line: p.line, column: p.column,
  endLine: p.endLine, endColumn: p.endColumn, message: p.message, docs: ruleDocsPath(p.rule),
});

/**
 * A record's text in the report, as JSON.stringify writes it nested two deep (the record as it
 * stands in the report, without a pass to indent it), hidden characters in record text escaped.
 */
function nestedText(record: RecordJson): string {
  const nested = JSON.stringify([[record]], null, 2);
  return jsonEscapeHidden(nested.slice('[\n  [\n    '.length, -'\n  ]\n]'.length));
}

/** One record's text in the JSON report. */
export const recordText = (r: RecordResult, lang: Lang): string => nestedText(recordJson(r, lang));

/**
 * A record's text in the JSON report (from `recordText`) with more problems, placed and settled
 * (see `placeCross`), among its own in report order: the text `recordText` gives for the
 * record with all of them.
 */
export function withMoreProblems(text: string, more: readonly Problem[]): string {
  // The problems are the record's last entry, and the only one at its indent that starts with
  // `"problems": ` (a string in JSON holds no line break): only they are read and written again.
  const at = text.lastIndexOf(PROBLEMS);
  const problems = [...(JSON.parse(text.slice(at + PROBLEMS.length, -'\n    }'.length)) as RecordJson['problems']), ...more.map(problemJson)].sort(byPlace);
  return text.slice(0, at) + jsonEscapeHidden(`${PROBLEMS}${indent(JSON.stringify(problems, null, 2), 3)}\n    }`);
}

/** Where a record's problems start in its text (see `nestedText`). */
const PROBLEMS = '\n      "problems": ';

/** Indents a JSON text by `depth` levels of two spaces (after its first line). */
const indent = (text: string, depth: number) => text.replace(/\n/g, `\n${'  '.repeat(depth)}`);

function* recordTexts(results: Iterable<RecordResult>, lang: Lang): Generator<Piece> {
  for (const r of results) yield recordText(r, lang);
}

/**
 * The report, written record by record: the text of JSON.stringify(report, null, 2), with hidden
 * characters in record text written as escapes. A batch may hand over its records' texts ready.
 */
const json: Formatter = function* (report, { lang, toolVersion }) {
  yield `{\n  "version": 1,\n  "tool": ${indent(JSON.stringify({ name: 'chibo', version: toolVersion }, null, 2), 1)},\n  "results": [`;
  let first = true;
  for (const text of report.jsonTexts?.() ?? recordTexts(report.results(), lang)) {
    yield first ? '\n    ' : ',\n    ';
    yield text;
    first = false;
  }
  yield `${first ? '' : '\n  '}],\n  "summary": ${indent(JSON.stringify(report.summary, null, 2), 1)}\n}\n`;
};

export default json;
