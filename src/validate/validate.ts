// Plain data → typed value, or schema issues that say where and what, in words any message can use.
import type { z } from 'zod';
import type { Path } from '../core/path.js';
import type { FormatCheck } from './vocabulary.js';
import { readWhen, type Reading, type WhenFormat } from './when.js';

export type Expected = 'string' | 'number' | 'integer' | 'boolean' | 'list' | 'mapping';

export type SchemaProblem =
  | { kind: 'missing' }
  | { kind: 'unknown' }
  | { kind: 'type'; expected: Expected; got: string }
  | { kind: 'range'; min?: number; max?: number }
  | { kind: 'enum'; values: string[] }
  /** `numbers`: what a check of counts compared, for its message. */
  | { kind: 'format'; format: FormatCheck | 'version'; numbers?: Record<string, number> }
  /** A date, time or month that is not valid: the text read, and what it was most likely meant to be. */
  | { kind: 'when'; format: WhenFormat; value: string; reading: Reading };

export interface SchemaIssue {
  path: Path;
  /** Where the issue points: the key (unknown, missing) or the value. */
  at: 'key' | 'value';
  problem: SchemaProblem;
}

/**
 * Keys starting with `x-` are the user's own and are dropped at every level before validation.
 * Objects are rebuilt; a `__proto__` key is defined, not assigned, so it stays an ordinary (unknown) key.
 */
export function stripExtensions(value: unknown): unknown {
  // Most data has no such key: it is copied only when it has one (a plain copy reads the same).
  if (!hasExtensions(value)) return value;
  if (Array.isArray(value)) return value.map(stripExtensions);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith('x-')) continue;
    if (key === '__proto__') Object.defineProperty(out, key, { value: stripExtensions(item), enumerable: true, writable: true, configurable: true });
    else out[key] = stripExtensions(item);
  }
  return out;
}

/** Whether plain data (arrays and plain objects) holds an `x-` key anywhere, or is of any other kind. */
function hasExtensions(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return Object.getPrototypeOf(value) !== Array.prototype || value.some(hasExtensions);
  if (Object.getPrototypeOf(value) !== Object.prototype) return true;
  for (const key in value) {
    if (!Object.hasOwn(value, key) || key.startsWith('x-') || key === '__proto__' || hasExtensions((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

function valueAt(data: unknown, path: Path): { found: boolean; value: unknown } {
  let node = data;
  for (const step of path) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, step)) {
      return { found: false, value: undefined };
    }
    node = (node as Record<string | number, unknown>)[step];
  }
  return { found: true, value: node };
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    return JSON.stringify(value);
  }
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

const EXPECTED: Record<string, Expected> = {
  string: 'string', number: 'number', int: 'integer', boolean: 'boolean', array: 'list',
  object: 'mapping', record: 'mapping',
};

function toIssues(issue: z.core.$ZodIssue, data: unknown): SchemaIssue[] {
  const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], at: 'key', problem: { kind: 'unknown' } }));
    case 'invalid_type': {
      const { found, value } = valueAt(data, path);
      if (!found || value === undefined) return [{ path, at: 'key', problem: { kind: 'missing' } }];
      return [{ path, at: 'value', problem: { kind: 'type', expected: EXPECTED[issue.expected] ?? 'string', got: describeValue(value) } }];
    }
    case 'too_small':
    case 'too_big': {
      const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      return [{ path, at: 'value', problem: issue.code === 'too_small' ? { kind: 'range', min: bound } : { kind: 'range', max: bound } }];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (values.length === 1 && values[0] === 'chibo/v1') return [{ path, at: 'value', problem: { kind: 'format', format: 'version' } }];
      return [{ path, at: 'value', problem: { kind: 'enum', values } }];
    }
    case 'custom': {
      const params = issue.params as { format?: FormatCheck; numbers?: Record<string, number> } | undefined;
      const format = params?.format ?? 'blank';
      const { value } = valueAt(data, path);
      if ((format === 'date' || format === 'time' || format === 'month') && typeof value === 'string') {
        return [{ path, at: 'value', problem: { kind: 'when', format, value, reading: readWhen(format, value) } }];
      }
      return [{ path, at: 'value', problem: { kind: 'format', format, ...params?.numbers && { numbers: params.numbers } } }];
    }
    case 'invalid_union': {
      // A value that may take several forms (a guest: a name, or a name with a role): the
      // issues of the form it was written in, not of the forms it does not have.
      const written = issue.errors.find((branch) => !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (written) return written.flatMap((i) => toIssues({ ...i, path: [...issue.path, ...i.path] }, data));
      return [{ path, at: 'value', problem: { kind: 'type', expected: 'string', got: describeValue(valueAt(data, path).value) } }];
    }
    default:
      return [{ path, at: 'value', problem: { kind: 'type', expected: 'string', got: describeValue(valueAt(data, path).value) } }];
  }
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: SchemaIssue[] };

/**
 * Validates plain data against a schema; the top level must be a mapping. `schema` may be given as
 * a function that returns it, called only when it is needed: `fast`, when given, reads the data
 * first, `x-` keys still in it, and stands for the schema when it gives a value (which must then be
 * the schema's output for the data without them).
 */
export function validate<S extends z.ZodType>(
  schema: S | (() => S),
  data: unknown,
  fast?: (data: unknown) => z.output<S> | undefined,
): Validated<z.output<S>> {
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    const got = data === null || data === undefined ? 'empty' : describeValue(data);
    return { ok: false, issues: [{ path: [], at: 'value', problem: { kind: 'type', expected: 'mapping', got } }] };
  }
  const read = fast?.(data);
  if (read !== undefined) return { ok: true, value: read };
  const clean = stripExtensions(data);
  const result = (typeof schema === 'function' ? schema() : schema).safeParse(clean);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.flatMap((issue) => toIssues(issue, clean)) };
}
