// The fast reader (src/load/fast-yaml.ts) against the yaml package: whenever the fast reader takes a
// text, the yaml package must read it without error, to the same data (keys in the same order), and
// every path must stand at the same line and column; or, for a text with a duplicate key, fail the
// same way. A check only sees a record through its data and those positions (or the failure), so
// equal data and positions give equal problems and reports.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, Schema, stringify, type ScalarTag } from 'yaml';
// @ts-expect-error: a plain ES module script
import { generate } from '../bench/generate.mjs';
import { readFast, type Readable } from '../src/parse/fast-yaml.js';
import { decode, DEFAULT_LIMITS, locate, parse, type Limits } from '../src/parse/source.js';
import type { Path } from '../src/core/path.js';
import { rubricFromText } from '../src/data-file.js';
import { recordTemplate } from '../src/report/template.js';
import { ROOT } from './helpers.js';

/** Every path in the data, plus a missing key or index below each collection. */
function* paths(value: unknown, at: Path = []): Generator<Path> {
  yield at;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* paths(value[i], [...at, i]);
    yield [...at, value.length];
  } else if (value !== null && typeof value === 'object') {
    for (const key of Reflect.ownKeys(value) as string[]) yield* paths((value as Record<string, unknown>)[key], [...at, key]);
    yield [...at, 'missing', 'deeper'];
  }
}

/** The fast reader on a text with no duplicate key: its data and places, or undefined. */
function readPlain(text: string, limits: Limits): Readable | undefined {
  const read = readFast(text, limits);
  if (read && 'rule' in read) throw new Error(`the fast reader failed on ${JSON.stringify(text)}: ${JSON.stringify(read)}`);
  return read;
}

/** Texts the fast reader failed (and the yaml package the same way), so far, by rule. */
const failed: Record<string, number> = { 'yaml-syntax': 0, 'limit-exceeded': 0 };

/** The texts of `count` benchmark records (`bench/generate.mjs`, seeded), in the order of their files. */
function benchTexts(count: number, seed: number): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'chibo-fast-'));
  generate({ count, out: dir, seed });
  const texts = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('.'))
    .sort()
    .map((f) => decode(readFileSync(path.join(dir, f))))
    .flatMap((d) => ('text' in d ? [d.text] : []));
  rmSync(dir, { recursive: true, force: true });
  return texts;
}

/** Keys in order, own `__proto__` keys included. */
const ordered = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(ordered)
  : value !== null && typeof value === 'object'
    ? Reflect.ownKeys(value).map((k) => [k, ordered((value as Record<string, unknown>)[k as string])])
    : value;

/** True when the fast reader took the text (and then agrees with the yaml package). */
function agree(text: string, limits: Limits = DEFAULT_LIMITS): boolean {
  const fast = readFast(text, limits);
  if (!fast) return false;
  const slow = parse(text, limits);
  if ('rule' in fast) {
    if (!isDeepStrictEqual(fast, slow)) throw new Error(`the fast reader failed ${JSON.stringify(fast)}, not ${JSON.stringify(slow)}, on ${JSON.stringify(text)}`);
    failed[fast.rule]!++;
    return true;
  }
  if ('rule' in slow) throw new Error(`the fast reader took a text the yaml package rejects (${slow.rule}): ${JSON.stringify(text)}`);
  if (!isDeepStrictEqual(fast.data, slow.data) || !isDeepStrictEqual(ordered(fast.data), ordered(slow.data))) {
    throw new Error(`different data for ${JSON.stringify(text)}: ${JSON.stringify(fast.data)} vs ${JSON.stringify(slow.data)}`);
  }
  for (const p of paths(slow.data)) {
    for (const at of ['key', 'value'] as const) {
      const a = fast.locate(p, at);
      const b = locate(slow, p, at);
      if (!isDeepStrictEqual(a, b)) {
        throw new Error(`${JSON.stringify(p)} (${at}) at ${JSON.stringify(a)}, not ${JSON.stringify(b)}, in ${JSON.stringify(text)}`);
      }
    }
  }
  return true;
}

