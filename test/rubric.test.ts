// Rubric files: the bundled ones load; one that contradicts itself is refused at the right line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledRubricIds, rubricFromText } from '../src/load/rubrics.js';
import { ROOT } from './helpers.js';

const text = (s: string) => new TextEncoder().encode(s);
const load = (s: string) => rubricFromText(text(s), 'r.yaml');
const mistakes = (s: string) => {
  const r = load(s);
  if (!('error' in r)) throw new Error('expected the rubric to be refused');
  return r.error.mistakes;
};

const BASE = `id: t
title: T
rule: R
kinds: [regular]
minimum_duration:
  regular: { minutes: 90, source: s }
levels:
  - { id: tot, name: Tốt, min: 90, gate: ["1"], source: s }
  - { id: kem, name: Kém, min: 0, source: s }
criteria:
  - id: "1"
    name: A
    max: 10
    source: s
    items:
      - id: "1.1"
        name: a
        max: 5
        source: s
        bands:
          - { when: { fact: attendance_rate, op: ">=", value: 0.9 }, points: 5 }
          - { when: { fact: attendance_rate, op: ">=", value: 0.5 }, points: 3 }
          - { points: 0 }
      - { id: "1.2", name: b, max: 5, source: s, judged: true }
`;

describe('rubric files', () => {
  it('the bundled rubrics load', () => {
    for (const id of bundledRubricIds()) {
      const r = rubricFromText(readFileSync(`${ROOT}rubrics/${id}.yaml`), id);
      expect('rubric' in r, JSON.stringify(r)).toBe(true);
    }
  });
  it('a consistent small rubric loads', () => {
    expect('rubric' in load(BASE)).toBe(true);
  });
  it('refuses items that do not add up to the criterion', () => {
    const m = mistakes(BASE.replace('    max: 10\n', '    max: 12\n'));
    expect(m[0]).toMatchObject({ line: 13 });
    expect(m[0]!.message.en).toContain('add up to 10');
  });
  it('refuses bands out of order', () => {
    const m = mistakes(BASE.replace('value: 0.5 }, points: 3', 'value: 0.95 }, points: 3'));
    expect(m[0]).toMatchObject({ line: 22 });
    expect(m[0]!.message.en).toContain('out of order');
  });
  it('refuses a gate naming a criterion that does not exist', () => {
    const m = mistakes(BASE.replace('gate: ["1"]', 'gate: ["9"]'));
    expect(m[0]).toMatchObject({ line: 8 });
    expect(m[0]!.message.vi).toContain('"9"');
  });
  it('refuses a level with no minimum', () => {
    const m = mistakes(BASE.replace('{ id: kem, name: Kém, min: 0, source: s }', '{ id: kem, name: Kém, source: s }'));
    expect(m[0]).toMatchObject({ line: 9 });
    expect(m[0]!.message.en).toContain('"min"');
  });
  it('refuses unknown keys and unknown facts at their line', () => {
    expect(mistakes(BASE.replace('title: T', 'titel: T'))).toContainEqual(expect.objectContaining({ line: 2, column: 1 }));
    expect(mistakes(BASE.replace('fact: attendance_rate, op: ">=", value: 0.9', 'fact: attendance, op: ">=", value: 0.9'))[0]).toMatchObject({ line: 21 });
  });
  it('refuses a numeric comparison on a yes/no fact', () => {
    const m = mistakes(BASE.replace('fact: attendance_rate, op: ">=", value: 0.9', 'fact: minutes_complete, op: ">=", value: 0.9'));
    expect(m[0]!.message.en).toContain('numeric');
  });
  it('holds no code: a rubric is data, tags are refused', () => {
    expect(mistakes(`${BASE}x: !!js/function "function () {}"\n`)[0]!.message.en).toContain('tag');
  });
});
