// The fast path of record validation (src/validate/record-fast.ts) against the zod schema it
// stands for: whatever it accepts, the schema accepts, with the very same value (keys in the same
// order); what the schema rejects, it declines. And it takes every valid record we have, so that
// a run of valid records never loads zod.
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkRecord } from '../src/check.js';
import { readValidRecord } from '../src/validate/record-fast.js';
import { recordSchema } from '../src/validate/record-schema.js';
import * as schemaModule from '../src/validate/schemas.js';
import { stripExtensions } from '../src/validate/validate.js';
import { provideSchemas } from '../src/validate/zod-schemas.js';
import { env, EXAMPLES, goodRecord, paths, ROOT, setAt } from './helpers.js';

/** Every key of a value, depth first, in order: equal values with keys in another order differ here. */
function keyOrder(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => [key, ...keyOrder(item).map((k) => `${key}.${k}`)]);
}

/** Holds the fast path, on a value as written, to the schema on it without its `x-` keys; says whether the fast path took it. */
function agree(data: unknown): boolean {
  const fast = readValidRecord(data);
  const slow = recordSchema.safeParse(stripExtensions(data));
  if (fast === undefined) return false;
  expect(slow.success, 'the fast path accepted what the schema rejects').toBe(true);
  expect(fast).toStrictEqual(slow.data);
  expect(keyOrder(fast)).toEqual(keyOrder(slow.data));
  return true;
}

/** Every YAML file under a folder. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return yamlFiles(file);
    return /\.ya?ml$/.test(name) ? [file] : [];
  });
}

/** The data of a YAML file as the checker reads it, or undefined when it is not one document of YAML 1.2. */
function dataOf(file: string): unknown {
  try {
    return parseYaml(readFileSync(file, 'utf8'), { version: '1.2', merge: true, maxAliasCount: 100, logLevel: 'silent' });
  } catch {
    return undefined;
  }
}

