// Rubric × facts × claims → scores (rubrics.md, "How a record is scored"). Pure functions.
import { isAcrossFact, type FactId, type Facts } from '../core/facts.js';
import type { MeetingRecord } from '../validate/record-schema.js';
import { evaluate, factsCompared, factsOf, unknownFacts } from '../rubric/condition.js';
import type { Criterion, Item, KindRubric, Level, Localized, Role, Scoring } from '../rubric/rubric.js';
import type { RatingId } from '../core/rating.js';

export interface Claims {
  /** Whether the record has an `assessment` at all. */
  present: boolean;
  /** Claims keyed by criterion id ("3") or item id ("3.3"), as written. */
  scores: Map<string, number>;
  total?: number;
  rating?: RatingId;
}

export function claimsOf(record: MeetingRecord): Claims {
  const a = record.assessment;
  const claims: Claims = { present: a !== undefined, scores: new Map(Object.entries(a?.scores ?? {})) };
  if (a?.total !== undefined) claims.total = a.total;
  if (a?.rating !== undefined) claims.rating = a.rating;
  return claims;
}

/**
 * The upper level's review as claims: its rating, and its scores over the cell's own (a criterion
 * or item it does not score keeps the cell's claim); undefined when the record has no review.
 */
export function reviewClaimsOf(record: MeetingRecord): Claims | undefined {
  const r = record.review;
  if (!r) return undefined;
  const scores = new Map([...Object.entries(record.assessment?.scores ?? {}), ...Object.entries(r.scores ?? {})]);
  return { present: true, scores, rating: r.rating };
}

export interface ItemScore {
  id: string;
  name: Localized;
  max: number;
  /** Scored from the facts (false: judged, or taken as judged because a fact is missing). */
  measured: boolean;
  /** Points the facts give a measured item; for a judged item, its claim cut to 0..max, else max. */
  value: number;
  claim: number | null;
  /**
   * Facts the item needs that are not known: not written in the record, or from other records
   * when it is checked alone (the item was then taken as judged, or scored 0 by `missing: zero`).
   */
  missingFacts: FactId[];
  /** Why a measured item scored its points; null for an item scored as judged. */
  trace: Trace | null;
}

/** What applied to a measured item: its first band that held and the caps that cut its points. */
export interface Trace {
  /** Index of the band that gave the points; null when none held (the item scored 0) or a fact was missing. */
  band: number | null;
  /** Index of the band whose condition was unknown, which stopped the scoring (a fact was missing); else null. */
  stopped: number | null;
  /** Indexes of the caps whose condition held. */
  caps: number[];
  /** The facts the item's scoring reads: those its bands compare, those they test for presence, those its caps test. */
  facts: FactId[];
}

export interface CriterionScore {
  id: string;
  name: Localized;
  max: number;
  /** `bonus` and `deduction` criteria are not counted in the maximum; a deduction scores 0 or below. */
  role: Role;
  ceiling: number;
  claimed: number | null;
  score: number;
  items: ItemScore[];
}

/** Why a level was or was not reached: the scorer's account, which rules explain without re-deriving it. */
export interface LevelCheck {
  id: RatingId;
  /** The total reaches the level's minimum. */
  min: boolean;
  /** Criteria and items of the gate short of full marks, with their points. */
  short: { id: string; score: number; max: number }[];
  /** Vetoes whose condition holds (indexes into the level's `vetoes`): each bars the level. */
  vetoed: number[];
  /** Vetoes whose condition is unknown (a fact is not known): they do not bar the level. */
  unknown: number[];
}

export interface Score {
  /** The sum of the criteria, kept within 0 and `max`. */
  total: number;
  max: number;
  /** The sum of the criteria before it was kept within 0 and `max` (bonuses may take it above, deductions below). */
  sum: number;
  rating: RatingId;
  criteria: CriterionScore[];
  /** Every level of the rubric, best first, with why it was or was not reached. */
  levels: LevelCheck[];
}

export const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

type Measured = Extract<Scoring, { type: 'measured' }>;

/** Every fact a measured item reads: those its bands read (compared or tested for presence) and those its caps test. */
function factsRead(scoring: Measured): FactId[] {
  return [...new Set([...scoring.bands.flatMap((b) => (b.when ? factsOf(b.when) : [])), ...scoring.caps.flatMap((c) => factsOf(c.when))])];
}

/**
 * Points the facts give a measured item, after caps, and what applied: the first band whose
 * condition holds gives the points; a band whose condition is unknown stops the scoring, and the
 * facts it lacks are returned as missing.
 */
function measure(scoring: Measured, facts: Facts, read: FactId[]): { points: number; trace: Trace; missing: FactId[] } {
  let band = -1;
  for (const [i, b] of scoring.bands.entries()) {
    const holds = b.when === undefined ? true : evaluate(b.when, facts);
    if (holds === true) {
      band = i;
      break;
    }
    if (holds === undefined) return { points: 0, trace: { band: null, stopped: i, caps: [], facts: read }, missing: unknownFacts(b.when!, facts) };
  }
  let points = band < 0 ? 0 : scoring.bands[band]!.points;
  const caps: number[] = [];
  scoring.caps.forEach((cap, i) => {
    if (evaluate(cap.when, facts) !== true) return;
    caps.push(i);
    points = Math.min(points, cap.max);
  });
  return { points, trace: { band: band < 0 ? null : band, stopped: null, caps, facts: read }, missing: [] };
}

