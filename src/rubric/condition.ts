// The condition language of a rubric: a comparison `{ fact | facts, op, value }`, or `all` / `any`
// of conditions, or `not` one; compiled with its checks, evaluated against a record's facts (true,
// false, or unknown when a fact it needs is not known), and the facts it reads. Every user of a
// condition goes through this module; its words for people are in rules/condition-words.ts, beside
// the fact names they need (a floor above this one).
import { FACT_TYPES, type FactId, type Facts, type FactValue } from '../core/facts.js';
import type { Path } from '../core/path.js';
import type { Mistakes } from './mistakes.js';
import type { ConditionFile, Operator } from './schema.js';

/** A comparison: every one of `facts` must meet `op value`. */
export interface Comparison {
  facts: FactId[];
  op: Operator;
  value?: number | boolean | string | string[];
}

/** A compiled condition. */
export type Condition = Comparison | { all: Condition[] } | { any: Condition[] } | { not: Condition };

const NUMERIC_OPS: readonly Operator[] = ['>=', '>', '<=', '<'];

/** Whether a compiled condition is a comparison (not all / any / not). */
export const isComparison = (c: Condition): c is Comparison => 'op' in c;

/** A comparison, or undefined (with the first mistake it makes). */
function compileComparison(c: ConditionFile, path: Path, out: Mistakes): Comparison | undefined {
  if ((c.fact === undefined) === (c.facts === undefined)) {
    out.add(path, 'conditionFacts');
    return undefined;
  }
  const facts = c.facts ?? [c.fact!];
  const op = c.op;
  if (op === undefined) {
    out.add(path, 'conditionNeedsOp');
    return undefined;
  }
  if (NUMERIC_OPS.includes(op)) {
    const wrong = facts.find((fact) => FACT_TYPES[fact] !== 'number' || typeof c.value !== 'number');
    if (wrong) {
      out.add([...path, 'op'], 'conditionNotNumeric', { op, fact: wrong, type: FACT_TYPES[wrong] });
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
  return c.value === undefined ? { facts, op } : { facts, op, value: c.value };
}

/** A condition, or undefined (with the mistakes it makes). */
export function compileCondition(c: ConditionFile, path: Path, out: Mistakes): Condition | undefined {
  const forms = [c.fact !== undefined || c.facts !== undefined || c.op !== undefined || c.value !== undefined, c.all, c.any, c.not]
    .filter((f) => f !== undefined && f !== false).length;
  if (forms > 1) {
    out.add(path, 'conditionForms');
    return undefined;
  }
  const several = (key: 'all' | 'any', list: ConditionFile[]) => {
    const before = out.count;
    const parts = list.map((x, i) => compileCondition(x, [...path, key, i], out));
    return out.count > before ? undefined : (parts as Condition[]);
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
    const not = compileCondition(c.not, [...path, 'not'], out);
    return not && { not };
  }
  return compileComparison(c, path, out);
}

/** Whether one written fact value meets the comparison. */
function meets(c: Comparison, v: Exclude<FactValue, null>): boolean {
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
export function evaluate(c: Condition, facts: Facts): boolean | undefined {
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
export function comparisonsOf(c: Condition): Comparison[] {
  if ('all' in c) return c.all.flatMap(comparisonsOf);
  if ('any' in c) return c.any.flatMap(comparisonsOf);
  if ('not' in c) return comparisonsOf(c.not);
  return [c];
}

/** The facts a condition reads, in its order, each once. */
export const factsOf = (c: Condition): FactId[] => [...new Set(comparisonsOf(c).flatMap((x) => x.facts))];

/** The facts a condition compares (a presence test does not compare: an absent fact is its answer). */
export const factsCompared = (c: Condition): FactId[] =>
  [...new Set(comparisonsOf(c).flatMap((x) => (x.op === 'present' ? [] : x.facts)))];

/** The facts whose being unknown makes the condition unknown on these facts. */
export const unknownFacts = (c: Condition, facts: Facts): FactId[] => factsCompared(c).filter((id) => facts[id] === null);
