// JSON Schemas of the record format, rubric files and the config file, generated from the same
// zod schemas the checker uses: never a second hand-written copy.
import * as z from 'zod';
import { configSchema } from './config-schema.js';
import { jsonHints, recordSchema, type JsonHint } from './record-schema.js';
import { rubricSchema } from '../rubric/schema.js';
import { foldLetters, WORD_SEPARATORS, type Choice } from './text.js';

type JsonObject = { [key: string]: unknown };

/** Keys starting with `x-` are allowed at every level, as the checker allows them. */
function allowExtensions(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(allowExtensions);
  if (node === null || typeof node !== 'object') return;
  const obj = node as JsonObject;
  if (obj.additionalProperties === false) obj.patternProperties = { '^x-': {} };
  Object.values(obj).forEach(allowExtensions);
}

// Patterns use only what ECMA-262, Python's `re` and Rust's regress read alike: no `\p{…}`, no `u` flag needed.
const escapeChar = (cp: number) =>
  /\p{L}/u.test(String.fromCodePoint(cp)) ? String.fromCodePoint(cp) : `\\u${cp.toString(16).padStart(4, '0')}`;

let letterClasses: Map<string, string> | undefined;

/**
 * For each letter a–z, a character class of every character that folds to it as chibo folds
 * values ("o", "Ô", "ớ", …): found by folding every code point once, so the pattern and the
 * checker cannot disagree.
 */
function letterClass(letter: string): string {
  if (!letterClasses) {
    const points = new Map<string, number[]>();
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const folded = foldLetters(String.fromCodePoint(cp));
      if (folded.length === 1 && folded >= 'a' && folded <= 'z') points.set(folded, [...(points.get(folded) ?? []), cp]);
    }
    letterClasses = new Map();
    for (const [l, cps] of points) {
      const ranges: [number, number][] = [];
      for (const cp of cps) {
        const last = ranges[ranges.length - 1];
        if (last && last[1] === cp - 1) last[1] = cp;
        else ranges.push([cp, cp]);
      }
      letterClasses.set(l, `[${ranges.map(([a, b]) => (a === b ? escapeChar(a) : `${escapeChar(a)}-${escapeChar(b)}`)).join('')}]`);
    }
  }
  const cls = letterClasses.get(letter);
  if (!cls) throw new Error(`no letter class for "${letter}"`);
  return cls;
}

/** The combining marks that folding drops (see foldLetters). */
const MARKS = '[\\u0300-\\u036f]';
const SEPARATOR = `(?:[${WORD_SEPARATORS}]${MARKS}*)`;

/** The folded words as one regular expression, common beginnings shared. */
function wordsPattern(words: readonly string[]): string {
  const rest = words.filter((w) => w !== '');
  if (rest.length === 0) return '';
  const byFirst = new Map<string, string[]>();
  for (const w of rest) byFirst.set(w[0]!, [...(byFirst.get(w[0]!) ?? []), w.slice(1)]);
  const alternatives = [...byFirst].map(([first, tails]) =>
    (first === ' ' ? `${SEPARATOR}+` : `${letterClass(first)}${MARKS}*`) + wordsPattern(tails));
  const body = alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
  return rest.length < words.length ? `(?:${body})?` : body;
}

/** Any spelling chibo accepts: any case, diacritics in NFC or NFD or none, spaces or underscores. */
const choicePattern = (choice: Choice<string>) =>
  `^${MARKS}*${SEPARATOR}*${wordsPattern(choice.ids.flatMap((id) => choice.folded[id]!))}${SEPARATOR}*$`;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The spellings editors offer: ids, other spellings, and each Vietnamese name in its usual forms. */
function listedSpellings(choice: Choice<string>, id: string): string[] {
  const { vi, also = [] } = choice.spellings[id]!;
  const names = vi.flatMap((n) => [n, n.toLowerCase(), capitalise(n.toLowerCase()), foldLetters(n)]);
  return [...new Set([id, ...also, ...names])];
}

/** Replaces zod's translation of a checked string or a choice with what editors and validators need. */
function applyHint(hint: JsonHint, json: JsonObject): void {
  if ('pattern' in hint) {
    Object.assign(json, { type: 'string', pattern: hint.pattern, patternErrorMessage: hint.message });
    return;
  }
  const ids = hint.choice.ids;
  const listed = ids.flatMap((id) => listedSpellings(hint.choice, id).map((s) => [s, hint.values[id]!] as const));
  const strings = [
    { type: 'string', enum: listed.map(([s]) => s), enumDescriptions: listed.map(([, d]) => d) },
    { type: 'string', pattern: choicePattern(hint.choice), patternErrorMessage: hint.message },
  ];
  delete json.type;
  json.anyOf = hint.booleans ? [{ type: 'boolean', enum: [true, false], enumDescriptions: ids.map((id) => hint.values[id]) }, ...strings] : strings;
}

/** zod's translation, with the hints of checked strings and choices applied (dates in rubrics and configs too). */
const HINTED = {
  io: 'input',
  target: 'draft-2020-12',
  override: ({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: unknown }) => {
    const hint = jsonHints.get(zodSchema as z.ZodType);
    if (hint) applyHint(hint, jsonSchema as JsonObject);
  },
} as const;

export function recordJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(recordSchema, HINTED) as JsonObject;
  allowExtensions(schema);
  return { title: 'chibo meeting record (chibo/v1)', ...schema };
}

export function rubricJsonSchema(): JsonObject {
  return { title: 'chibo rubric', ...(z.toJSONSchema(rubricSchema, HINTED) as JsonObject) };
}

export function configJsonSchema(): JsonObject {
  return { title: 'chibo configuration (chibo.config.yaml)', ...(z.toJSONSchema(configSchema, HINTED) as JsonObject) };
}

export const JSON_SCHEMAS = { record: recordJsonSchema, rubric: rubricJsonSchema, config: configJsonSchema } as const;
