// A fast reader for the plain YAML most records are written in: block mappings and lists, one-line
// scalars (plain, single- or double-quoted), flow collections on one line (`[a, b]`,
// `{ name: x, reason: "y" }`), comments before the first key, after values and on lines of their
// own between entries (not indented deeper than what follows them). It gives the same
// data and the same positions as the `yaml` package (with a LineCounter) would, and steps aside —
// returns undefined — for anything else (tags, directives, flow collections over several lines,
// block scalars, tabs, comments indented deeper than what follows, limits, errors): `read` then
// parses with the `yaml` package. Two mistakes it reads to the end and reports as the package
// does: a duplicate key, and more aliases than the limit (anchors and aliases are read only for
// that: a text with aliases within the limit is the package's to resolve). test/fast-path.test.ts
// compares both on generated, edited and hostile files. It does not need the `yaml` package, so
// that a run that reads only plain records never loads it (see yaml-package.ts).
import type { Path, Position } from '../core/path.js';
import { decode, locate, parse, type Limits, type LoadFailure } from './source.js';
import { hasSpecialSpace } from './yaml-hints.js';

/** A parsed record: its data, and where a path stands in its text. */
export interface Readable {
  data: unknown;
  locate(path: Path, at?: 'key' | 'value'): Position;
}

/**
 * A record's bytes as data with its places (`{ data, locate }`), or why they are none: too large,
 * not text, not YAML. Pure: the caller reads the bytes, `checkRead` (check.ts) takes the data.
 */
export function loadText(bytes: Uint8Array, limits: Limits): Readable | LoadFailure {
  if (bytes.byteLength > limits.maxBytes) {
    return { rule: 'limit-exceeded', limit: 'maxBytes', value: bytes.byteLength, max: limits.maxBytes };
  }
  const decoded = decode(bytes);
  return 'rule' in decoded ? decoded : read(decoded.text, limits);
}

/** Parses one record: with the fast reader when it can, else with the `yaml` package. */
export function read(text: string, limits: Limits): Readable | LoadFailure {
  const fast = readFast(text, limits);
  if (fast) return fast;
  const source = parse(text, limits);
  if ('rule' in source) return source;
  return { data: source.data, locate: (path, at) => locate(source, path, at) };
}

// A node and its range, as the `yaml` package gives it: `start`, and `end` as range[1].
type FastNode =
  | { kind: 'scalar'; start: number; end: number }
  | { kind: 'map'; start: number; end: number; keys: MapKey[]; values: FastNode[] }
  | { kind: 'seq'; start: number; end: number; items: FastNode[] }
  | { kind: 'alias'; start: number; end: number };

/** A mapping's key: its node, its value (a scalar's), and that as text (as `locate` compares keys). */
interface MapKey {
  node: FastNode;
  text: string;
  value: unknown;
}

/** A node with its data and where the text it covers ends (range[2], past its line end). */
interface Parsed {
  node: FastNode;
  value: unknown;
  nodeEnd: number;
  /** It is an empty value, or a collection whose last entry ends with one. */
  endsEmpty?: true;
}

interface Key {
  node: FastNode;
  value: unknown;
  /** The offset after the key's colon. */
  after: number;
}

/** Thrown where the fast reader steps aside. */
const FALLBACK = Symbol('not for the fast reader');

