// Property-based tests: random and mutated input never escapes as an exception, scores stay in
// range, and a worse fact never raises a score.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import type { RecordResult } from '../src/check.js';
import type { FactId, Facts } from '../src/facts/catalogue.js';
import { computeFacts } from '../src/facts/facts.js';
import { bundledRubricIds, rubricFromText } from '../src/load/rubrics.js';
import { score, type Claims } from '../src/score/score.js';
import { recordSchema, MEETING_KINDS } from '../src/validate/record-schema.js';
import type { Rubric } from '../src/validate/rubric.js';
import { validate } from '../src/validate/validate.js';
import { checkText, goodRecord, ROOT } from './helpers.js';

const RUNS = 10_000;
// 10,000 cases take minutes on a busy 2-core machine: the limit guards against a hang, not speed.
vi.setConfig({ testTimeout: 900_000 });
const rubrics = bundledRubricIds().map((id) => (rubricFromText(readFileSync(`${ROOT}rubrics/${id}.yaml`), id) as { rubric: Rubric }).rubric);

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

/** Every path to a value in the clean record, objects and lists included. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}
const RECORD_PATHS = paths(goodRecord()).filter((p) => p.length > 0);

function setAt(target: any, path: (string | number)[], value: unknown) {
  let node = target;
  for (const step of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = node[step];
  }
  if (node === null || typeof node !== 'object') return;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

const edit = fc.tuple(
  fc.constantFrom(...RECORD_PATHS),
  fc.oneof(
    fc.constant(undefined), fc.integer({ min: -5, max: 200 }), fc.double(), fc.string(), fc.boolean(),
    fc.constantFrom('Tốt', 'kha', 'TRUNG BINH', 'Kém', '14:00', '2024-02-30', 'thematic', 'combined', '', '  '),
    fc.anything({ maxDepth: 2 }),
  ),
);

describe('no exception escapes, every result is a report', () => {
  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => expectSane(checkText(bytes))), { numRuns: RUNS });
  });
  it('random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => expectSane(checkText(text))), { numRuns: RUNS });
  });
  it('mutated records, with every bundled rubric', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.constantFrom(...rubrics.map((r) => r.id)), (edits, rubric) => {
        const record = goodRecord();
        record.rubric = rubric;
        for (const [path, value] of edits) setAt(record, path, value);
        let text: string;
        try {
          text = stringify(record);
        } catch {
          return; // not every random value can be written as YAML
        }
        expectSane(checkText(text));
      }),
      { numRuns: RUNS },
    );
  });
  it('records with a character deleted or inserted', () => {
    const text = stringify(goodRecord());
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.string({ maxLength: 3 }), fc.boolean(), (at, insert, remove) => {
        expectSane(checkText(remove ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + insert + text.slice(at)));
      }),
      { numRuns: RUNS },
    );
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
            const facts: Facts = { ...computeFacts(base.value, kindRubric.agenda.map((x) => x.type)), absent_unexcused: unexcused };
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
