// First mistakes in YAML text that the yaml package reports in general terms (or not at all),
// recognised so that the message can say what happened and how to write it instead. Pure.
import type { Alias, Document, Node } from 'yaml';
import { yamlPackage } from './yaml-package.js';

/** A recognised mistake, at an offset into the text. */
export type Hint =
  /** A line indented with a character that looks like a space (`detail`: its code point, U+00A0). */
  | { code: 'SPECIAL_SPACE'; detail: string; offset: number }
  /** Plain text that YAML reads as structure: `shown` as written, `fix` with the text in double quotes. */
  | { code: 'QUOTE_VALUE'; detail: 'colon' | '*' | '@' | '`' | '%'; offset: number; shown: string; fix: string }
  /** An alias (`*name`, `detail`) with no anchor before it; `fix` when the value can simply be quoted. */
  | { code: 'BAD_ALIAS'; detail: string; offset: number; fix?: string }
  /** An alias inside the very node its anchor names: the data would contain itself. */
  | { code: 'RECURSIVE_ALIAS'; detail: string; offset: number };

/** Tells where a text's first YAML error is (an offset), if it has one. */
export type FirstError = (text: string) => number | undefined;

// Characters that look like a space: no-break, typographic and ideographic spaces, zero-width ones.
const SPECIAL = '\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff';
const HAS_SPECIAL = new RegExp(`[${SPECIAL}]`);
const SPECIAL_FIRST = new RegExp(`^[ \\t]*[${SPECIAL}]`, 'gm');

/** Whether a text holds a character that looks like a space (see `specialSpace`). */
export const hasSpecialSpace = (text: string): boolean => HAS_SPECIAL.test(text);