// Scalars and keys that YAML 1.2 core reads in surprising ways, or that need quoting.
const TRICKY = [
  '14:00', '2024-05-14', 'null', 'Null', '~', '', ' ', 'true', 'False', 'yes', 'no', 'on', '0x1F', '0o17', '017', '1e3', '1E-2',
  '.5', '-.5', '+1', '-0', '1_000', '0b11', '.inf', '-.Inf', '.nan', '1.10', '3.3', 'Tốt', 'Khá', 'a: b', 'a #b', 'a#b', "it's",
  '"q"', '-', '- x', '-x', '#', '?', ':x', 'x:', '[a]', '{a}', '&a', '*a', '!t', '|', '>', '%', '@', '`', 'a\\b', 'tab\there',
  'line\nbreak', 'nbsp\u00a0x', 'é', '\u2028', '---', '...', 'a  b', ' lead', 'trail ', '<<', '__proto__', 'constructor', 'x y',
];
// Plain scalars of every kind the YAML 1.2 core schema resolves, and near misses of each.
const CORE_SCALARS = [
  '~', 'null', 'Null', 'NULL', 'nULL', 'NUll', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'fAlse', 'yes', 'No', 'on', 'OFF', 'y', 'n',
  '0', '-0', '+0', '00', '007', '+12', '-12', '12', '1_000', '1,000', '0o17', '0o8', '0O17', '-0o17', '0o', '0x1F', '0x1f', '0xG', '0X1F', '-0x1F', '0x',
  '0b101', '9007199254740993', '123456789012345678901234567890', '-123456789012345678901234567890', '0x1FFFFFFFFFFFFFFFF', '0o7777777777777777777777',
  '1.5', '-1.5', '+1.5', '1.', '-1.', '.5', '-.5', '+.5', '.', '-.', '+.', '1.0', '1.50', '0.0', '-0.0', '1e3', '1E3', '1e+3', '1e-3', '-1e3', '1.5e3',
  '.5e3', '1.e3', '1e', 'e3', '1e3.5', '1.5.5', '1..5', '1e1000', '-1e1000', '1e-400', '.inf', '.Inf', '.INF', '+.inf', '-.inf', '-.Inf', '-.INF', '.iNF',
  'inf', 'Infinity', '-Infinity', '.nan', '.NaN', '.NAN', '.nAn', 'NaN', '-.nan', '+.nan', '12:30', '1:20:30', '190:20:30', '2024-05-14', '2024-05-14T10:00:00Z',
  '1 000', '0.1.2', '+', '-1-', '1a', 'a1', '~~', 'nulls', 'truex', 'Tốt', '٣', '１',
];
const KEYS = ['a', 'b', 'cell', 'kind', 'date', 'name', '1', '2', '3.3', '1.0', '01', '0x10', 'null', 'true', '__proto__', 'toString', 'k-', 'x_y'];
const ODD_KEYS = ['~', 'x y', 'ke:y', '<<', '-k', 'Tốt', '', '"', '#k', 'k #'];
const PLAIN = ['Tốt', 'Chi bộ Thôn Bản Bo số 3', 'Đi công tác', '2024-05-14', '14:00', 'regular', 'a-b', 'x.y', '(1)', 'a,b', "it's", 'a=b'];
// Mostly what records hold, with a share of the odd: what the fast reader must decline or get right.
const scalar = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PLAIN) },
  fc.constantFrom(...TRICKY),
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  fc.double({ noDefaultInfinity: false }),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
);
// A core-schema scalar, or one mutated: a character of numbers and other core values put in or cut out.
const coreScalar = fc.oneof(
  fc.constantFrom(...CORE_SCALARS),
  fc.tuple(fc.constantFrom(...CORE_SCALARS), fc.nat({ max: 12 }), fc.nat({ max: 1 }), fc.constantFrom('', '0', '1', '9', '.', '-', '+', 'e', 'E', 'x', 'o', 'F', 'n', '_', ':', '~', ' ', 'a'))
    .map(([s, at, cut, piece]) => (s.slice(0, at) + piece + s.slice(at + cut)).trim())
    .filter((s) => s !== ''),
  fc.stringMatching(/^[-+]?(?:0[ox])?[0-9a-fA-F]{0,4}\.?[0-9]{0,3}(?:[eE][-+]?[0-9]{1,3})?$/).filter((s) => s !== ''),
);
const key = fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...KEYS) }, fc.constantFrom(...ODD_KEYS), fc.string({ maxLength: 6 }));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
}));
const options = fc.record({
  indent: fc.constantFrom(2, 3, 4),
  indentSeq: fc.boolean(),
  collectionStyle: fc.constantFrom('block', 'block', 'block', 'block', 'block', 'any', 'flow') as fc.Arbitrary<'block' | 'any' | 'flow'>,
  defaultStringType: fc.constantFrom('PLAIN', 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE') as fc.Arbitrary<'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE'>,
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE') as fc.Arbitrary<null | 'PLAIN' | 'QUOTE_DOUBLE'>,
  lineWidth: fc.constantFrom(0, 20, 80),
});

// Edits that make plain YAML unusual or wrong: each at a random place in the text.
const PIECES = [
  ' ', '  ', '\n', '\r\n', '\t', '#', ' # c', '\n# c\n', ':', ': ', '-', '- ', '"', "'", '\\', '[', ']', '{', '}', ',', '&a ', '*a', '!x ',
  '|', '>', '%', '---\n', '...\n', '? ', 'null', '~', '0x', '.5', '14:00', '\u00a0', '\uFEFF', '\u2028', 'é', 'x: 1\n', '\n  ', '\n    - ',
];
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat({ max: 3 }), piece: fc.constantFrom(...PIECES, '') });
const applyEdits = (text: string, edits: readonly { at: number; cut: number; piece: string }[]) =>
  edits.reduce((t, e) => {
    const i = Math.floor(e.at * t.length);
    return t.slice(0, i) + e.piece + t.slice(i + e.cut);
  }, text);

