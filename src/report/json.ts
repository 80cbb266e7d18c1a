// --format json: the JSON report, version 1 (cli.md).
import { FACT_IDS, type Facts } from '../facts/catalogue.js';
import { ruleDocsPath } from './docs.js';
import type { Formatter } from './report.js';

const RATES = new Set(['attendance_rate', 'speaker_rate']);

/** Facts for display: rates rounded to three decimals, every fact present (null when unknown). */
export function displayFacts(facts: Facts): Record<string, unknown> {
  return Object.fromEntries(
    FACT_IDS.map((id) => {
      const v = facts[id];
      return [id, RATES.has(id) && typeof v === 'number' ? Math.round(v * 1000) / 1000 : v];
    }),
  );
}

const json: Formatter = (report, { toolVersion }) => {
  const out = {
    version: 1,
    tool: { name: 'chibo', version: toolVersion },
    results: report.results.map((r) => ({
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
        criteria: r.score.criteria.map((c) => ({ id: c.id, name: c.name, max: c.max, ceiling: c.ceiling, claimed: c.claimed, score: c.score })),
      },
      claimed: r.claimed,
      problems: r.problems.map((p) => ({
        rule: p.rule, severity: p.severity, path: p.path, line: p.line, column: p.column,
        endLine: p.endLine, endColumn: p.endColumn, message: p.message, docs: ruleDocsPath(p.rule),
      })),
    })),
    summary: report.summary,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};

export default json;
