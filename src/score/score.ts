// Rubric × facts × claims → scores (rubrics.md, "How a record is scored"). Pure functions.
import type { FactId, Facts } from '../core/facts.js';
import type { MeetingRecord } from '../validate/record-schema.js';
import type { Condition, Item, KindRubric, Level, Scoring } from '../validate/rubric.js';
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

export interface ItemScore {
  id: string;
  name: string;
  max: number;
  /** Scored from the facts (false: judged, or taken as judged because a fact is missing). */
  measured: boolean;
  /** Points the facts give a measured item; for a judged item, its claim cut to 0..max, else max. */
  value: number;
  claim: number | null;
  /** Facts the item needs that the record does not have (the item was then taken as judged). */
  missingFacts: FactId[];
}

export interface CriterionScore {
  id: string;
  name: string;
  max: number;
  ceiling: number;
  claimed: number | null;
  score: number;
  items: ItemScore[];
}

export interface Score {
  total: number;
  max: number;
  rating: RatingId;
  criteria: CriterionScore[];
}

export const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

export function holds(c: Condition, facts: Facts): boolean {
  return c.facts.every((id) => {
    const v = facts[id];
    if (c.op === 'present') return v !== null;
    if (v === null) return false;
    switch (c.op) {
      case '>=': return Number(v) >= Number(c.value);
      case '>': return Number(v) > Number(c.value);
      case '<=': return Number(v) <= Number(c.value);
      case '<': return Number(v) < Number(c.value);
      case '=': return v === c.value;
      case '!=': return v !== c.value;
      case 'in': return Array.isArray(c.value) && c.value.includes(String(v));
    }
  });
}

/** Facts a measured item compares (presence tests excluded: absence is their answer). */
export function factsCompared(scoring: Scoring): FactId[] {
  if (scoring.type !== 'measured') return [];
  const ids = scoring.bands.flatMap((b) => (b.when && b.when.op !== 'present' ? b.when.facts : []));
  return [...new Set(ids)];
}

/** Points the facts give a measured item, after caps. */
export function measure(scoring: Extract<Scoring, { type: 'measured' }>, facts: Facts): number {
  const band = scoring.bands.find((b) => b.when === undefined || holds(b.when, facts));
  let points = band?.points ?? 0;
  for (const cap of scoring.caps) if (holds(cap.when, facts)) points = Math.min(points, cap.max);
  return points;
}

function scoreItem(item: Item, facts: Facts, claim: number | null): ItemScore {
  const judged = (missingFacts: FactId[]): ItemScore =>
    ({ id: item.id, name: item.name, max: item.max, claim, measured: false, value: claim === null ? item.max : clamp(claim, 0, item.max), missingFacts });
  const measured = (value: number): ItemScore => ({ id: item.id, name: item.name, max: item.max, claim, measured: true, value, missingFacts: [] });
  if (item.scoring.type === 'judged') return judged([]);
  const missingFacts = comparedOnce(item.scoring).filter((id) => facts[id] === null);
  if (missingFacts.length > 0) return item.scoring.missing === 'judged' ? judged(missingFacts) : measured(0);
  return measured(measure(item.scoring, facts));
}

// A rubric's scorings are compiled once and scored thousands of times.
const compared = new WeakMap<Scoring, FactId[]>();
function comparedOnce(scoring: Scoring): FactId[] {
  let ids = compared.get(scoring);
  if (!ids) compared.set(scoring, (ids = factsCompared(scoring)));
  return ids;
}

export function ratingFor(levels: readonly Level[], criteria: readonly CriterionScore[], total: number): Level {
  const full = (id: string) => criteria.some((c) => c.id === id && c.score >= c.max);
  return levels.find((l) => total >= l.min && l.gate.every(full)) ?? levels[levels.length - 1]!;
}

export function score(rubric: KindRubric, levels: readonly Level[], facts: Facts, claims: Claims): Score {
  const criteria = rubric.criteria.map((c): CriterionScore => {
    const items = c.items.map((item) => scoreItem(item, facts, claims.scores.get(item.id) ?? null));
    const ceiling = items.reduce((s, i) => s + i.value, 0);
    const claimed = claims.scores.get(c.id) ?? null;
    // With no criterion claim, item claims count instead: a claimed item scores at most its claim
    // (never more than the cell claimed), an unclaimed measured item its points, an unclaimed judged item 0.
    const itemScore = (i: ItemScore) => (i.claim === null ? (i.measured ? i.value : 0) : clamp(i.claim, 0, i.value));
    const unclaimed = items.reduce((s, i) => s + itemScore(i), 0);
    const score = claimed === null ? unclaimed : clamp(claimed, 0, ceiling);
    return { id: c.id, name: c.name, max: c.max, ceiling, claimed, score, items };
  });
  const total = criteria.reduce((s, c) => s + c.score, 0);
  return { total, max: rubric.max, rating: ratingFor(levels, criteria, total).id, criteria };
}
