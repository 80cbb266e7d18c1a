// Property-based tests: random and mutated input never escapes as an exception, scores stay in
// range, and a worse fact never raises a score.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { RecordResult } from '../src/score/result.js';
import type { FactId, Facts } from '../src/core/facts.js';
import { computeFacts } from '../src/facts/facts.js';
import { rubricFromText } from '../src/data-file.js';
import { bundledRubricIds } from '../src/load/rubrics.js';
import { score, type Claims } from '../src/score/score.js';
import { recordSchema } from '../src/validate/record-schema.js';
import { MEETING_KINDS } from '../src/validate/vocabulary.js';
import type { Rubric } from '../src/rubric/rubric.js';
import { validate } from '../src/validate/validate.js';
import { checkText, goodRecord, paths, ROOT, setAt } from './helpers.js';

const RUNS = 10_000;
// A mutated record is mostly scored, which costs several times a record refused by the schema.
const MUTATED_RUNS = 3_000;
const rubrics = bundledRubricIds().map((id) => (rubricFromText(readFileSync(`${ROOT}rubrics/${id}.yaml`), id) as { rubric: Rubric }).rubric);

/** How far a result got: read as YAML, valid as a record, scored. */
const STAGES = ['unread', 'invalid', 'unscored', 'scored'] as const;
type Stage = (typeof STAGES)[number];
const READ_RULES = new Set(['file-unreadable', 'limit-exceeded', 'yaml-syntax']);
function stageOf(result: RecordResult): Stage {
  if (result.score) return 'scored';
  if (result.problems.some((p) => READ_RULES.has(p.rule))) return 'unread';
  if (result.problems.some((p) => p.rule === 'schema')) return 'invalid';
  return 'unscored';
}
/**
 * Counts the stages a property's inputs reach, to assert that each stage it is meant to
 * exercise gets at least `floor` of them (a generator that never gets past the schema tests little).
 */
function stages() {
  const counts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  return {
    see: (r: RecordResult) => (counts[stageOf(r)]++, r),
    expectAtLeast(floors: Partial<Record<Stage, number>>) {
      const total = STAGES.reduce((n, s) => n + counts[s], 0);
      for (const [stage, floor] of Object.entries(floors)) expect(counts[stage as Stage] / total, `${stage} of ${JSON.stringify(counts)}`).toBeGreaterThanOrEqual(floor);
    },
  };
}

function expectSane(result: RecordResult) {
  expect(Array.isArray(result.problems)).toBe(true);
  for (const p of result.problems) expect(typeof p.message).toBe('string');
  if (!result.score) return;
  for (const c of result.score.criteria) {
    expect(c.score).toBeGreaterThanOrEqual(0);
    expect(c.score).toBeLessThanOrEqual(c.max);
  }
  expect(result.score.total).toBeGreaterThanOrEqual(0);
  expect(result.score.total).toBeLessThanOrEqual(result.score.max);
}

const RECORD_PATHS = paths(goodRecord()).filter((p) => p.length > 0);

const anyValue = fc.oneof(
  fc.constant(undefined), fc.integer({ min: -5, max: 200 }), fc.double(), fc.string(), fc.boolean(),
  fc.constantFrom('Tốt', 'kha', 'TRUNG BINH', 'Kém', '14:00', '2024-02-30', 'thematic', 'combined', '', '  '),
  fc.anything({ maxDepth: 2 }),
);
/** The values of the clean record, by path with list indexes left out: `agenda[].type` → every agenda type. */
const CLEAN_VALUES = new Map<string, unknown[]>();
for (const p of RECORD_PATHS) {
  const value = p.reduce((node: any, step) => node?.[step], goodRecord());
  if (value === null || typeof value === 'object') continue;
  const key = p.map((step) => (typeof step === 'number' ? '[]' : step)).join('.');
  CLEAN_VALUES.set(key, [...(CLEAN_VALUES.get(key) ?? []), value]);
}
/** A value that the clean record has at such a path, or a number near it: such edits mostly keep the record valid. */
function likeValue(path: (string | number)[]): fc.Arbitrary<unknown> {
  const values = CLEAN_VALUES.get(path.map((step) => (typeof step === 'number' ? '[]' : step)).join('.'));
  if (!values) return anyValue;
  const first = values[0];
  if (typeof first === 'number') return Number.isInteger(first) ? fc.integer({ min: 0, max: Math.max(3, first * 2) }) : fc.double({ min: 0, max: 1, noNaN: true });
  return fc.constantFrom(...values);
}
const edit = fc
  .constantFrom(...RECORD_PATHS)
  .chain((path) => fc.tuple(fc.constant(path), fc.oneof({ weight: 6, arbitrary: likeValue(path) }, { weight: 1, arbitrary: anyValue })));