function scoreItem(item: Item, role: Role, facts: Facts, claim: number | null): ItemScore {
  // A deduction's claim (0 or below) stands within its range; others' within 0 and the maximum.
  const range = (n: number) => (role === 'deduction' ? clamp(n, -item.max, 0) : clamp(n, 0, item.max));
  const unclaimed = role === 'deduction' ? 0 : item.max;
  const judged = (missingFacts: FactId[]): ItemScore =>
    ({ id: item.id, name: item.name, max: item.max, claim, measured: false, value: claim === null ? unclaimed : range(claim), missingFacts, trace: null });
  const measured = (value: number, trace: Trace): ItemScore =>
    ({ id: item.id, name: item.name, max: item.max, claim, measured: true, value, missingFacts: [], trace });
  if (item.scoring.type === 'judged') return judged([]);
  const m = measure(item.scoring, facts, readOnce(item.scoring));
  if (m.missing.length === 0) return measured(m.points, m.trace);
  // Facts from other records are unknown when a record is checked alone: its claim stands.
  if (item.scoring.missing === 'judged' || m.missing.some(isAcrossFact)) return judged(m.missing);
  return measured(0, m.trace);
}

// A rubric's scorings are compiled once and scored thousands of times.
const read = new WeakMap<Measured, FactId[]>();
function readOnce(scoring: Measured): FactId[] {
  let ids = read.get(scoring);
  if (!ids) read.set(scoring, (ids = factsRead(scoring)));
  return ids;
}

/**
 * Whether an item is at full marks: when its criterion is, or when its own points are (a measured
 * item's points, cut to its claim; a judged item's claim).
 */
function itemPoints(c: CriterionScore, i: ItemScore): number {
  if (c.score >= c.max) return i.max;
  return i.claim === null ? (i.measured ? i.value : 0) : clamp(i.claim, 0, i.value);
}

/** Why each level is or is not reached by these scores and facts. */
function checkLevels(levels: readonly Level[], criteria: readonly CriterionScore[], total: number, facts: Facts): LevelCheck[] {
  return levels.map((l) => {
    const short = l.gate.flatMap((id) => {
      const c = criteria.find((x) => x.id === id);
      if (c) return c.score < c.max ? [{ id, score: c.score, max: c.max }] : [];
      for (const cr of criteria) {
        const i = cr.items.find((x) => x.id === id);
        if (i) return itemPoints(cr, i) < i.max ? [{ id, score: itemPoints(cr, i), max: i.max }] : [];
      }
      return [];
    });
    const vetoed: number[] = [];
    const unknown: number[] = [];
    l.vetoes.forEach((v, i) => {
      const holds = evaluate(v.when, facts);
      if (holds === true) vetoed.push(i);
      else if (holds === undefined) unknown.push(i);
    });
    return { id: l.id, min: total >= l.min, short, vetoed, unknown };
  });
}

/** Whether a level's check lets the meeting have it. */
export const reached = (l: LevelCheck): boolean => l.min && l.short.length === 0 && l.vetoed.length === 0;

function scoreCriterion(c: Criterion, facts: Facts, claims: Claims): CriterionScore {
  const items = c.items.map((item) => scoreItem(item, c.role, facts, claims.scores.get(item.id) ?? null));
  const ceiling = items.reduce((s, i) => s + i.value, 0);
  const claimed = claims.scores.get(c.id) ?? null;
  // With no criterion claim, item claims count instead: a claimed item scores at most its claim
  // (never more than the cell claimed), an unclaimed measured item its points, an unclaimed judged item 0.
  const itemScore = (i: ItemScore) => (i.claim === null ? (i.measured ? i.value : 0) : clamp(i.claim, c.role === 'deduction' ? -i.max : 0, i.value));
  const unclaimed = items.reduce((s, i) => s + itemScore(i), 0);
  // A deduction takes off at most its maximum; it cannot be claimed smaller than the facts make it.
  const lo = c.role === 'deduction' ? -c.max : 0;
  const score = clamp(claimed === null ? unclaimed : Math.min(claimed, ceiling), lo, c.role === 'deduction' ? 0 : c.max);
  return { id: c.id, name: c.name, max: c.max, role: c.role, ceiling, claimed, score, items };
}

export function score(rubric: KindRubric, levels: readonly Level[], facts: Facts, claims: Claims): Score {
  const criteria = rubric.criteria.map((c) => scoreCriterion(c, facts, claims));
  const sum = criteria.reduce((s, c) => s + c.score, 0);
  const total = clamp(sum, 0, rubric.max);
  const checks = checkLevels(levels, criteria, total, facts);
  const at = checks.findIndex(reached);
  const rating = (at < 0 ? levels[levels.length - 1]! : levels[at]!).id;
  return { total, max: rubric.max, sum, rating, criteria, levels: checks };
}
