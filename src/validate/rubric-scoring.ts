// How one item of a rubric is scored: its conditions, bands and caps, checked and compiled.
import { FACT_TYPES } from '../core/facts.js';
import type { Path } from '../core/path.js';
import type { Band, Condition, Scoring } from './rubric.js';
import type { Mistakes } from './rubric-mistakes.js';
import type { ConditionFile, Operator, RubricFile } from './rubric-schema.js';

const NUMERIC_OPS: readonly Operator[] = ['>=', '>', '<=', '<'];

/** A condition, or undefined (with the first mistake it makes). */
export function checkCondition(c: ConditionFile, path: Path, out: Mistakes): Condition | undefined {
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

type ScoringFile = Pick<RubricFile['criteria'][number], 'judged' | 'bands' | 'caps' | 'missing' | 'max'>;
type BandFile = NonNullable<ScoringFile['bands']>[number];

/** Whether band `b`'s threshold is out of order after band `p`'s, on the same fact. */
function thresholdOutOfOrder(p: ConditionFile, c: ConditionFile): boolean {
  if (!p.fact || p.fact !== c.fact || typeof p.value !== 'number' || typeof c.value !== 'number') return false;
  const down = (p.op === '>=' || p.op === '>') && (c.op === '>=' || c.op === '>');
  const up = (p.op === '<=' || p.op === '<') && (c.op === '<=' || c.op === '<');
  return (down && c.value > p.value) || (up && c.value < p.value) || ((down || up) && c.value === p.value && c.op === p.op);
}

/** The bands, from most points to fewest, the last one alone allowed no condition. */
function checkBands(bands: readonly BandFile[], max: number, path: Path, out: Mistakes): Band[] {
  return bands.map((b, i) => {
    const at = [...path, 'bands', i];
    if (b.points > max) out.add([...at, 'points'], 'bandAboveMax', { points: b.points, max });
    if (b.when === undefined && i < bands.length - 1) out.add(at, 'bandOtherwiseNotLast');
    const when = b.when && checkCondition(b.when, [...at, 'when'], out);
    const prev = bands[i - 1];
    if (prev && prev.points < b.points) out.add([...at, 'points'], 'bandPointsRise', { points: b.points, previous: prev.points });
    if (prev?.when && b.when && thresholdOutOfOrder(prev.when, b.when)) {
      out.add([...at, 'when', 'value'], 'bandThresholdOrder', { value: b.when.value as number, previous: prev.when.value as number });
    }
    return when ? { when, points: b.points } : { points: b.points };
  });
}

function checkCaps(caps: NonNullable<ScoringFile['caps']>, max: number, path: Path, out: Mistakes) {
  return caps.flatMap((cap, i) => {
    const at = [...path, 'caps', i];
    if (cap.max > max) out.add([...at, 'max'], 'capAboveMax', { cap: cap.max, max });
    const when = checkCondition(cap.when, [...at, 'when'], out);
    return when ? [{ when, max: cap.max }] : [];
  });
}

/** How an item (or a criterion without items) is scored, or undefined when that is wrong. */
export function checkScoring(s: ScoringFile, path: Path, out: Mistakes): Scoring | undefined {
  if (s.judged === true && s.bands === undefined) return { type: 'judged' };
  if (s.bands === undefined || s.judged === true) {
    out.add(path, 'scoringWays');
    return undefined;
  }
  const before = out.count;
  const bands = checkBands(s.bands, s.max, path, out);
  const caps = checkCaps(s.caps ?? [], s.max, path, out);
  if (out.count > before) return undefined;
  return { type: 'measured', bands, caps, missing: s.missing ?? 'zero' };
}
