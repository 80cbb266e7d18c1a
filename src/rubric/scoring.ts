// How one item of a rubric is scored: its conditions, bands and caps, checked and compiled.
import type { Path } from '../core/path.js';
import { compileCondition } from './condition.js';
import type { Band, Scoring } from './rubric.js';
import type { Mistakes } from './mistakes.js';
import type { ConditionFile, RubricFile } from './schema.js';

type ScoringFile = Pick<RubricFile['criteria'][number], 'judged' | 'bands' | 'caps' | 'missing' | 'max'>;
type BandFile = NonNullable<ScoringFile['bands']>[number];

/** Whether an item gives points, or takes them off (in a deduction criterion). */
export type Role = 'score' | 'bonus' | 'deduction';

/** Whether band `b`'s threshold is out of order after band `p`'s, on the same fact. */
function thresholdOutOfOrder(p: ConditionFile, c: ConditionFile): boolean {
  if (!p.fact || p.fact !== c.fact || !p.op || !c.op || typeof p.value !== 'number' || typeof c.value !== 'number') return false;
  const down = (p.op === '>=' || p.op === '>') && (c.op === '>=' || c.op === '>');
  const up = (p.op === '<=' || p.op === '<') && (c.op === '<=' || c.op === '<');
  return (down && c.value > p.value) || (up && c.value < p.value) || ((down || up) && c.value === p.value && c.op === p.op);
}

/**
 * Whether two bands in a row must keep the order of points: unless one of them combines
 * conditions (all / any / not), which lets a scale start again for another case (120 minutes for a
 * large cell, then 90 for the others).
 */
const ordered = (p: BandFile, b: BandFile) => [p.when, b.when].every((w) => w === undefined || (w.all ?? w.any ?? w.not) === undefined);

/**
 * The bands, from most points to fewest (a deduction's from the largest deduction to none), the
 * last one alone allowed no condition.
 */
function checkBands(bands: readonly BandFile[], max: number, role: Role, path: Path, out: Mistakes): Band[] {
  return bands.map((b, i) => {
    const at = [...path, 'bands', i];
    const prev = bands[i - 1];
    if (role === 'deduction') {
      if (b.points > 0) out.add([...at, 'points'], 'deductionPositive', { points: b.points });
      if (b.points < -max) out.add([...at, 'points'], 'deductionBelowMax', { points: b.points, max });
      if (prev && ordered(prev, b) && prev.points > b.points) out.add([...at, 'points'], 'deductionBandsOrder', { points: b.points, previous: prev.points });
    } else {
      if (b.points > max) out.add([...at, 'points'], 'bandAboveMax', { points: b.points, max });
      if (b.points < 0) out.add([...at, 'points'], 'bandNegative', { points: b.points });
      if (prev && ordered(prev, b) && prev.points < b.points) out.add([...at, 'points'], 'bandPointsRise', { points: b.points, previous: prev.points });
    }
    if (b.when === undefined && i < bands.length - 1) out.add(at, 'bandOtherwiseNotLast');
    const when = b.when && compileCondition(b.when, [...at, 'when'], out);
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
    const when = compileCondition(cap.when, [...at, 'when'], out);
    return when ? [{ when, max: cap.max }] : [];
  });
}

/** How an item (or a criterion without items) is scored, or undefined when that is wrong. */
export function checkScoring(s: ScoringFile, role: Role, path: Path, out: Mistakes): Scoring | undefined {
  if (role === 'deduction' && (s.judged === true || s.missing === 'judged')) {
    out.add(path, 'deductionJudged');
    return undefined;
  }
  if (role === 'deduction' && s.caps !== undefined) out.add([...path, 'caps'], 'deductionCaps');
  if (s.judged === true && s.bands === undefined) return { type: 'judged' };
  if (s.bands === undefined || s.judged === true) {
    out.add(path, 'scoringWays');
    return undefined;
  }
  const before = out.count;
  const bands = checkBands(s.bands, s.max, role, path, out);
  const caps = checkCaps(s.caps ?? [], s.max, path, out);
  if (out.count > before) return undefined;
  return { type: 'measured', bands, caps, missing: s.missing ?? 'zero' };
}
