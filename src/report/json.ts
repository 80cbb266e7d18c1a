// --format json: the JSON report, version 1 (cli.md).
import { FACT_IDS, type FactId, type Facts } from '../core/facts.js';
import type { Score } from '../score/score.js';
import type { Lang } from '../core/lang.js';
import { byPlace, type ListedProblem } from '../core/problem.js';
import type { RecordResult } from '../score/result.js';
import { inLang } from '../rubric/rubric.js';
import { ruleDocsPath, type Formatter, type Piece } from './report.js';
import { jsonEscapeHidden } from './untrusted.js';

// A record's text in the report is written here as JSON.stringify writes the report with an
// indent of two spaces (the record nested two deep, in "results"), with hidden characters in
// record text escaped (`jsonEscapeHidden`), but straight from the result: the record has the
// same shape every time, so each key is written with its indent as one constant, and only the
// values are turned into JSON: less than half the work of JSON.stringify asked for the same text
// (test/speed-paths.test.ts holds the two to the same bytes).

/**
 * A value as JSON.stringify writes it on its own (string, finite number, true, false or null), a
 * string with its hidden characters escaped. Only strings can hold them: escaping each string
 * escapes the whole text, without scanning the keys and indents that are most of it.
 */
function scalar(value: string | number | boolean | null): string {
  if (typeof value === 'string') return jsonEscapeHidden(JSON.stringify(value));
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return String(value);
}

/** Texts the report repeats from record to record (criterion names, rule ids) are made into JSON once. */
const repeated = new Map<string, string>();
function quoted(text: string): string {
  let json = repeated.get(text);
  if (json === undefined) {
    json = scalar(text);
    if (repeated.size < 4096) repeated.set(text, json);
  }
  return json;
}

/** A small object written by JSON.stringify, indented for its depth in the report (claims, the review). */
const nested = (value: object | null, depth: number): string => (value === null ? 'null' : jsonEscapeHidden(indent(JSON.stringify(value, null, 2), depth)));

/** Each fact's key as the report writes it, after the line break and indent before it. */
const FACT_KEYS = FACT_IDS.map((id) => `\n        ${JSON.stringify(id)}: `);
/** Whether each fact is a rate, shown rounded to three decimals. */
const IS_RATE = FACT_IDS.map((id: FactId) => id === 'attendance_rate' || id === 'speaker_rate');

/** Facts for display: rates rounded to three decimals, every fact present (null when unknown). */
function factsText(facts: Facts): string {
  let text = '{';
  let first = true;
  for (let n = 0; n < FACT_IDS.length; n++) {
    let value = facts[FACT_IDS[n]!];
    // A fact not there at all is left out, as JSON.stringify leaves out what is undefined.
    if (value === undefined) continue;
    if (IS_RATE[n] && typeof value === 'number') value = Math.round(value * 1000) / 1000;
    text += `${first ? '' : ','}${FACT_KEYS[n]}${scalar(value)}`;
    first = false;
  }
  return first ? '{}' : `${text}\n      }`;
}

function scoreText(score: Score, lang: Lang): string {
  let text = `{\n        "total": ${scalar(score.total)},\n        "max": ${scalar(score.max)},\n        "rating": ${scalar(score.rating)},\n        "criteria": [`;
  score.criteria.forEach((c, n) => {
    text += `${n === 0 ? '' : ','}\n          {\n            "id": ${quoted(c.id)},\n            "name": ${quoted(inLang(c.name, lang))},\n            "max": ${scalar(c.max)},\n            "ceiling": ${scalar(c.ceiling)},\n            "claimed": ${scalar(c.claimed)},\n            "score": ${scalar(c.score)}\n          }`;
  });
  return `${text}${score.criteria.length === 0 ? '' : '\n        '}]\n      }`;
}

/** A record's problems, at their depth in the report (the last entry of a record). */
function problemsText(problems: readonly ListedProblem[]): string {
  let text = '[';
  problems.forEach((p, n) => {
    text += `${n === 0 ? '' : ','}\n        {\n          "rule": ${quoted(p.rule)},\n          "severity": ${quoted(p.severity)},\n          "path": ${scalar(p.path)},\n          "line": ${scalar(p.line)},\n          "column": ${scalar(p.column)},\n          "endLine": ${scalar(p.endLine)},\n          "endColumn": ${scalar(p.endColumn)},\n          "message": ${scalar(p.message)},\n          "docs": ${quoted(ruleDocsPath(p.rule))}\n        }`;
  });
  return `${text}${problems.length === 0 ? '' : '\n      '}]`;
}

/** One record's text in the JSON report. */
export function recordText(r: RecordResult, lang: Lang): string {
  return `{\n      "file": ${scalar(r.file)},\n      "cell": ${scalar(r.cell)},\n      "kind": ${scalar(r.kind)},\n      "period": ${scalar(r.period)},\n      "rubric": ${scalar(r.rubric)},\n      "facts": ${r.facts ? factsText(r.facts) : 'null'},\n      "score": ${r.score ? scoreText(r.score, lang) : 'null'},\n      "claimed": ${nested(r.claimed, 3)},\n      "confirmed": ${nested(r.confirmed, 3)}${PROBLEMS}${problemsText(r.problems)}\n    }`;
}

/**
 * A record's text in the JSON report (from `recordText`) with more problems, placed and settled
 * (see `placeCross`), among its own in report order: the text `recordText` gives for the
 * record with all of them.
 */
export function withMoreProblems(text: string, more: readonly ListedProblem[]): string {
  // The problems are the record's last entry, and the only one at its indent that starts with
  // `"problems": ` (a string in JSON holds no line break): only they are read and written again,
  // as `recordText` writes them.
  const at = text.lastIndexOf(PROBLEMS);
  const problems = [...(JSON.parse(text.slice(at + PROBLEMS.length, -'\n    }'.length)) as ListedProblem[]), ...more].sort(byPlace);
  return `${text.slice(0, at)}${PROBLEMS}${problemsText(problems)}\n    }`;
}

/** Where a record's problems start in its text (see `recordText`). */
const PROBLEMS = ',\n      "problems": ';

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
