// The record format: what is valid, and where schema problems point.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { recordSchema } from '../src/validate/record-schema.js';
import { parseRating } from '../src/validate/text.js';
import { validate } from '../src/validate/validate.js';
import { checkText, checkVariant, goodRecord, problemOf, rulesOf } from './helpers.js';

const valid = (change: (r: Record<string, any>) => void) => {
  const r = goodRecord();
  change(r);
  return validate(recordSchema, r);
};

describe('record schema', () => {
  it('accepts the example of record-format.md', () => {
    expect(valid(() => {}).ok).toBe(true);
  });
  it('reports a misspelt key at the line of the misspelling', () => {
    const text = stringify(goodRecord()).replace('chair:', 'chiar:');
    const line = text.split('\n').findIndex((l) => l.startsWith('chiar:')) + 1;
    const result = checkText(text);
    const unknown = result.problems.find((p) => p.message.includes('"chiar"'))!;
    expect(unknown).toMatchObject({ rule: 'schema', line, column: 1, path: 'chiar' });
    const missing = result.problems.find((p) => p.message.includes('"chair"'))!;
    expect(missing).toMatchObject({ line: 1, column: 1 });
  });
  it('ignores x- keys at any level', () => {
    expect(valid((r) => { r['x-note'] = 1; r.members['x-source'] = 'sổ'; }).ok).toBe(true);
  });
  it('takes 20.0 as 20, refuses "20" and 20.5 for integers', () => {
    expect(valid((r) => { r.members.total = 25.0; }).ok).toBe(true);
    expect(valid((r) => { r.members.total = '25'; }).ok).toBe(false);
    expect(valid((r) => { r.members.total = 25.5; }).ok).toBe(false);
  });
  it('refuses dates and times that do not exist', () => {
    expect(valid((r) => { r.date = '2024-02-30'; }).ok).toBe(false);
    expect(valid((r) => { r.date = '2024-02-29'; }).ok).toBe(true);
    expect(valid((r) => { r.time.start = '25:61'; }).ok).toBe(false);
  });
  it('refuses another format version, NaN and infinity', () => {
    expect(valid((r) => { r.format = 'chibo/v2'; }).ok).toBe(false);
    expect(valid((r) => { r.previous_resolution.achieved_percent = NaN; }).ok).toBe(false);
    expect(valid((r) => { r.members.present = Infinity; }).ok).toBe(false);
  });
  it('refuses exempt members not fewer than the total', () => {
    expect(valid((r) => { r.members.exempt = 25; }).ok).toBe(false);
  });
  it('refuses a blank cell but lets a blank chair through to minutes-incomplete', () => {
    expect(valid((r) => { r.cell = '  '; }).ok).toBe(false);
    const result = checkVariant((r) => { r.chair = ''; });
    expect(rulesOf(result)).toContain('minutes-incomplete');
    expect(rulesOf(result)).not.toContain('schema');
  });
  it('points a wrong type at the value', () => {
    const text = 'cell: X\nkind: monthly\n';
    expect(problemOf(checkText(text), 'schema')).toBeDefined();
    expect(checkText(text).problems.find((p) => p.path === 'kind')).toMatchObject({ line: 2, column: 7 });
  });
});

describe('ratings', () => {
  it.each([
    ['Tốt', 'tot'], ['TỐT', 'tot'], ['tot', 'tot'], ['good', 'tot'], ['Tốt'.normalize('NFD'), 'tot'],
    ['Khá', 'kha'], ['fair', 'kha'], ['Trung bình', 'trung_binh'], ['trung_binh', 'trung_binh'],
    ['TRUNG BINH', 'trung_binh'], ['average', 'trung_binh'], ['Kém', 'kem'], ['poor', 'kem'],
  ])('%s is %s', (text, id) => {
    expect(parseRating(text)).toBe(id);
  });
  it('anything else is a schema error at the value', () => {
    const result = checkVariant((r) => { r.assessment.rating = 'Xuất sắc'; });
    expect(problemOf(result, 'schema')!.path).toBe('assessment.rating');
  });
});
