// Bytes → text → YAML document with positions. Pure: the caller reads the bytes. The `yaml`
// package is taken from yaml-package.ts when a text first needs it, never at start-up.
import type { Document, LineCounter, Node, Pair } from 'yaml';
import type { Path, Position } from '../core/path.js';
import { badAlias, quoteValue, specialSpace, type Hint } from './yaml-hints.js';
import { yamlPackage } from './yaml-package.js';

export interface Limits {
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Deepest nesting of mappings and lists. */
  maxDepth: number;
  /** Most alias nodes (`*name`) in one document. */
  maxAliases: number;
  /** Most items in one list or mapping. */
  maxItems: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 10 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100,
  maxItems: 10_000,
};

/** Why a file could not be turned into a document: each maps to one rule. */
export type LoadFailure =
  | { rule: 'file-unreadable'; reason: 'binary' | 'encoding' | 'utf16'; at?: Position }
  | { rule: 'limit-exceeded'; limit: keyof Limits; value?: number; max: number; at?: Position }
  | { rule: 'yaml-syntax'; code: string; detail: string; at: Position; shown?: string; fix?: string };

export interface Source {
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** The document as plain data (undefined for an empty document). */
  data: unknown;
}

const START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

// One strict decoder per encoding for all files (a whole-buffer decode keeps no state between calls).
const decoders = new Map<string, TextDecoder>();
function strictDecoder(encoding: string): TextDecoder {
  let decoder = decoders.get(encoding);
  if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true })));
  return decoder;
}

/** Decodes bytes as a YAML text: UTF-8 (BOM optional) or UTF-16 with a BOM; any line ends. */
export function decode(bytes: Uint8Array): { text: string } | LoadFailure {
  let encoding = 'utf-8';
  let offset = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) offset = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) (encoding = 'utf-16le'), (offset = 2);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) (encoding = 'utf-16be'), (offset = 2);
  const body = bytes.subarray(offset);
  // ASCII saved as UTF-16 without a BOM: every other byte is NUL.
  if (offset === 0 && body.length >= 4 && (body[0] === 0) !== (body[1] === 0) && (body[2] === 0) !== (body[3] === 0)) {
    return { rule: 'file-unreadable', reason: 'utf16' };
  }
  let text: string;
  try {
    text = strictDecoder(encoding).decode(body);
  } catch {
    const loose = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    return { rule: 'file-unreadable', reason: 'encoding', at: positionOf(loose, loose.indexOf('\uFFFD')) };
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) return { rule: 'file-unreadable', reason: 'binary', at: positionOf(text, nul) };
  // The yaml package knows LF and CRLF; old Mac line ends (a lone CR) become LF, one for one.
  return { text: text.replace(/\r(?!\n)/g, '\n') };
}

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split(/\r\n|\r|\n/).length;
  const column = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, column, endLine: line, endColumn: column + 1 };
}

function parseYaml(text: string, lines?: LineCounter): Document.Parsed {
  return yamlPackage().parseDocument(text, {
    version: '1.2',
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
    ...lines && { lineCounter: lines },
  });
}

/** Where a text's first YAML mistake is, if it has one. */
function firstError(text: string): number | undefined {
  const doc = parseYaml(text);
  return (doc.errors[0] ?? doc.warnings[0])?.pos[0];
}

/** The yaml package's errors that already say exactly what is wrong. */
const PRECISE = new Set(['DUPLICATE_KEY', 'MULTIPLE_DOCS', 'TAB_AS_INDENT', 'TAG_RESOLVE_FAILED']);