describe('the fast path and the schema agree', () => {
  const files = [...yamlFiles(EXAMPLES), ...yamlFiles(path.join(ROOT, 'test', 'fixtures'))];

  it('on every example and fixture, and the fast path takes every valid example', () => {
    let valid = 0;
    for (const file of files) {
      const data = dataOf(file);
      if (data === null || typeof data !== 'object' || Array.isArray(data)) continue;
      const took = agree(data);
      if (file.startsWith(EXAMPLES) && recordSchema.safeParse(stripExtensions(data)).success) {
        expect(took, `${file}: valid, but the fast path declined it`).toBe(true);
        valid++;
      }
    }
    expect(valid).toBeGreaterThan(40);
  });

  // Values that are valid at some place of a record, or nearly: spellings of the choices, dates and
  // times right and wrong, counts at their bounds and past them, and other kinds of value.
  const nearValues = fc.constantFrom<unknown>(
    'thường kỳ', 'THUONG KY', 'chuyên đề', 'combined', 'thuong  ky', 'regular ', 'Tốt', 'tot', 'KHA', 'trung_binh', 'kém', 'good', 'xuất sắc',
    'có', 'Không', 'co', 'yes', 'true', true, false, 'bí thư', 'Phó Bí Thư', 'committee_member', 'cấp ủy cấp trên', 'can_bo_cap_tren',
    'sự nghiệp', 'xa_phuong', 'thôn', 'khai mạc', 'thảo luận', 'current_affairs', 'praise', 'Praise', 'reminder',
    '2024-03-15', '2024-02-30', '2024-3-5', '2024-03', '2024-13', '14:00', '7:30', '24:00', '14:00:00', 'chibo/v1', 'chibo/v2',
    '', ' ', '  x ', 'Nguyễn Văn A', null, 0, -0, 1, 2, 3, 7, 25, 100, 101, -1, 1.5, 2 ** 53, Number.MAX_VALUE,
    [], ['Nguyễn Văn A'], [{ name: 'Nguyễn Văn B', reason: 'ốm' }], [{ name: 'Lê C', role: 'cấp ủy cấp trên' }],
    { name: 'Lê C', role: 'khác' }, { name: 'Lê C' }, { '1': 20, '3.3': 4 }, { '1': '20' }, {}, { 'x-note': 1 }, { extra: 1 },
  );
  const anyValue = fc.oneof(fc.anything({ maxDepth: 2 }), fc.string(), fc.double(), fc.integer());
  const base = goodRecord();
  const RECORD_PATHS = paths(base).filter((p) => p.length > 0);
  // Paths the record may have but the good example leaves out, and keys no record has.
  const EXTRA_PATHS: (string | number)[][] = [
    ['format'], ['rubric'], ['organization'], ['cell_type'], ['cell_has_committee'], ['period'], ['place'], ['notes'], ['unknown'], ['x-own'],
    ['members', 'exempt'], ['members', 'official'], ['members', 'probationary'], ['members', 'probationary_present'],
    ['members', 'absent_unexcused'], ['members', 'absent_excused', 0, 'reason'], ['members', 'other'],
    ['guests', 0], ['guests', 1], ['preparation', 'prepared_by'], ['preparation', 'documents_posted_days_before'], ['preparation', 'other'],
    ['agenda', 0, 'speakers'], ['agenda', 0, 'conclusion'], ['agenda', 1, 'title'], ['agenda', 0, 'x-own'],
    ['commendations'], ['commendations', 0], ['tasks'], ['tasks', 0, 'due'], ['previous_resolution', 'achieved_percent'],
    ['followup', 'resolution_posted_days_after'], ['thematic'], ['thematic', 'topic'], ['assessment', 'scores', '3.3'],
    ['review'], ['review', 'by'], ['review', 'date'], ['review', 'rating'], ['review', 'scores'], ['vote', 'abstain'], ['minutes_approval'],
    ['time', 'end'], ['time', 'start'], ['cell'], ['chair'], ['conclusion'], ['kind'], ['date'], ['agenda'],
    // The user's own keys, which both paths pass over, at every level.
    ['members', 'x-own'], ['time', 'x-own'], ['assessment', 'x-own'], ['assessment', 'scores', 'x-own'], ['members', 'absent_excused', 0, 'x-own'],
    ['review', 'scores', 'x-1'], ['guests', 1, 'x-own'], ['preparation', 'x-own'], ['x-'],
  ];
  const edit = fc.tuple(
    fc.constantFrom(...RECORD_PATHS, ...EXTRA_PATHS),
    fc.oneof({ weight: 5, arbitrary: nearValues }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: anyValue }),
  );

  it('on records mutated one to five places at a time', () => {
    let took = 0;
    let declined = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        const record = structuredClone(base);
        // A copy: a later edit may reach into the value, which other runs share.
        for (const [at, value] of edits) setAt(record, at, structuredClone(value));
        if (agree(record)) took++;
        else declined++;
      }),
      { numRuns: 12_000 },
    );
    // Both paths are exercised, each well (most edits make the record invalid).
    expect(took).toBeGreaterThan(600);
    expect(declined).toBeGreaterThan(600);
  });

  it('on records built of a whole review, guests, tasks and commendations', () => {
    fc.assert(
      fc.property(
        fc.record({
          guests: fc.array(fc.oneof(fc.string(), fc.record({ name: fc.string(), role: nearValues }))),
          review: fc.record({ by: fc.string(), date: nearValues, rating: nearValues, scores: fc.dictionary(fc.string(), fc.oneof(fc.double(), nearValues)) }, { requiredKeys: [] }),
          tasks: fc.array(fc.record({ task: fc.string(), assignee: fc.string(), due: nearValues }, { requiredKeys: ['task'] })),
          commendations: fc.array(fc.record({ name: fc.string(), kind: nearValues, note: fc.string() }, { requiredKeys: ['name', 'kind'] })),
          members: fc.record({ total: nearValues, present: nearValues, exempt: nearValues, official: nearValues, probationary: nearValues, probationary_present: nearValues }, { requiredKeys: ['total', 'present'] }),
        }, { requiredKeys: [] }),
        (parts) => {
          agree({ ...structuredClone(base), ...parts });
        },
      ),
      { numRuns: 3_000 },
    );
  });
});

describe('zod is loaded only for what the fast path declines', () => {
  it('not for a valid record; for an invalid one, whose report is then the schema\'s', () => {
    let loads = 0;
    provideSchemas(() => {
      loads++;
      return schemaModule;
    });
    try {
      const good = checkRecord('regular-good.yaml', EXAMPLES, readFileSync(path.join(EXAMPLES, 'regular-good.yaml')), env());
      expect(good.problems).toEqual([]);
      expect(loads).toBe(0);
      const broken = checkRecord('broken.yaml', EXAMPLES, readFileSync(path.join(EXAMPLES, 'broken.yaml')), env());
      expect(broken.problems.some((p) => p.rule === 'schema')).toBe(true);
      expect(loads).toBe(1);
    } finally {
      provideSchemas(() => schemaModule);
    }
  });
});