const lineStartOf = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
function lineEndOf(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/**
 * A line whose indentation holds a special space. Such a space inside text (a block scalar, a
 * quoted or continued value) is the writer's business; it is a mistake when it begins a key, or
 * when the document is broken (`errorAt`) on that line or after it.
 */
export function specialSpace(text: string, doc: Document.Parsed, errorAt: number | undefined): Hint | undefined {
  if (!hasSpecialSpace(text)) return undefined;
  const keys = new Set<number>();
  const values: [number, number][] = [];
  yamlPackage().visit(doc, {
    Scalar(key, node) {
      if (!node.range) return;
      if (key === 'key') keys.add(node.range[0]);
      else values.push([node.range[0], node.range[1]]);
    },
  });
  const errorLineEnd = errorAt === undefined ? -1 : lineEndOf(text, errorAt);
  for (const m of text.matchAll(SPECIAL_FIRST)) {
    const offset = m.index + m[0].length - 1;
    if (values.some(([start, end]) => start < offset && offset < end)) continue;
    if (keys.has(offset) || offset <= errorLineEnd) {
      return { code: 'SPECIAL_SPACE', detail: `U+${text.charCodeAt(offset).toString(16).toUpperCase().padStart(4, '0')}`, offset };
    }
  }
  return undefined;
}

// `key: value` (also after list dashes) and `- value`, with the value unquoted.
const KEY_VALUE = /^([ \t]*(?:-[ \t]+)*(?:"[^"\n]*"|'[^'\n]*'|[^\s#"'{}[\],&*!|>%@`-][^#\n]*?)[ \t]*:[ \t]+)(\S.*)$/;
const ITEM = /^([ \t]*(?:-[ \t]+)+)(\S.*)$/;
// Characters that cannot start plain text (`&` and `!` start anchors and tags, which do not fail).
const INDICATORS = ['*', '@', '`', '%'] as const;
/** A comment ends a plain value: a `#` after a blank. */
const COMMENT = /[ \t]+#.*$/;

const quoted = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
/** Long text is shown with its middle left out, cut between words where it can be. */
function elide(s: string): string {
  const chars = [...s];
  if (chars.length <= 80) return s;
  let head = chars.slice(0, 45).join('');
  let tail = chars.slice(-20).join('');
  if (head.lastIndexOf(' ') > 20) head = head.slice(0, head.lastIndexOf(' '));
  if (tail.indexOf(' ') >= 0 && tail.indexOf(' ') < 10) tail = tail.slice(tail.indexOf(' ') + 1);
  return `${head} … ${tail}`;
}
const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

/**
 * When the line at `offset` holds plain text that YAML reads as structure (a colon and a space
 * inside it, or a special character at its start), the same line with the whole text in double
 * quotes — offered only if the document then reads past that line.
 */
export function quoteValue(text: string, offset: number, firstError: FirstError): Extract<Hint, { code: 'QUOTE_VALUE' }> | undefined {
  const start = lineStartOf(text, offset);
  const line = text.slice(start, lineEndOf(text, offset)).replace(/\r$/, '');
  const keyed = KEY_VALUE.exec(line);
  const m = keyed ?? ITEM.exec(line);
  if (!m || /^[{[]/.test(m[2]!)) return flowValue(text, start, line, offset, firstError);
  const prefix = m[1]!;
  let comment = COMMENT.exec(m[2]!);
  const first = comment ? m[2]!.slice(0, comment.index) : m[2]!;
  if (/^["'|>]/.test(first)) return undefined;
  const detail = /:[ \t]/.test(first) || first.endsWith(':') ? 'colon' : INDICATORS.find((c) => first.startsWith(c));
  if (detail === undefined) return undefined;
  // A plain value may go on over more deeply indented lines; quoted, it is written on one.
  const parts = [first.trimEnd()];
  let end = lineEndOf(text, offset);
  // Lines that go on are indented more than the key, or than the dash of a list item.
  const keyIndent = keyed ? indentOf(prefix.replace(/-/g, ' ')) : prefix.lastIndexOf('-');
  while (!comment && end < text.length) {
    const next = text.slice(end + 1, lineEndOf(text, end + 1)).replace(/\r$/, '');
    if (next.trim() === '' || next.trim().startsWith('#') || indentOf(next) <= keyIndent) break;
    comment = COMMENT.exec(next);
    parts.push((comment ? next.slice(0, comment.index) : next).trim());
    end = lineEndOf(text, end + 1);
  }
  const fixed = `${prefix}${quoted(parts.join(' '))}${comment ? comment[0] : ''}`;
  const after = firstError(text.slice(0, start) + fixed + text.slice(end));
  if (after !== undefined && after < start + fixed.length) return undefined;
  const lead = prefix.trimStart();
  return {
    code: 'QUOTE_VALUE', detail, offset,
    shown: `${lead}${elide(first.trimEnd())}${parts.length > 1 ? ' …' : ''}`,
    fix: `${lead}${quoted(elide(parts.join(' ')))}`,
  };
}

/** The same inside `{ … }` or `[ … ]`: the value from `offset` to the next comma or bracket. */
function flowValue(text: string, start: number, line: string, offset: number, firstError: FirstError): Extract<Hint, { code: 'QUOTE_VALUE' }> | undefined {
  const at = offset - start;
  if (!/[{[]/.test(line.slice(0, at)) || !/:[ \t]+$/.test(line.slice(0, at))) return undefined;
  const stop = line.slice(at).search(/[,}\]]/);
  if (stop < 0) return undefined;
  const value = line.slice(at, at + stop).trimEnd();
  const detail = /:[ \t]/.test(value) ? 'colon' : INDICATORS.find((c) => value.startsWith(c));
  if (detail === undefined) return undefined;
  const fixed = `${line.slice(0, at)}${quoted(value)}${line.slice(at + value.length)}`;
  const after = firstError(text.slice(0, start) + fixed + text.slice(start + line.length));
  if (after !== undefined && after < start + fixed.length) return undefined;
  return { code: 'QUOTE_VALUE', detail, offset, shown: line.trim(), fix: fixed.trim() };
}

/**
 * The first alias that cannot be resolved: no anchor of its name before it, or inside the node
 * it names. Anchors are taken in document order, the last one of a name winning, as yaml does.
 */
export function badAlias(text: string, doc: Document.Parsed, firstError: FirstError): Extract<Hint, { code: 'BAD_ALIAS' | 'RECURSIVE_ALIAS' }> | undefined {
  const anchors = new Map<string, Node>();
  const { isAlias, visit } = yamlPackage();
  let found: { alias: Alias; recursive: boolean } | undefined;
  visit(doc, {
    Node(_key, node, path) {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target === undefined || path.includes(target)) {
          found = { alias: node, recursive: target !== undefined };
          return visit.BREAK;
        }
      } else if (node.anchor) anchors.set(node.anchor, node);
      return undefined;
    },
  });
  if (!found) return undefined;
  const { alias, recursive } = found;
  const offset = alias.range?.[0] ?? 0;
  if (recursive) return { code: 'RECURSIVE_ALIAS', detail: alias.source, offset };
  const quote = quoteValue(text, offset, firstError);
  return { code: 'BAD_ALIAS', detail: alias.source, offset, ...quote && { fix: quote.fix } };
}