describe('no exception escapes, every result is a report', () => {
  // Random bytes and text test the reading and the schema: no record comes out of them.
  it('random bytes', () => {
    const { see, expectAtLeast } = stages();
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => expectSane(see(checkText(bytes)))), { numRuns: RUNS });
    expectAtLeast({ unread: 0.5, invalid: 0.1 });
  });
  it('random text', () => {
    const { see, expectAtLeast } = stages();
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => expectSane(see(checkText(text)))), { numRuns: RUNS });
    expectAtLeast({ invalid: 0.5 });
  });
  it('mutated records, with every bundled rubric', () => {
    const { see, expectAtLeast } = stages();
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), fc.constantFrom(...rubrics.map((r) => r.id)), (edits, rubric) => {
        const record = goodRecord();
        record.rubric = rubric;
        for (const [path, value] of edits) setAt(record, path, value);
        let text: string;
        try {
          text = stringify(record);
        } catch {
          return; // not every random value can be written as YAML
        }
        expectSane(see(checkText(text)));
      }),
      { numRuns: MUTATED_RUNS },
    );
    expectAtLeast({ invalid: 0.2, scored: 0.25 });
  });
  it('records with a character deleted or inserted', () => {
    const { see, expectAtLeast } = stages();
    const text = stringify(goodRecord());
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.string({ maxLength: 3 }), fc.boolean(), (at, insert, remove) => {
        expectSane(see(checkText(remove ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + insert + text.slice(at))));
      }),
      { numRuns: RUNS },
    );
    expectAtLeast({ unread: 0.05, invalid: 0.2, scored: 0.2 });
  });
});

describe('a worse fact never raises a score', () => {
  const base = validate(recordSchema, goodRecord());
  if (!base.ok) throw new Error('the clean record must be valid');
  const full = (rubric: Rubric, kind: (typeof MEETING_KINDS)[number]): Claims => ({
    present: true,
    scores: new Map(rubric.kinds[kind]!.criteria.map((c) => [c.id, c.max])),
  });
  const none: Claims = { present: false, scores: new Map() };
  const worse: [FactId, fc.Arbitrary<[number, number]>][] = [
    ['attendance_rate', fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))],
    ['duration_minutes', fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }))],
    ['speaker_rate', fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))],
    ['previous_resolution.achieved_percent', fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }))],
  ];
  for (const [fact, pair] of worse) {
    it(fact, () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...rubrics), fc.constantFrom(...MEETING_KINDS), pair, fc.boolean(), fc.integer({ min: 0, max: 3 }),
          (rubric, kind, [a, b], claimed, unexcused) => {
            const kindRubric = rubric.kinds[kind];
            if (!kindRubric) return;
            const facts: Facts = { ...computeFacts(base.value, kindRubric.agenda), absent_unexcused: unexcused };
            const [good, bad] = a >= b ? [a, b] : [b, a];
            const claims = claimed ? full(rubric, kind) : none;
            const better = score(kindRubric, rubric.levels, { ...facts, [fact]: good }, claims);
            const worseScore = score(kindRubric, rubric.levels, { ...facts, [fact]: bad }, claims);
            expect(worseScore.total).toBeLessThanOrEqual(better.total);
            for (const c of worseScore.criteria) expect(c.score).toBeLessThanOrEqual(better.criteria.find((x) => x.id === c.id)!.score);
          },
        ),
        { numRuns: RUNS },
      );
    });
  }
});