// Characters the fast reader knows: printable, no tabs, no BOM, no line or paragraph separators,
// no non-breaking space (the yaml package's messages treat it specially).
const KNOWN = /^[\n\r\x20-\x7e\u00a1-\u2027\u202a-\ufefe\uff00-\ufffd]*$/;
const PLAIN_KEY = /[A-Za-z0-9_][A-Za-z0-9_.-]*/y;
const ANCHOR_NAME = /[A-Za-z0-9_-]+/y;
const MAX_KEY = 1000;
// YAML 1.2 core schema resolution of plain scalars, as the yaml package 2 does it (its tags in
// schema/core/ and schema/common/null.js, with intAsBigInt off): the same patterns tried in the
// same order, the same conversions. None of them can fail, so a plain scalar never falls back.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
// The numbers, as one expression whose alternatives are the package's patterns in its order (the
// first that matches the whole text wins, as when each is tried in turn): octal, integer,
// hexadecimal, infinity or not-a-number, and float with or without an exponent (a plain integer
// has matched as an integer before). One expression is compiled once, where five were.
const NUMBER = /^(?:0o([0-7]+)|([-+]?[0-9]+)|0x([0-9a-fA-F]+)|([-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)|([-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?))$/;

/** The value of a plain scalar: null, a boolean, a number, or the text itself. */
function resolvePlain(text: string): unknown {
  if (text === '') return null;
  const c = text.charCodeAt(0);
  // ~ n N: null; t T f F: booleans; - + . and digits: numbers. A text starting otherwise is a
  // string, and none of the first two kinds starts as a number does, nor the other way round.
  if (c === 126 || c === 110 || c === 78) return NULL.test(text) ? null : text;
  if (c === 116 || c === 84 || c === 102 || c === 70) return BOOL.test(text) ? text[0] === 't' || text[0] === 'T' : text;
  if (!(c === 45 || c === 43 || c === 46 || (c >= 48 && c <= 57))) return text;
  const number = NUMBER.exec(text);
  if (!number) return text;
  const [, octal, integer, hex, special, float] = number;
  if (octal !== undefined) return parseInt(octal, 8);
  if (integer !== undefined) return parseInt(integer, 10);
  if (hex !== undefined) return parseInt(hex, 16);
  if (special !== undefined) return special.slice(-3).toLowerCase() === 'nan' ? NaN : special[0] === '-' ? -Infinity : Infinity;
  return parseFloat(float!);
}

// Keys met before, by length and first character. Records repeat the same few dozen keys: a key
// found here is neither cut from the text nor looked up in V8's table of property names again,
// which was most of building a record's mappings. Only texts that resolve to themselves (not
// null, booleans or numbers), and no more than KNOWN_KEYS_MAX of them, as keys come from files.
const knownKeys = new Map<number, string[]>();
let knownKeyCount = 0;
const KNOWN_KEYS_MAX = 4096;
const KNOWN_KEY_LENGTH = 64;

/** A plain key's value: what `resolvePlain` gives its text, the same string each time the text recurs. */
function plainKey(text: string, at: number, end: number): unknown {
  const first = text.charCodeAt(at);
  const length = end - at;
  const bucket = length * 128 + first;
  const known = knownKeys.get(bucket);
  if (known) for (const key of known) if (text.startsWith(key, at)) return key;
  const value = resolvePlain(text.slice(at, end));
  if (typeof value === 'string' && length <= KNOWN_KEY_LENGTH && knownKeyCount < KNOWN_KEYS_MAX) {
    // A name of its own (a property name, kept in V8's table), not a slice of this record's text.
    const key = Object.keys({ [value]: true })[0]!;
    if (known) known.push(key);
    else knownKeys.set(bucket, [key]);
    knownKeyCount++;
    return key;
  }
  return value;
}

/** Whether the text at `at` starts with an indicator, so may be something other than a plain scalar (a negative number may not). */
function startsIndicator(text: string, at: number): boolean {
  return '-?:,[]{}#&*!|>%@`'.includes(text[at]!) && !(text.charCodeAt(at) === 45 && /[0-9.]/.test(text[at + 1] ?? ''));
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0' };

class Reader {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly indents: number[] = [];
  private line = 0;
  private keyAt = -1;
  private keyFound: Key | undefined;
  private comment = -1;
  /** Where the first duplicate key starts, or -1. */
  duplicate = -1;
  /** The anchors met so far (`&name`), and the aliases (`*name`), which only a text over the alias limit keeps (see `readFast`). */
  private readonly anchors = new Set<string>();
  aliases = 0;

  constructor(private readonly text: string, private readonly limits: Limits) {
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      const stop = nl < 0 ? text.length : nl;
      this.starts.push(start);
      this.ends.push(stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop);
      let i = start;
      while (i < stop && text.charCodeAt(i) === 32) i++;
      // -1: blank; -2: a comment line.
      this.indents.push(i === this.ends[this.ends.length - 1] ? -1 : text.charCodeAt(i) === 35 ? -2 : i - start);
      if (nl < 0) break;
      start = nl + 1;
    }
  }

  document(): { root: FastNode; data: unknown } {
    let first = 0;
    while (first < this.indents.length && this.indents[first]! < 0) first++;
    if (first === this.indents.length || this.indents[first] !== 0) throw FALLBACK;
    this.checkComments(first);
    this.line = first;
    if (!this.isKey(this.starts[first]!, first)) throw FALLBACK;
    const root = this.map(0, 1);
    if (this.line < this.indents.length) throw FALLBACK;
    return { root: root.node, data: root.value };
  }

  /**
   * Comment lines among the entries are read past, as blank lines are, where the yaml package
   * gives every node the same range with them as without: a comment indented no deeper than the
   * next line with content, or at the margin after the last one. A comment indented deeper than
   * what follows belongs to the collection (or the scalar) before it and stretches its range, so
   * such a text falls back.
   */
  private checkComments(first: number): void {
    let next = 0;
    for (let i = this.indents.length - 1; i >= first; i--) {
      const indent = this.indents[i]!;
      if (indent >= 0) next = indent;
      // A comment line's indent, measured again: such lines are few.
      else if (indent === -2 && this.skipSpaces(this.starts[i]!, i) - this.starts[i]! > next) throw FALLBACK;
    }
  }

  /**
   * Sets a mapping's entry as the yaml package's toJS does (a null key is `''`, `__proto__` an
   * entry of its own), and keeps its key. A key equal to one before it (the same scalar value, as
   * the yaml package compares them) is a duplicate: the first is remembered, and the rest of the
   * text read on. Keys of different values that give the same property name (`1` and `"1"`) fall
   * back, and so does a duplicate after an entry that ends with an empty value (`afterEmpty`),
   * which the yaml package reports where that value ends, not at the key.
   */
  private entry(data: Record<string, unknown>, keys: MapKey[], key: { node: FastNode; value: unknown }, value: unknown, afterEmpty: boolean): void {
    const name = key.value === null ? '' : String(key.value);
    if (Object.hasOwn(data, name)) {
      if (!keys.some((k) => k.value === key.value) || afterEmpty) throw FALLBACK;
      if (this.duplicate < 0) this.duplicate = key.node.start;
    } else if (name in data) Object.defineProperty(data, name, { value, writable: true, enumerable: true, configurable: true });
    else data[name] = value;
    keys.push({ node: key.node, text: String(key.value), value: key.value });
  }

  /** The next line with content, from `line` on (past blank and comment lines); the line count when none is left. */
  private nextContent(line: number): number {
    while (line < this.indents.length && this.indents[line]! < 0) line++;
    return line;
  }

  private lineAfter(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
  }

  private isDash(at: number, line: number): boolean {
    return this.text.charCodeAt(at) === 45 && (at + 1 === this.ends[line] || this.text.charCodeAt(at + 1) === 32);
  }

  private skipSpaces(at: number, line: number): number {
    while (at < this.ends[line]! && this.text.charCodeAt(at) === 32) at++;
    return at;
  }

  /** A key at `at`: its node, data, and the offset after its colon; undefined when there is none. */
  private key(at: number, line: number): Key | undefined {
    // A list item's first key is looked at three times: read it once.
    if (at !== this.keyAt) {
      this.keyAt = at;
      this.keyFound = this.readKey(at, line);
    }
    return this.keyFound;
  }

  private readKey(at: number, line: number): Key | undefined {
    const c = this.text.charCodeAt(at);
    let end: number;
    let value: unknown;
    if (c === 34 || c === 39) {
      const quoted = this.quoted(at, line);
      end = quoted.end;
      value = quoted.value;
    } else {
      const plainEnd = this.plainKeyEnd(at, line);
      if (plainEnd === undefined) return undefined;
      end = plainEnd;
      value = plainKey(this.text, at, end);
    }
    if (this.text.charCodeAt(end) !== 58) return undefined;
    if (end + 1 < this.ends[line]! && this.text.charCodeAt(end + 1) !== 32) return undefined;
    return { node: { kind: 'scalar', start: at, end }, value, after: end + 1 };
  }

  /** Where a plain key that starts at `at` ends; undefined when none starts there. */
  private plainKeyEnd(at: number, line: number): number | undefined {
    PLAIN_KEY.lastIndex = at;
    if (!PLAIN_KEY.test(this.text)) return undefined;
    const end = Math.min(PLAIN_KEY.lastIndex, this.ends[line]!);
    if (end - at > MAX_KEY) throw FALLBACK;
    return end;
  }

  private isKey(at: number, line: number): boolean {
    const c = this.text.charCodeAt(at);
    if (c === 34 || c === 39) {
      // A quoted scalar is a key when a colon follows it; one that does not close falls back.
      return this.text.charCodeAt(this.quoted(at, line).end) === 58;
    }
    return this.key(at, line) !== undefined;
  }

  /** A one-line quoted scalar at `at`. */
  private quoted(at: number, line: number): { value: string; end: number } {
    const text = this.text;
    const stop = this.ends[line]!;
    const quote = text.charCodeAt(at);
    let value = '';
    let from = at + 1;
    for (let i = at + 1; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (quote === 39 && c === 39) {
        value += text.slice(from, i);
        if (text.charCodeAt(i + 1) === 39 && i + 1 < stop) {
          value += "'";
          from = ++i + 1;
          continue;
        }
        return { value, end: i + 1 };
      }
      if (quote === 34 && c === 34) return { value: value + text.slice(from, i), end: i + 1 };
      if (quote === 34 && c === 92) {
        value += text.slice(from, i);
        const e = text[i + 1] ?? '';
        if (e in ESCAPES && i + 1 < stop) {
          value += ESCAPES[e];
          i += 1;
        } else if (e === 'u' && i + 5 < stop && /^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) {
          const code = parseInt(text.slice(i + 2, i + 6), 16);
          if (code >= 0xd800 && code <= 0xdfff) throw FALLBACK;
          value += String.fromCharCode(code);
          i += 5;
        } else throw FALLBACK;
        from = i + 1;
      }
    }
    throw FALLBACK;
  }

  /**
   * Where the first ` #` at or after `at` starts (the text's length when there is none): found
   * natively, not a character at a time, and once for the values that precede it, which are read
   * in order, so that a text with few comments is searched once in all.
   */
  private commentAfter(at: number): number {
    if (this.comment < at) {
      const found = this.text.indexOf(' #', at);
      this.comment = found < 0 ? this.text.length : found;
    }
    return this.comment;
  }

  /** What follows a value on its line must be nothing, or spaces and a comment. */
  private rest(at: number, line: number): void {
    const stop = this.ends[line]!;
    if (at === stop) return;
    if (this.text.charCodeAt(at) !== 32) throw FALLBACK;
    at = this.skipSpaces(at, line);
    if (at < stop && this.text.charCodeAt(at) !== 35) throw FALLBACK;
  }

  /** The name of an anchor or alias whose indicator is at `at`, and where it ends: plain names only. */
  private anchorName(at: number, line: number): { name: string; end: number } {
    ANCHOR_NAME.lastIndex = at + 1;
    if (!ANCHOR_NAME.test(this.text)) throw FALLBACK;
    const end = Math.min(ANCHOR_NAME.lastIndex, this.ends[line]!);
    const next = this.text.charCodeAt(end);
    // Any other character would belong to the name in the yaml package's reading.
    if (end < this.ends[line]! && next !== 32 && next !== 44 && next !== 93 && next !== 125) throw FALLBACK;
    return { name: this.text.slice(at + 1, end), end };
  }

  /** An alias at `at`, to an anchor met before it. */
  private alias(at: number, line: number): { node: FastNode; end: number } {
    const { name, end } = this.anchorName(at, line);
    if (!this.anchors.has(name)) throw FALLBACK;
    this.aliases++;
    return { node: { kind: 'alias', start: at, end }, end };
  }

  /** A value on the same line, at `at` (not a space, not the line's end, not a comment), maybe after an anchor. */
  private inline(at: number, line: number, depth: number): Parsed {
    const text = this.text;
    const stop = this.ends[line]!;
    let c = text.charCodeAt(at);
    const nodeEnd = this.lineAfter(line);
    if (c === 38) {
      // `&name value`: the anchor is kept only for the aliases after it.
      const { name, end } = this.anchorName(at, line);
      if (text.charCodeAt(end) !== 32) throw FALLBACK;
      at = this.skipSpaces(end, line);
      c = text.charCodeAt(at);
      if (at === stop || c === 35 || c === 38 || c === 42) throw FALLBACK;
      this.anchors.add(name);
    }
    if (c === 42) {
      const alias = this.alias(at, line);
      this.rest(alias.end, line);
      return { node: alias.node, value: undefined, nodeEnd };
    }
    if (c === 34 || c === 39) {
      const quoted = this.quoted(at, line);
      this.rest(quoted.end, line);
      return { node: { kind: 'scalar', start: at, end: quoted.end }, value: quoted.value, nodeEnd };
    }
    if (c === 91 || c === 123) {
      const flow = this.flow(at, line, depth);
      this.rest(flow.end, line);
      return { node: flow.node, value: flow.value, nodeEnd };
    }
    // Indicators that may start something other than a plain scalar.
    if (startsIndicator(text, at)) throw FALLBACK;
    // It ends at a comment (` #`) or the line's end.
    const comment = this.commentAfter(at);
    let end = comment + 1 < stop ? comment + 1 : stop;
    while (end > at && text.charCodeAt(end - 1) === 32) end--;
    const plain = text.slice(at, end);
    if (plain.includes(': ') || plain.endsWith(':')) throw FALLBACK;
    return { node: { kind: 'scalar', start: at, end }, value: resolvePlain(plain), nodeEnd };
  }

  /**
   * A flow collection that closes on its line, at `at` (`[` or `{`): `[]`, `{}`, or entries
   * separated by commas — plain or quoted scalars, flow collections, and in a mapping `key: value`
   * pairs with plain or quoted keys. Anything else (an empty entry, a trailing comma, `?`, a colon
   * in plain text, a pair in a list, a comment) falls back.
   */
  private flow(at: number, line: number, depth: number): { node: FastNode; value: unknown; end: number } {
    if (depth > this.limits.maxDepth) throw FALLBACK;
    const text = this.text;
    const isMap = text.charCodeAt(at) === 123;
    const close = isMap ? 125 : 93;
    const keys: MapKey[] = [];
    const nodes: FastNode[] = [];
    const data: unknown[] | Record<string, unknown> = isMap ? {} : [];
    let i = at + 1;
    if (text.charCodeAt(i) !== close) {
      for (;;) {
        i = this.skipSpaces(i, line);
        let key: { node: FastNode; value: unknown; end: number } | undefined;
        if (isMap) {
          key = this.flowScalar(i, line, true);
          if (text.charCodeAt(key.end) !== 58 || text.charCodeAt(key.end + 1) !== 32) throw FALLBACK;
          i = this.skipSpaces(key.end + 1, line);
        }
        const c = text.charCodeAt(i);
        const item = c === 91 || c === 123 ? this.flow(i, line, depth + 1) : this.flowScalar(i, line, false);
        if (nodes.length >= this.limits.maxItems) throw FALLBACK;
        nodes.push(item.node);
        if (key === undefined) (data as unknown[]).push(item.value);
        // No entry of a flow collection is empty (such a text falls back).
        else this.entry(data as Record<string, unknown>, keys, key, item.value, false);
        i = this.skipSpaces(item.end, line);
        const next = text.charCodeAt(i);
        if (next === close) break;
        if (next !== 44) throw FALLBACK;
        i = this.skipSpaces(i + 1, line);
        if (text.charCodeAt(i) === close) throw FALLBACK;
      }
    }
    const end = i + 1;
    const node: FastNode = isMap ? { kind: 'map', start: at, end, keys, values: nodes } : { kind: 'seq', start: at, end, items: nodes };
    return { node, value: data, end };
  }

  /** A scalar inside a flow collection, at `at`: quoted, or plain up to a comma or bracket. */
  private flowScalar(at: number, line: number, isKey: boolean): { node: FastNode; value: unknown; end: number } {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === 34 || c === 39) {
      const quoted = this.quoted(at, line);
      return { node: { kind: 'scalar', start: at, end: quoted.end }, value: quoted.value, end: quoted.end };
    }
    if (c === 42 && !isKey) return { ...this.alias(at, line), value: undefined };
    let end: number;
    if (isKey) {
      const plainEnd = this.plainKeyEnd(at, line);
      if (plainEnd === undefined) throw FALLBACK;
      end = plainEnd;
    } else {
      const stop = this.ends[line]!;
      if (at >= stop || startsIndicator(text, at)) throw FALLBACK;
      end = at + 1;
      while (end < stop && !',[]{}'.includes(text[end]!)) end++;
      while (text.charCodeAt(end - 1) === 32) end--;
    }
    const plain = text.slice(at, end);
    if (plain.includes(':') || plain.includes(' #')) throw FALLBACK;
    return { node: { kind: 'scalar', start: at, end }, value: resolvePlain(plain), end };
  }

  /** A value after `key:` or `-` that ends the line at `at`: a block below, or an empty value. */
  private below(at: number, line: number, indent: number, depth: number, sameIndentList: boolean): Parsed {
    const next = this.nextContent(line + 1);
    const nextIndent = this.indents[next] ?? -1;
    if (next < this.indents.length && (nextIndent > indent || (sameIndentList && nextIndent === indent && this.isDash(this.starts[next]! + indent, next)))) {
      this.line = next;
      return this.block(this.starts[next]! + nextIndent, next, depth);
    }
    this.line = line + 1;
    // Comment lines after an empty value: the yaml package may stretch over them the range of the
    // collection the value ends.
    for (let l = line + 1; l < next; l++) if (this.indents[l] === -2) throw FALLBACK;
    // An empty value sits after the spaces; with a comment, its node runs to the line's end.
    const comment = at < this.ends[line]!;
    return { node: { kind: 'scalar', start: at, end: at }, value: null, nodeEnd: comment ? this.lineAfter(line) : at, endsEmpty: true };
  }

  /** A block collection starting at `at` on `line`. */
  private block(at: number, line: number, depth: number): Parsed {
    if (this.isDash(at, line)) return this.seq(at - this.starts[line]!, depth);
    if (this.isKey(at, line)) return this.map(at - this.starts[line]!, depth);
    throw FALLBACK;
  }

  private map(column: number, depth: number): Parsed {
    if (depth > this.limits.maxDepth) throw FALLBACK;
    const keys: MapKey[] = [];
    const values: FastNode[] = [];
    const data: Record<string, unknown> = {};
    let line = this.line;
    const start = this.starts[line]! + column;
    let last: Parsed;
    for (;;) {
      const key = this.key(this.starts[line]! + column, line);
      if (!key) throw FALLBACK;
      const at = this.skipSpaces(key.after, line);
      const value = at === this.ends[line] || this.text.charCodeAt(at) === 35
        ? this.below(at, line, column, depth + 1, true)
        : ((this.line = line + 1), this.inline(at, line, depth + 1));
      if (keys.length >= this.limits.maxItems) throw FALLBACK;
      this.entry(data, keys, key, value.value, values.length > 0 && last!.endsEmpty === true);
      values.push(value.node);
      last = value;
      line = this.nextContent(this.line);
      if (line >= this.indents.length || this.indents[line]! < column) break;
      if (this.indents[line] !== column) throw FALLBACK;
      if (this.isDash(this.starts[line]! + column, line)) {
        // A list at the key's indent ends its key's value; it cannot follow a value.
        throw FALLBACK;
      }
      this.line = line;
    }
    this.line = line;
    return { node: { kind: 'map', start, end: last.nodeEnd, keys, values }, value: data, nodeEnd: last.nodeEnd, ...last.endsEmpty && { endsEmpty: true } };
  }

  private seq(column: number, depth: number): Parsed {
    if (depth > this.limits.maxDepth) throw FALLBACK;
    const items: FastNode[] = [];
    const data: unknown[] = [];
    let line = this.line;
    const start = this.starts[line]! + column;
    let last: Parsed;
    for (;;) {
      const dash = this.starts[line]! + column;
      const at = this.skipSpaces(dash + 1, line);
      let item: Parsed;
      if (at === this.ends[line] || this.text.charCodeAt(at) === 35) item = this.below(at, line, column, depth + 1, false);
      else if (this.isDash(at, line) || this.isKey(at, line)) {
        this.line = line;
        item = this.block(at, line, depth + 1);
      } else {
        this.line = line + 1;
        item = this.inline(at, line, depth + 1);
      }
      if (items.length >= this.limits.maxItems) throw FALLBACK;
      items.push(item.node);
      data.push(item.value);
      last = item;
      line = this.nextContent(this.line);
      if (line >= this.indents.length || this.indents[line]! < column) break;
      if (this.indents[line] !== column) throw FALLBACK;
      if (!this.isDash(this.starts[line]! + column, line)) break;
      this.line = line;
    }
    this.line = line;
    return { node: { kind: 'seq', start, end: last.nodeEnd, items }, value: data, nodeEnd: last.nodeEnd, ...last.endsEmpty && { endsEmpty: true } };
  }

  position(node: FastNode): Position {
    const start = this.linePos(node.start);
    const end = this.linePos(Math.max(node.start, node.end));
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }

  // As the yaml package's LineCounter: lines start at 0 and after every line feed.
  private linePos(offset: number): { line: number; col: number } {
    const starts = this.starts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    return { line: low, col: offset - starts[low - 1]! + 1 };
  }
}

/** The n-th alias met walking the nodes as `checkShape` in source.ts walks them: last child first, a value before its key. */
function aliasInWalk(root: FastNode, n: number): FastNode {
  const stack = [root];
  let aliases = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'alias' && ++aliases === n) return node;
    if (node.kind === 'map') node.keys.forEach((key, i) => stack.push(key.node, node.values[i]!));
    else if (node.kind === 'seq') stack.push(...node.items);
  }
  throw new Error('fewer aliases than counted');
}

