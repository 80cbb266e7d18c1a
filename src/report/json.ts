// --format json: the JSON report, version 1 (cli.md).
import { FACT_IDS, type Facts } from '../core/facts.js';
import type { Lang } from '../core/lang.js';
import type { RecordResult } from '../score/result.js';
import { inLang } from '../rubric/rubric.js';
import { ruleDocsPath, type Formatter } from './report.js';
import { jsonEscapeHidden } from './untrusted.js';

const RATES = new Set(['attendance_rate', 'speaker_rate']);

/** Facts for display: rates rounded to three decimals, every fact present (null when unknown). */
export function displayFacts(facts: Facts): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const id of FACT_IDS) {
    const v = facts[id];
    shown[id] = RATES.has(id) && typeof v === 'number' ? Math.round(v * 1000) / 1000 : v;
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
    problems: r.problems.map((p) => ({
      rule: p.rule, severity: p.severity, path: p.path, line: p.line, column: p.column,
      endLine: p.endLine, endColumn: p.endColumn, message: p.message, docs: ruleDocsPath(p.rule),
    })),
  };
}

/** Indents a JSON text by `depth` levels of two spaces (after its first line). */
const indent = (text: string, depth: number) => text.replace(/\n/g, `\n${'  '.repeat(depth)}`);

/**
 * The report, written record by record: the text of JSON.stringify(report, null, 2), with hidden
 * characters in record text written as escapes.
 */
const json: Formatter = function* (report, { lang, toolVersion }) {
  yield `{\n  "version": 1,\n  "tool": ${indent(JSON.stringify({ name: 'chibo', version: toolVersion }, null, 2), 1)},\n  "results": [`;
  let first = true;
  for (const r of report.results()) {
    // Nested two deep, JSON.stringify indents the record as it stands in the report: the same
    // text as indent(…, 2), without a pass over it.
    const nested = JSON.stringify([[recordJson(r, lang)]], null, 2);
    yield `${first ? '' : ','}\n    ${jsonEscapeHidden(nested.slice('[\n  [\n    '.length, -'\n  ]\n]'.length))}`;
    first = false;
  }
  yield `${first ? '' : '\n  '}],\n  "summary": ${indent(JSON.stringify(report.summary, null, 2), 1)}\n}\n`;
};

export default json;