const SMALL: Limits = { maxBytes: 1 << 20, maxDepth: 3, maxItems: 3, maxAliases: 1 };
// 10,000 cases in all: 8,000 small documents, 2,000 benchmark records.
const RUNS = 8000;
const RECORD_RUNS = 2000;

describe('the fast reader agrees with the yaml package', () => {
  it('on generated documents, whole and edited', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), options, fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, fc.array(edit, { minLength: 1, maxLength: 3 })), fc.boolean(), (data, opts, edits, small) => {
        const text = applyEdits(stringify(data, opts), edits);
        if (agree(text, small ? SMALL : DEFAULT_LIMITS)) taken++;
      }),
      { numRuns: RUNS },
    );
    // The property would prove little if the fast reader declined everything.
    expect(taken).toBeGreaterThan(RUNS / 10);
  }, 120_000);

  it('on one-line flow collections in block mappings, whole and edited', () => {
    let taken = 0;
    const flowValue = fc.tuple(value, fc.boolean()).map(([v, tight]) => {
      const text = stringify(v, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
      return tight ? text.replace(/([[{]) /g, '$1').replace(/ ([\]}])/g, '$1') : text;
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...KEYS), flowValue), { minLength: 1, maxLength: 5 }), fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, fc.array(edit, { minLength: 1, maxLength: 2 })), fc.boolean(), (entries, edits, small) => {
        const text = applyEdits(entries.map(([k, v], i) => (i % 3 === 2 ? `l${i}:\n  - ${v}\n` : `${k}${i}: ${v}\n`)).join(''), edits);
        if (agree(text, small ? SMALL : DEFAULT_LIMITS)) taken++;
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(500);
  }, 120_000);

  it('with comment lines among the entries, at any indent, in generated documents and benchmark records', () => {
    // A comment line put before line `line` of the text (its last: after the last line), indented
    // by `indent` spaces; the fast reader takes it only where it changes no node's range.
    const comment = fc.record({ line: fc.double({ min: 0, max: 1, noNaN: true }), indent: fc.nat({ max: 8 }), text: fc.constantFrom('#', '# c', '#: x', '# - y', '#  Tốt') });
    const withComments = (text: string, comments: readonly { line: number; indent: number; text: string }[]) => {
      const lines = text.split('\n');
      for (const c of comments) lines.splice(Math.floor(c.line * lines.length), 0, ' '.repeat(c.indent) + c.text);
      return lines.join('\n');
    };
    let taken = 0;
    let declined = 0;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), options, fc.array(comment, { minLength: 1, maxLength: 4 }), fc.boolean(), (data, opts, comments, small) => {
        if (agree(withComments(stringify(data, { ...opts, collectionStyle: 'block' }), comments), small ? SMALL : DEFAULT_LIMITS)) taken++;
        else declined++;
      }),
      { numRuns: 4000 },
    );
    const records = benchTexts(30, 5);
    fc.assert(
      fc.property(fc.nat({ max: records.length - 1 }), fc.array(comment, { minLength: 1, maxLength: 6 }), (i, comments) => {
        if (agree(withComments(records[i]!, comments))) taken++;
        else declined++;
      }),
      { numRuns: 2000 },
    );
    expect(taken).toBeGreaterThan(800);
    expect(declined).toBeGreaterThan(800);
    // The template `chibo init` writes has comment lines of its own, at the margin.
    for (const id of ['lai-chau-14', 'hd42-an-phu']) {
      const compiled = rubricFromText(readFileSync(path.join(ROOT, 'rubrics', `${id}.yaml`)), id);
      if ('error' in compiled) throw new Error(id);
      const template = recordTemplate(ROOT, { date: '2026-03-10', rubricRef: id, rubric: compiled.rubric });
      expect(template).toMatch(/\n# /);
      expect(agree(template), id).toBe(true);
    }
  }, 120_000);

  it('on benchmark records, whole and edited', () => {
    const texts = benchTexts(100, 11);
    let taken = 0;
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(edit, { maxLength: 4 }), (i, edits) => {
        if (agree(applyEdits(texts[i]!, edits))) taken++;
      }),
      { numRuns: RECORD_RUNS },
    );
    expect(taken).toBeGreaterThan(RECORD_RUNS / 5);
  }, 120_000);

  it('on generated documents and benchmark records with a key written twice', () => {
    // A line with a key, copied below another line at the same indent (or right after itself).
    const twice = (text: string, from: number, to: number) => {
      const lines = text.split('\n');
      const keyed = lines.flatMap((l, i) => (/^ *(?:- )?[^ #-][^:]*:( |$)/.test(l) ? [i] : []));
      if (keyed.length === 0) return text;
      const line = lines[keyed[Math.floor(from * keyed.length)]!]!.replace(/^( *)- /, '$1  ');
      const indent = line.length - line.trimStart().length;
      const places = lines.flatMap((l, i) => (l.length - l.trimStart().length === indent && l.trim() !== '' ? [i + 1] : []));
      lines.splice(places[Math.floor(to * places.length)] ?? lines.length, 0, line);
      return lines.join('\n');
    };
    const before = failed['yaml-syntax']!;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), options, fc.double({ min: 0, max: 0.999, noNaN: true }), fc.double({ min: 0, max: 0.999, noNaN: true }), (data, opts, from, to) => {
        agree(twice(stringify(data, { ...opts, collectionStyle: 'block' }), from, to));
      }),
      { numRuns: 2000 },
    );
    const records = benchTexts(40, 7);
    fc.assert(
      fc.property(fc.nat({ max: records.length - 1 }), fc.double({ min: 0, max: 0.999, noNaN: true }), fc.double({ min: 0, max: 0.999, noNaN: true }), (i, from, to) => {
        agree(twice(records[i]!, from, to));
      }),
      { numRuns: 2000 },
    );
    // In one-line flow mappings: keys drawn from a few, so that some recur.
    const flowKey = fc.constantFrom('a', 'b', '1', '1.0', '"a"', "'b'", 'null', '~', '""', 'true');
    fc.assert(
      fc.property(fc.array(fc.tuple(flowKey, fc.constantFrom('1', 'x', '"y"', '[1]', '{c: 2}')), { minLength: 2, maxLength: 5 }), fc.constantFrom('', 'z: 1\n', 'z:\n'), (entries, after) => {
        agree(`f: {${entries.map(([k, v]) => `${k}: ${v}`).join(', ')}}\n${after}`);
      }),
      { numRuns: 1000 },
    );
    expect(failed['yaml-syntax']! - before).toBeGreaterThan(1200);
  }, 120_000);

  it('on generated documents and benchmark records with aliases, over the limit or not', () => {
    // Anchors on the first entries, then aliases in place of values and list items, in block and
    // flow collections: over the limit, the fast reader fails as the yaml package does, at the
    // alias where the package's walk passes the limit.
    const MARK = 'zzalias';
    const { aliased } = fc.letrec((tie) => ({
      aliased: fc.oneof({ depthSize: 'small', withCrossShrink: true }, { weight: 3, arbitrary: fc.constant(MARK) }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('aliased'), { maxLength: 5 }),
      map: fc.dictionary(key, tie('aliased'), { maxKeys: 5 }),
    }));
    const anchored = (text: string, names: readonly string[]) => {
      let n = 0;
      return `a0: &a 1\nb0: &b [1, 2]\n${text.replace(/"zzalias"|'zzalias'|zzalias/g, () => `*${names[n++ % names.length]}`)}`;
    };
    const before = failed['limit-exceeded']!;
    let taken = 0;
    fc.assert(
      fc.property(fc.dictionary(key, aliased, { minKeys: 1, maxKeys: 6 }), options, fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 3 }), fc.boolean(), (data, opts, names, small) => {
        if (agree(anchored(stringify(data, opts), names), small ? SMALL : DEFAULT_LIMITS)) taken++;
      }),
      { numRuns: 3000 },
    );
    const records = benchTexts(40, 9);
    fc.assert(
      fc.property(fc.nat({ max: records.length - 1 }), fc.constantFrom(0, 60, 99, 100, 101, 120), fc.nat({ max: 3 }), (i, listed, nested) => {
        const many = `x-many: [${Array(listed).fill('*a').join(', ')}]\n`;
        const more = Array.from({ length: nested }, (_, k) => `x-more${k}:\n  - *b\n  - {c: *a, d: [1, *b]}\n  - d: *a\n`).join('');
        if (agree(anchored(records[i]! + more + many, ['a']))) taken++;
      }),
      { numRuns: 1000 },
    );
    // An alias inside its own anchor, an anchor named again, an alias in a flow mapping: the same failure.
    const list = (n: number) => `[${Array(n).fill('*x').join(', ')}]`;
    for (const text of [`a: &x ${list(101)}\n`, `a: &x 1\nb: ${list(101)}\nc: &x 2\n`, `a: &x 1\nb: &x ${list(101)}\n`, `a: &x 1\nb: {c: ${list(100)}, d: *x}\n`]) {
      expect(agree(text), text).toBe(true);
      expect(readFast(text, DEFAULT_LIMITS), text).toMatchObject({ rule: 'limit-exceeded', limit: 'maxAliases', value: 101 });
    }
    // Within the limit, aliases are the yaml package's to read: only texts over it, or without aliases, are taken.
    expect(failed['limit-exceeded']! - before).toBeGreaterThan(350);
    expect(taken).toBeGreaterThan(500);
  }, 120_000);

  it('on every example, fixture and hostile file', () => {
    const dirs = ['examples', 'test/fixtures', 'rubrics'].map((d) => path.join(ROOT, d));
    let taken = 0;
    let files = 0;
    for (const dir of dirs) {
      for (const f of readdirSync(dir, { recursive: true }) as string[]) {
        if (!/\.ya?ml$/.test(f)) continue;
        const decoded = decode(readFileSync(path.join(dir, f)));
        if (!('text' in decoded)) continue;
        files++;
        if (agree(decoded.text)) taken++;
        if (agree(decoded.text, SMALL)) taken++;
      }
    }
    expect(files).toBeGreaterThan(40);
    expect(taken).toBeGreaterThan(10);
  });

  it('declines what it does not know', () => {
    for (const text of [
      'a: &x 1\nb: *x\n', 'a: !!str 1\n', '%YAML 1.2\n---\na: 1\n', 'a: [1,\n  2]\n', 'a: [1, ]\n', 'a: {b: }\n', 'a: [b: 1]\n',
      'a: {b:1}\n', 'a: [x #c]\n', 'a: [1, [2]\n', 'a: { b: 1 } x\n', 'a: [&x 1]\n', 'a: {? b}\n', 'a: [1, , 2]\n', 'a: |\n  text\n', 'a:\n\tb: 1\n', 'a: 1\n  # note\nb: 2\n',
      'a: x\n  y\n', '1: a\n"1": b\n', '"": a\n~: b\n', 'a: 1\na: 2\nb: !x 1\n', 'a: *x\n', 'a: &x 1\nb: [*x, *x]\n', 'a: &x\n  b: 1\n',
      'a:\n-\n# c\nb: 1\n', 'a:\n  - x\n  -\n# c\nb: 1\n', 'a:\n  b:\n# c\nd: 1\n', 'a:\n- a:\na:\n  - null\n', 'a:\n  b:\na: 1\n', 'a: 1\na: 2\n\u2003b: 1\n', '- a\n', 'a: 1\n---\nb: 2\n', 'a: "open\n', '', '# only a comment\n', 'a:\u00a0b\n',
    ]) {
      expect(readFast(text, DEFAULT_LIMITS), JSON.stringify(text)).toBeUndefined();
    }
    expect(readFast('a:\n  b:\n    c: 1\n', SMALL)).toBeDefined();
    // Keys of the same value: the yaml package's error, at the second key.
    const duplicate = (line: number, column: number) => ({ rule: 'yaml-syntax', code: 'DUPLICATE_KEY', detail: 'Map keys must be unique', at: { line, column, endLine: line, endColumn: column } });
    expect(readFast('a: 1\na: 2\n', DEFAULT_LIMITS)).toEqual(duplicate(2, 1));
    expect(readFast('x:\n  - b: 1\n    "b": 2\ny: {c: 1, d: 2, c: 3}\n', DEFAULT_LIMITS)).toEqual(duplicate(3, 5));
    expect(readFast('1: a\n1.0: b\n', DEFAULT_LIMITS)).toEqual(duplicate(2, 1));
    expect(readFast('y: {c: 1, d: 2, c: 3}\n', DEFAULT_LIMITS)).toEqual(duplicate(1, 17));
    expect(readFast('a:\n  b:\n    c:\n      d: 1\n', SMALL)).toBeUndefined();
    expect(readPlain('a: [1]\n', DEFAULT_LIMITS)?.data).toEqual({ a: [1] });
    expect(readFast('a: [[[1]]]\n', SMALL)).toBeUndefined();
    expect(readFast('a: [1, 2, 3, 4]\n', SMALL)).toBeUndefined();
    expect(readFast('a:\n  - 1\n  - 2\n  - 3\n  - 4\n', SMALL)).toBeUndefined();
    // Nesting deeper than the stack, under a raised limit: the yaml package reports it.
    expect(readFast(`a:\n  ${'- '.repeat(100_000)}x\n`, { ...DEFAULT_LIMITS, maxDepth: 1_000_000 })).toBeUndefined();
  });

  it('resolves plain scalars as the yaml package does (YAML 1.2 core schema)', () => {
    let taken = 0;
    for (const text of CORE_SCALARS) {
      for (const doc of [`a: 1\nv: ${text}\n`, `a: 1\nl:\n  - x\n  - ${text}\n`, `a: 1\n${text}: v\n`]) {
        const fast = readPlain(doc, DEFAULT_LIMITS);
        if (!fast) continue;
        taken++;
        const slow = parseYaml(doc, { version: '1.2', schema: 'core', merge: false, intAsBigInt: false });
        expect(isDeepStrictEqual(fast.data, slow), `${JSON.stringify(doc)}: ${JSON.stringify(fast.data)} vs ${JSON.stringify(slow)}`).toBe(true);
      }
    }
    expect(taken).toBeGreaterThan(CORE_SCALARS.length * 2);
    // The table holds every kind: null, booleans, integers (decimal, octal, hex), floats, strings.
    const kinds = new Set(CORE_SCALARS.flatMap((t) => readPlain(`v: ${t}\n`, DEFAULT_LIMITS) ?? []).map((r) => {
      const v = (r.data as { v: unknown }).v;
      return v === null ? 'null' : Number.isNaN(v) ? 'nan' : Object.is(v, -0) ? '-0' : v === Infinity || v === -Infinity ? 'inf' : Number.isInteger(v) ? 'int' : typeof v;
    }));
    expect([...kinds].sort()).toEqual(['-0', 'boolean', 'inf', 'int', 'nan', 'null', 'number', 'string']);
    const v = (text: string) => (readPlain(`v: ${text}\n`, DEFAULT_LIMITS)!.data as { v: unknown }).v;
    expect([v('+12'), v('0o17'), v('0x1F'), v('1e3'), v('.5'), v('-.Inf'), v('1_000'), v('12:30'), v('2024-05-14'), v('017'), v('0X1F')]).toEqual([12, 15, 31, 1000, 0.5, -Infinity, '1_000', '12:30', '2024-05-14', 17, '0X1F']);
    expect(v('9007199254740993')).toBe(9007199254740992);
  });

  it('on plain scalars of every core-schema kind, and mutations of them, as keys, values and list items', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('key', 'value', 'item'), coreScalar), { minLength: 1, maxLength: 6 }), (entries) => {
        const text = entries.map(([place, s], i) => (place === 'key' ? `${s}: ${i}\n` : place === 'value' ? `k${i}: ${s}\n` : `l${i}:\n  - ${s}\n`)).join('');
        if (agree(text)) taken++;
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(1000);
  });

  it('takes a plain scalar for a string, untested, only when no core tag can match it', () => {
    // resolvePlain skips the core tags for text that cannot start any of their matches.
    const tags = (new Schema({ schema: 'core', merge: false }).tags as ScalarTag[]).filter((t) => t.default === true && t.test);
    expect(tags.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 8 }), (first, rest) => {
        const text = first + rest;
        if (/^[-+.0-9~nNtTfF]/.test(text)) return;
        for (const tag of tags) expect(tag.test!.test(text), `${tag.tag} ${text}`).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads plain records as YAML 1.2 core', () => {
    const fast = readFast('time: { }\n', DEFAULT_LIMITS);
    expect(fast).toBeUndefined();
    const r = readPlain('# c\nstart: 14:00\ndate: 2024-05-14\nn: 0x10\nz: ~\nq: "\\u00e9"\n"1": 2\nl:\n- a\n-\ne: []\n', DEFAULT_LIMITS)!;
    expect(r.data).toEqual({ start: '14:00', date: '2024-05-14', n: 16, z: null, q: 'é', 1: 2, l: ['a', null], e: [] });
    expect(r.locate(['l', 1])).toEqual({ line: 10, column: 2, endLine: 10, endColumn: 2 });
  });
});