/**
 * The fast reader alone: undefined when the text needs the `yaml` package. A text it reads whole
 * but for a duplicate key fails as the yaml package's reading fails (see `parse` in source.ts):
 * its first duplicate key is its only error, at the key's start, with the package's message. So
 * does a text with more aliases than the limit, each to an anchor before it.
 */
export function readFast(text: string, limits: Limits): Readable | LoadFailure | undefined {
  if (!KNOWN.test(text) || (text.includes('\r') && /\r(?!\n)/.test(text))) return undefined;
  const reader = new Reader(text, limits);
  let doc: { root: FastNode; data: unknown };
  try {
    doc = reader.document();
  } catch {
    // FALLBACK, or anything unexpected (a stack overflow under a raised depth limit): the yaml
    // package reads the text and reports what is wrong with it.
    return undefined;
  }
  if (reader.duplicate >= 0) {
    // A text with a character like a space gets a hint of its own (`specialSpace`).
    if (hasSpecialSpace(text)) return undefined;
    const { line, column } = reader.position({ kind: 'scalar', start: reader.duplicate, end: reader.duplicate });
    return { rule: 'yaml-syntax', code: 'DUPLICATE_KEY', detail: 'Map keys must be unique', at: { line, column, endLine: line, endColumn: column } };
  }
  if (reader.aliases > 0) {
    // Aliases within the limit are the yaml package's to resolve. Over it, the text fails as
    // `checkShape` in source.ts fails it: at the alias that passes the limit in its walk.
    if (reader.aliases <= limits.maxAliases) return undefined;
    const value = limits.maxAliases + 1;
    return { rule: 'limit-exceeded', limit: 'maxAliases', value, max: limits.maxAliases, at: reader.position(aliasInWalk(doc.root, value)) };
  }
  const START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    data: doc.data,
    // As `locate` in source.ts, over the fast reader's nodes.
    locate(path, at = 'value') {
      let node: FastNode | undefined = doc.root;
      let lastKey: FastNode | undefined;
      for (let i = 0; i < path.length; i++) {
        const step = path[i]!;
        let next: FastNode | undefined;
        let key: FastNode | undefined;
        if (node?.kind === 'map') {
          const index = node.keys.findIndex((k) => k.text === String(step));
          if (index >= 0) (key = node.keys[index]!.node), (next = node.values[index]);
        } else if (node?.kind === 'seq' && typeof step === 'number') next = node.items[step];
        if (key === undefined && next === undefined) break;
        const isLast = i === path.length - 1;
        if (key) {
          lastKey = key;
          if (isLast) return reader.position(at === 'key' ? key : next!);
        } else {
          lastKey = next;
          if (isLast) return reader.position(next!);
        }
        node = next;
      }
      return lastKey ? reader.position(lastKey) : START;
    },
  };
}