/** Parses one YAML 1.2 document (core schema) and checks it against the limits. */
export function parse(text: string, limits: Limits = DEFAULT_LIMITS): Source | LoadFailure {
  const lines = new (yamlPackage().LineCounter)();
  const doc = parseYaml(text, lines);
  const at = (offset: number): Position => {
    const start = lines.linePos(offset);
    return { line: start.line, column: start.col, endLine: start.line, endColumn: start.col };
  };
  const hinted = (hint: Hint): LoadFailure => {
    const { offset, ...rest } = hint;
    return { rule: 'yaml-syntax', ...rest, at: at(offset) };
  };
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first?.code === 'RESOURCE_EXHAUSTION') {
    // The parser ran out of stack: nesting far beyond any limit.
    return { rule: 'limit-exceeded', limit: 'maxDepth', max: limits.maxDepth, at: at(first.pos[0]) };
  }
  // The shape is checked first so that the hints below never walk a document beyond the limits.
  const shape = checkShape(doc, limits, lines);
  if (first) {
    const errorAt = first.pos[0];
    const hint = 'rule' in shape ? undefined : specialSpace(text, doc, errorAt) ?? (PRECISE.has(first.code) ? undefined : quoteValue(text, errorAt, firstError));
    if (hint) return hinted(hint);
    return { rule: 'yaml-syntax', code: first.code, detail: first.message.split('\n')[0] ?? '', at: at(errorAt) };
  }
  if ('rule' in shape) return shape;
  const hint = specialSpace(text, doc, undefined) ?? (shape.aliases > 0 ? badAlias(text, doc, firstError) : undefined);
  if (hint) return hinted(hint);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliases });
  } catch {
    // Fewer alias nodes than the limit, but expanding them would exceed it (an alias bomb).
    return { rule: 'limit-exceeded', limit: 'maxAliases', max: limits.maxAliases, at: START };
  }
  return { text, doc, lines, data };
}

/** Depth, list length and alias count, walked once without expanding aliases; the aliases counted. */
function checkShape(doc: Document.Parsed, limits: Limits, lines: LineCounter): LoadFailure | { aliases: number } {
  const { isAlias, isMap, isSeq, isPair, isNode } = yamlPackage();
  let aliases = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isNode(node)) continue;
    const at = () => nodePosition(node, lines) ?? START;
    if (isAlias(node) && ++aliases > limits.maxAliases) {
      return { rule: 'limit-exceeded', limit: 'maxAliases', value: aliases, max: limits.maxAliases, at: at() };
    }
    if (isMap(node) || isSeq(node)) {
      if (depth > limits.maxDepth) {
        return { rule: 'limit-exceeded', limit: 'maxDepth', value: depth, max: limits.maxDepth, at: at() };
      }
      if (node.items.length > limits.maxItems) {
        return { rule: 'limit-exceeded', limit: 'maxItems', value: node.items.length, max: limits.maxItems, at: at() };
      }
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
        } else stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return { aliases };
}

function nodePosition(node: Node | null | undefined, lines: LineCounter): Position | undefined {
  const range = node?.range;
  if (!range) return undefined;
  const start = lines.linePos(range[0]);
  const end = lines.linePos(Math.max(range[0], range[1]));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

function keyText(key: unknown): string | undefined {
  if (yamlPackage().isScalar(key)) return String(key.value);
  return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
}

/**
 * Where a path stands in the source. `at: 'key'` points at the last key, `'value'` at its value.
 * When the path goes further than the document, the deepest existing key is the answer
 * (a missing key is reported at its parent's key; at the top level, line 1 column 1).
 */
export function locate(source: Pick<Source, 'doc' | 'lines'>, path: Path, at: 'key' | 'value' = 'value'): Position {
  const { isMap, isSeq, isNode } = yamlPackage();
  let node: unknown = source.doc.contents;
  let lastKey: Node | undefined;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    let next: unknown;
    let pair: Pair | undefined;
    if (isMap(node)) {
      pair = node.items.find((p) => keyText(p.key) === String(step));
      next = pair?.value;
    } else if (isSeq(node) && typeof step === 'number') {
      next = node.items[step];
    }
    if (pair === undefined && next === undefined) break;
    const isLast = i === path.length - 1;
    if (pair) {
      lastKey = isNode(pair.key) ? pair.key : lastKey;
      if (isLast && at === 'key') return nodePosition(lastKey, source.lines) ?? START;
      if (isLast) return nodePosition(isNode(next) ? next : lastKey, source.lines) ?? START;
    } else if (isNode(next)) {
      lastKey = next;
      if (isLast) return nodePosition(next, source.lines) ?? START;
    }
    node = next;
  }
  return nodePosition(lastKey, source.lines) ?? START;
}
