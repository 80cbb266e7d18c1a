// The condition language of a rubric: a comparison `{ fact | facts | sum, op, value }`, or `all` /
// `any` of conditions, or `not` one, on a record's facts or a year's; compiled with its checks, evaluated against a record's facts (true,
// false, or unknown when a fact it needs is not known), and the facts it reads. Every user of a
// condition goes through this module; its words for people are in rules/condition-words.ts, beside
// the fact names they need (a floor above this one).
import { FACT_TYPES, type FactId, type FactType, type FactValue } from '../core/facts.js';
import type { Path } from '../core/path.js';
import type { Mistakes } from './mistakes.js';
import type { ConditionFile, Operator } from './schema.js';

/** A comparison: every one of `facts` must meet `op value`; with `sum`, their sum must. */
export interface Comparison<F extends string = FactId> {
  facts: F[];
  op: Operator;
  value?: number | boolean | string | string[];
  sum?: true;
}

/** A compiled condition, on a record's facts or (with `F`) another set of facts. */
export type Condition<F extends string = FactId> = Comparison<F> | { all: Condition<F>[] } | { any: Condition<F>[] } | { not: Condition<F> };

/** Facts to evaluate a condition against: null where a fact is not known. */
type Known<F extends string> = Readonly<Record<F, FactValue>>;

const NUMERIC_OPS: readonly Operator[] = ['>=', '>', '<=', '<'];

/** Whether a compiled condition is a comparison (not all / any / not). */
export const isComparison = <F extends string>(c: Condition<F>): c is Comparison<F> => 'op' in c;

/** A comparison, or undefined (with the first mistake it makes). */
function compileComparison<F extends string>(c: ConditionFile<F>, path: Path, out: Mistakes, types: Readonly<Record<F, FactType>>): Comparison<F> | undefined {
  if ([c.fact, c.facts, c.sum].filter((x) => x !== undefined).length !== 1) {
    out.add(path, 'conditionFacts');
    return undefined;
  }
  const facts = c.facts ?? c.sum ?? [c.fact!];
  const op = c.op;
  if (op === undefined) {
    out.add(path, 'conditionNeedsOp');
    return undefined;
  }
  if (NUMERIC_OPS.includes(op) || c.sum) {
    const wrong = facts.find((fact) => types[fact] !== 'number' || typeof c.value !== 'number');
    if (wrong) {
      out.add([...path, 'op'], 'conditionNotNumeric', { op, fact: wrong, type: types[wrong] });
      return undefined;
    }
  }
  if (op === 'in' && !Array.isArray(c.value)) {
    out.add([...path, 'value'], 'conditionInNeedsList');
    return undefined;
  }
  if ((op === '=' || op === '!=') && (c.value === undefined || Array.isArray(c.value))) {
    out.add([...path, 'value'], 'conditionNeedsValue', { op });
    return undefined;
  }
  const compiled: Comparison<F> = c.value === undefined ? { facts, op } : { facts, op, value: c.value };
  return c.sum ? { ...compiled, sum: true } : compiled;
}

/**
 * A condition, or undefined (with the mistakes it makes); `types` are the types of the facts it
 * may name (by default a record's).
 */
export function compileCondition<F extends string = FactId>(
  c: ConditionFile<F>,
  path: Path,
  out: Mistakes,
  types: Readonly<Record<F, FactType>> = FACT_TYPES as unknown as Readonly<Record<F, FactType>>,
): Condition<F> | undefined {
  const comparison = [c.fact, c.facts, c.sum, c.op, c.value].some((x) => x !== undefined);
  const forms = [comparison || undefined, c.all, c.any, c.not].filter((f) => f !== undefined).length;
  if (forms > 1) {
    out.add(path, 'conditionForms');
    return undefined;
  }
  const several = (key: 'all' | 'any', list: ConditionFile<F>[]) => {
    const before = out.count;
    const parts = list.map((x, i) => compileCondition(x, [...path, key, i], out, types));
    return out.count > before ? undefined : (parts as Condition<F>[]);
  };
  if (c.all) {
    const all = several('all', c.all);
    return all && { all };
  }
  if (c.any) {
    const any = several('any', c.any);
    return any && { any };
  }
  if (c.not) {
    const not = compileCondition(c.not, [...path, 'not'], out, types);
    return not && { not };
  }
  return compileComparison(c, path, out, types);
}

/** Whether one written fact value meets the comparison. */
function meets(c: Comparison<string>, v: Exclude<FactValue, null>): boolean {
  switch (c.op) {
    case 'present': return true;
    case '>=': return Number(v) >= Number(c.value);
    case '>': return Number(v) > Number(c.value);
    case '<=': return Number(v) <= Number(c.value);
    case '<': return Number(v) < Number(c.value);
    case '=': return v === c.value;
    case '!=': return v !== c.value;
    case 'in': return Array.isArray(c.value) && c.value.includes(String(v));
  }
}

/**
 * Whether the facts meet the condition: true, false, or undefined (unknown) when a fact it needs
 * is not known. A comparison is false when a written fact fails it, otherwise unknown when a fact
 * it compares is not written; a presence test is never unknown (an absent fact is its answer).
 * `all` is false when one part is false, `any` true when one part is true, `not` unknown when its
 * part is: unknown otherwise when a part is unknown.
 */
export function evaluate<F extends string>(c: Condition<F>, facts: Known<F>): boolean | undefined {
  if ('all' in c) {
    let unknown = false;
    for (const part of c.all) {
      const v = evaluate(part, facts);
      if (v === false) return false;
      if (v === undefined) unknown = true;
    }
    return unknown ? undefined : true;
  }
  if ('any' in c) {
    let unknown = false;
    for (const part of c.any) {
      const v = evaluate(part, facts);
      if (v === true) return true;
      if (v === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  }
  if ('not' in c) {
    const v = evaluate(c.not, facts);
    return v === undefined ? undefined : !v;
  }
  if (c.sum) {
    const values = c.facts.map((id) => facts[id]);
    return values.includes(null) ? undefined : meets(c, values.reduce<number>((n, v) => n + Number(v), 0));
  }
  let unknown = false;
  for (const id of c.facts) {
    const v = facts[id];
    if (v === null) {
      if (c.op === 'present') return false;
      unknown = true;
    } else if (!meets(c, v)) return false;
  }
  return unknown ? undefined : true;
}

/** The comparisons of a condition, in its order. */
export function comparisonsOf<F extends string>(c: Condition<F>): Comparison<F>[] {
  if ('all' in c) return c.all.flatMap(comparisonsOf);
  if ('any' in c) return c.any.flatMap(comparisonsOf);
  if ('not' in c) return comparisonsOf(c.not);
  return [c];
}

/** The facts a condition reads, in its order, each once. */
export const factsOf = <F extends string>(c: Condition<F>): F[] => [...new Set(comparisonsOf(c).flatMap((x) => x.facts))];

/** The facts a condition compares (a presence test does not compare: an absent fact is its answer). */
export const factsCompared = <F extends string>(c: Condition<F>): F[] =>
  [...new Set(comparisonsOf(c).flatMap((x) => (x.op === 'present' ? [] : x.facts)))];

/** The facts whose being unknown makes the condition unknown on these facts. */
export const unknownFacts = <F extends string>(c: Condition<F>, facts: Known<F>): F[] => factsCompared(c).filter((id) => facts[id] === null);
