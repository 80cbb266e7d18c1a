// Per-rule tables of valid and invalid records, in the manner of ESLint's RuleTester: each
// invalid case names every problem the rule must report, with its path, line, column and the
// exact message in Vietnamese and in English, so a wrong place or a broken message fails.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { CheckEnv, RecordResult } from '../src/check.js';
import type { Lang } from '../src/facts/describe.js';
import { RULES } from '../src/rules/index.js';
import { checkText, goodRecord } from './helpers.js';

export type Change = (r: Record<string, any>) => void;

/** A record: YAML text as written, or the clean record after `change`, stringified. */
export interface Case {
  name: string;
  /** The record as YAML text (bytes for undecodable files). */
  text?: string | Uint8Array;
  /** Edits a copy of goodRecord(); the result is written with the yaml package. */
  change?: Change;
  /** Settings other than the language (limits, rubric, ...). */
  env?: Partial<CheckEnv>;
}

export interface ExpectedProblem {
  path: string | null;
  line: number | null;
  column: number | null;
  message: Record<Lang, string>;
  /** Checked when given; rules whose severity varies (agenda-missing) state it. */
  severity?: 'error' | 'warning';
}

export interface InvalidCase extends Case {
  problems: ExpectedProblem[];
}

export interface RuleTable {
  valid: Case[];
  invalid: InvalidCase[];
}

/** The YAML text a case checks: what its lines and columns refer to. */
export function textOf(c: Case): string | Uint8Array {
  if (c.text !== undefined && c.change !== undefined) throw new Error(`case "${c.name}": give text or change, not both`);
  if (c.text !== undefined) return c.text;
  const record = goodRecord();
  c.change?.(record);
  return stringify(record);
}

/** The problems of one rule a case yields in one language, in report order. */
export function problemsOf(ruleId: string, c: Case, lang: Lang): RecordResult['problems'] {
  return checkText(textOf(c), lang, c.env).problems.filter((p) => p.rule === ruleId);
}

const LANGS: readonly Lang[] = ['vi', 'en'];

export const ruleTester = {
  /** One `describe` per rule, one `it` per case, named by the case. */
  run(ruleId: string, table: RuleTable): void {
    describe(ruleId, () => {
      it('is a rule chibo has', () => {
        expect(RULES.map((r) => r.id)).toContain(ruleId);
      });
      for (const c of table.valid) {
        it(`valid: ${c.name}`, () => {
          for (const lang of LANGS) expect(problemsOf(ruleId, c, lang), lang).toEqual([]);
        });
      }
      for (const c of table.invalid) {
        it(`invalid: ${c.name}`, () => {
          expect(c.problems.length, 'an invalid case names at least one problem').toBeGreaterThan(0);
          for (const lang of LANGS) {
            const actual = problemsOf(ruleId, c, lang).map((p) => ({
              path: p.path, line: p.line, column: p.column, message: p.message,
              ...(c.problems.some((e) => e.severity) && { severity: p.severity }),
            }));
            const expected = c.problems.map((e) => ({
              path: e.path, line: e.line, column: e.column, message: e.message[lang],
              ...(c.problems.some((x) => x.severity) && { severity: e.severity }),
            }));
            expect(actual, lang).toEqual(expected);
          }
        });
      }
    });
  },
};
