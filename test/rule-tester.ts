// Per-rule tables of valid and invalid records, in the manner of ESLint's RuleTester: each
// invalid case names every problem the rule must report, with its path, line, column and the
// exact message in Vietnamese and in English, so a wrong place or a broken message fails.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkAcross, withCrossProblems, type CheckEnv } from '../src/check.js';
import type { Lang } from '../src/core/lang.js';
import type { RecordResult } from '../src/score/result.js';
import { renderProblem, RULES } from '../src/rules/index.js';
import { checkText, env, goodRecord } from './helpers.js';

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

/**
 * Problems found in each language, put into words again in each language from their rule and data,
 * after a trip through JSON (as batches pack them): each must read as if checked in that language.
 */
function expectRerendered(found: (lang: Lang) => readonly { rule: string; message: string; data: unknown }[]): void {
  for (const lang of LANGS) {
    for (const other of LANGS) {
      const again = found(lang).map((p) => renderProblem({ rule: p.rule, data: JSON.parse(JSON.stringify(p.data ?? null)) }, other));
      expect(again, `${lang} rendered in ${other}`).toEqual(found(other).map((p) => p.message));
    }
  }
}

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
          expectRerendered((lang) => problemsOf(ruleId, c, lang));
        });
      }
    });
  },
};

/** A batch for the cross-record rules: one clean record per month with changes, files m<index>.yaml. */
export interface BatchCase {
  name: string;
  /** Each record: the month of its date (its 15th) and a change to the clean record. */
  months: [month: string, change?: Change][];
  /** The date the batch is judged on; 2024-12-31 unless given. */
  asOf?: string;
}

export interface ExpectedCrossProblem extends ExpectedProblem {
  /** The record the problem is reported in. */
  file: string;
}

export interface InvalidBatchCase extends BatchCase {
  problems: ExpectedCrossProblem[];
}

export interface CrossRuleTable {
  valid: BatchCase[];
  invalid: InvalidBatchCase[];
}

/** The texts of a batch's records: different members absent each month unless a change says otherwise. */
export function batchTexts(c: BatchCase): string[] {
  return c.months.map(([month, change], i) => {
    const r = goodRecord();
    r.date = `${month}-15`;
    r.members.absent_excused = [{ name: `Đảng viên ${i}a`, reason: 'Ốm' }, { name: `Đảng viên ${i}b`, reason: 'Ốm' }];
    change?.(r);
    return stringify(r);
  });
}

/** The problems of one cross-record rule in a batch, in one language, record by record. */
export function batchProblemsOf(ruleId: string, c: BatchCase, lang: Lang) {
  const results = batchTexts(c).map((text, i) => ({ ...checkText(text, lang), file: `m${i}.yaml` }));
  const cross = checkAcross(results, lang, c.asOf ?? '2024-12-31');
  return results
    .map((r, i) => withCrossProblems(r, cross.get(i), env(lang)))
    .flatMap((r) => r.problems.filter((p) => p.rule === ruleId).map((p) => ({ file: r.file, ...p })));
}

export const crossRuleTester = {
  /** As `ruleTester.run`, for a rule that looks across the records of a batch. */
  run(ruleId: string, table: CrossRuleTable): void {
    describe(ruleId, () => {
      it('is a cross-record rule chibo has', () => {
        expect(RULES.filter((r) => r.checkAll).map((r) => r.id)).toContain(ruleId);
      });
      for (const c of table.valid) {
        it(`valid: ${c.name}`, () => {
          for (const lang of LANGS) expect(batchProblemsOf(ruleId, c, lang), lang).toEqual([]);
        });
      }
      for (const c of table.invalid) {
        it(`invalid: ${c.name}`, () => {
          expect(c.problems.length, 'an invalid case names at least one problem').toBeGreaterThan(0);
          for (const lang of LANGS) {
            const actual = batchProblemsOf(ruleId, c, lang).map((p) => ({ file: p.file, path: p.path, line: p.line, column: p.column, message: p.message }));
            const expected = c.problems.map((e) => ({ file: e.file, path: e.path, line: e.line, column: e.column, message: e.message[lang] }));
            expect(actual, lang).toEqual(expected);
          }
          expectRerendered((lang) => batchProblemsOf(ruleId, c, lang));
        });
      }
    });
  },
};
