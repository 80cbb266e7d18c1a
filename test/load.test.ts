// Bytes → text → document, and positions taken from the YAML source.
import { describe, expect, it } from 'vitest';
import { decode, locate, parse, type Source } from '../src/parse/source.js';
import { formatPath } from '../src/core/path.js';
import { checkText, problemOf, rulesOf } from './helpers.js';

const doc = (text: string) => parse(text) as Source;

describe('decode', () => {
  it('drops a UTF-8 BOM', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a' });
  });
  it('decodes UTF-16 with a BOM, either byte order', () => {
    expect(decode(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00]))).toEqual({ text: 'a:' });
    expect(decode(new Uint8Array([0xfe, 0xff, 0x00, 0x61]))).toEqual({ text: 'a' });
  });
  it('reports invalid UTF-8 at its line and column', () => {
    const result = decode(new Uint8Array([0x61, 0x0a, 0x62, 0x62, 0xc3, 0x28]));
    expect(result).toMatchObject({ rule: 'file-unreadable', reason: 'encoding', at: { line: 2, column: 3 } });
  });
  it('calls a file with NUL bytes binary', () => {
    expect(decode(new Uint8Array([0x61, 0x00]))).toMatchObject({ rule: 'file-unreadable', reason: 'binary' });
  });
});

describe('parse', () => {
  it('reads YAML 1.2 core: 14:00 and 2024-03-15 stay strings, << is a plain key', () => {
    expect(doc('t: 14:00\nd: 2024-03-15\n<<: {a: 1}\n').data).toEqual({ t: '14:00', d: '2024-03-15', '<<': { a: 1 } });
  });
  it('refuses duplicate keys, several documents and custom tags', () => {
    expect(parse('a: 1\na: 2\n')).toMatchObject({ rule: 'yaml-syntax', code: 'DUPLICATE_KEY', at: { line: 2, column: 1 } });
    expect(parse('a: 1\n---\nb: 2\n')).toMatchObject({ rule: 'yaml-syntax', code: 'MULTIPLE_DOCS' });
    expect(parse('a: !!js/function "x"\n')).toMatchObject({ rule: 'yaml-syntax', code: 'TAG_RESOLVE_FAILED' });
  });
  it('refuses an alias bomb quickly', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const started = Date.now();
    expect(parse(lines.join('\n'))).toMatchObject({ rule: 'limit-exceeded', limit: 'maxAliases' });
    expect(Date.now() - started).toBeLessThan(5000);
  });
  it('refuses deep nesting', () => {
    expect(parse(`${'['.repeat(100)}${']'.repeat(100)}`)).toMatchObject({ rule: 'limit-exceeded', limit: 'maxDepth' });
  });
});

describe('locate', () => {
  const source = doc('cell: X\nmembers:\n  total: 5\n  absent_excused:\n    - { name: A, reason: B }\nassessment:\n  scores: { "3.3": 4 }\n');
  it('points at a value', () => {
    expect(locate(source, ['members', 'total'])).toMatchObject({ line: 3, column: 10 });
  });
  it('points at a key', () => {
    expect(locate(source, ['members', 'total'], 'key')).toMatchObject({ line: 3, column: 3 });
  });
  it('walks list indexes', () => {
    expect(locate(source, ['members', 'absent_excused', 0, 'reason'])).toMatchObject({ line: 5, column: 26 });
  });
  it("puts a missing key at its parent's key, and at 1:1 at the top level", () => {
    expect(locate(source, ['members', 'present'], 'key')).toMatchObject({ line: 2, column: 1 });
    expect(locate(source, ['chair'], 'key')).toMatchObject({ line: 1, column: 1 });
  });
  it('finds keys with dots', () => {
    expect(locate(source, ['assessment', 'scores', '3.3'])).toMatchObject({ line: 7, column: 20 });
  });
});

describe('formatPath', () => {
  it('writes dotted paths with list indexes in brackets', () => {
    expect(formatPath(['members', 'absent_excused', 0, 'reason'])).toBe('members.absent_excused[0].reason');
    expect(formatPath(['assessment', 'scores', '3.3'])).toBe('assessment.scores["3.3"]');
  });
});

describe('broken input gets a problem, never an exception', () => {
  const cases: [string, string | Uint8Array, string][] = [
    ['empty file', '', 'schema'],
    ['only comments', '# nothing\n', 'schema'],
    ['a list', '- a\n- b\n', 'schema'],
    ['a scalar', 'hello\n', 'schema'],
    ['tabs as indentation', 'cell: x\nmembers:\n\ttotal: 1\n', 'yaml-syntax'],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'file-unreadable'],
    ['__proto__ key', '__proto__: { polluted: true }\n', 'schema'],
  ];
  for (const [name, text, rule] of cases) {
    it(name, () => {
      const result = checkText(text);
      expect(rulesOf(result)).toContain(rule);
      expect(result.score).toBeNull();
    });
  }
  it('does not pollute prototypes', () => {
    checkText('__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('reads CRLF and lone CR line ends', () => {
    const text = 'cell: X\r\nkind: weekly\r\n';
    expect(problemOf(checkText(text), 'schema')).toBeDefined();
    const kind = checkText(text).problems.find((p) => p.path === 'kind')!;
    expect(kind.line).toBe(2);
    const cr = checkText(text.replaceAll('\r\n', '\r')).problems.find((p) => p.path === 'kind')!;
    expect(cr).toMatchObject({ rule: 'schema', line: 2 });
  });
});
