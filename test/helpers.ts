// Shared test helpers: the bundled rubric, a clean record to vary, and one-call checking.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify } from 'yaml';
import { checkRecord, type CheckEnv, type RecordResult } from '../src/check.js';
import type { Lang } from '../src/facts/describe.js';
import { createRubricLoader } from '../src/load/rubrics.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));

/** A plain-data copy of examples/regular-good.yaml: clean, rated Tốt, 97 points. */
export function goodRecord(): Record<string, any> {
  return parseYaml(readFileSync(`${EXAMPLES}regular-good.yaml`, 'utf8'), { version: '1.2' });
}

/** One loader for all tests: rubrics are read once, as in a batch run. */
const loadRubric = createRubricLoader();

export function env(lang: Lang = 'en', extra: Partial<CheckEnv> = {}): CheckEnv {
  return { lang, defaultRubric: 'lai-chau-14', loadRubric, ...extra };
}

/** Checks YAML text as if it were the file `test.yaml` in the examples folder. */
export function checkText(text: string | Uint8Array, lang: Lang = 'en', extra: Partial<CheckEnv> = {}): RecordResult {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return checkRecord('test.yaml', `${EXAMPLES}test.yaml`, bytes, env(lang, extra));
}

/** Checks a record given as data, after `change` edits a clean copy. */
export function checkVariant(change: (r: Record<string, any>) => void, lang: Lang = 'en'): RecordResult {
  const record = goodRecord();
  change(record);
  return checkText(stringify(record), lang);
}

export const rulesOf = (r: RecordResult) => r.problems.map((p) => p.rule);
export const problemOf = (r: RecordResult, rule: string) => r.problems.find((p) => p.rule === rule);
