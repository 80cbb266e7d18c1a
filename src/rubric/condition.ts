// The condition language of a rubric: `{ fact | facts, op, value }`, compiled with its checks,
// evaluated against a record's facts (true, false, or unknown when a fact is not written), and the
// facts it reads. Every user of a condition goes through this module; its words for people are in
// rules/condition-words.ts, beside the fact names they need (a floor above this one).
import { FACT_TYPES, type FactId, type Facts, type FactValue } from '../core/facts.js';
import type { Path } from '../core/path.js';
import type { Mistakes } from './mistakes.js';
import type { ConditionFile, Operator } from './schema.js';

/** A compiled condition: every one of `facts` must meet `op value`. */
export interface Condition {
  facts: FactId[];
  op: Operator;
  value?: number | boolean | string | string[];
}

const NUMERIC_OPS: readonly Operator[] = ['>=', '>', '<=', '<'];

/** A condition, or undefined (with the first mistake it makes). */
export function compileCondition(c: ConditionFile, path: Path, out: Mistakes): Condition | undefined {
  if ((c.fact === undefined) === (c.facts === undefined)) {
    out.add(path, 'conditionFacts');
    return undefined;
  }
  const facts = c.facts ?? [c.fact!];
  if (NUMERIC_OPS.includes(c.op)) {
    const wrong = facts.find((fact) => FACT_TYPES[fact] !== 'number' || typeof c.value !== 'number');
    if (wrong) {
      out.add([...path, 'op'], 'conditionNotNumeric', { op: c.op, fact: wrong, type: FACT_TYPES[wrong] });
      return undefined;
    }
  }
  if (c.op === 'in' && !Array.isArray(c.value)) {
    out.add([...path, 'value'], 'conditionInNeedsList');
    return undefined;
  }
  if ((c.op === '=' || c.op === '!=') && (c.value === undefined || Array.isArray(c.value))) {
    out.add([...path, 'value'], 'conditionNeedsValue', { op: c.op });
    return undefined;
  }
  return c.value === undefined ? { facts, op: c.op } : { facts, op: c.op, value: c.value };
}

/** Whether one written fact value meets the condition. */
function meets(c: Condition, v: Exclude<FactValue, null>): boolean {
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
 * Whether the facts meet the condition: false when a written fact fails it, otherwise undefined
 * (unknown) when a fact it compares is not written. A presence test is never unknown: an absent
 * fact is its answer.
 */
export function evaluate(c: Condition, facts: Facts): boolean | undefined {
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

/** The facts a condition reads, in its order. */
export const factsOf = (c: Condition): readonly FactId[] => c.facts;

/** Whether a condition compares values (a presence test does not: an absent fact is its answer). */
export const compares = (c: Condition): boolean => c.op !== 'present';
