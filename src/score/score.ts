// Rubric × facts × claims → scores (rubrics.md, "How a record is scored"). Pure functions.
import type { FactId, Facts } from '../core/facts.js';
import type { MeetingRecord } from '../validate/record-schema.js';
import { compares, evaluate, factsOf } from '../rubric/condition.js';
import type { Item, KindRubric, Level, Scoring } from '../rubric/rubric.js';
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
  /** Why a measured item scored its points; null for an item scored as judged. */
  trace: Trace | null;
}

/** What applied to a measured item: its first band that held and the caps that cut its points. */
export interface Trace {
  /** Index of the band that gave the points; null when none held (the item scored 0) or a fact was missing. */
  band: number | null;
  /** Indexes of the caps whose condition held. */
  caps: number[];
  /** The facts the item's scoring reads: those its bands compare, those they test for presence, those its caps test. */
  facts: FactId[];
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

type Measured = Extract<Scoring, { type: 'measured' }>;

/** Facts a measured item compares (presence tests excluded: absence is their answer). */
function factsCompared(scoring: Measured): FactId[] {
  return [...new Set(scoring.bands.flatMap((b) => (b.when && compares(b.when) ? factsOf(b.when) : [])))];
}

/** Every fact a measured item reads: compared by its bands, tested for presence, tested by its caps. */
function factsRead(scoring: Measured): FactId[] {
  const presence = scoring.bands.flatMap((b) => (b.when && !compares(b.when) ? factsOf(b.when) : []));
  return [...new Set([...factsCompared(scoring), ...presence, ...scoring.caps.flatMap((c) => factsOf(c.when))])];
}

/** Points the facts give a measured item, after caps, and what applied. */
function measure(scoring: Measured, facts: Facts, read: FactId[]): { points: number; trace: Trace } {
  const band = scoring.bands.findIndex((b) => b.when === undefined || evaluate(b.when, facts) === true);
  let points = band < 0 ? 0 : scoring.bands[band]!.points;
  const caps: number[] = [];
  scoring.caps.forEach((cap, i) => {
    if (evaluate(cap.when, facts) !== true) return;
    caps.push(i);
    points = Math.min(points, cap.max);
  });
  return { points, trace: { band: band < 0 ? null : band, caps, facts: read } };
}

function scoreItem(item: Item, facts: Facts, claim: number | null): ItemScore {
  const judged = (missingFacts: FactId[]): ItemScore =>
    ({ id: item.id, name: item.name, max: item.max, claim, measured: false, value: claim === null ? item.max : clamp(claim, 0, item.max), missingFacts, trace: null });
  const measured = (value: number, trace: Trace): ItemScore =>
    ({ id: item.id, name: item.name, max: item.max, claim, measured: true, value, missingFacts: [], trace });
  if (item.scoring.type === 'judged') return judged([]);
  const read = readOnce(item.scoring);
  const missingFacts = read.compared.filter((id) => facts[id] === null);
  if (missingFacts.length > 0) return item.scoring.missing === 'judged' ? judged(missingFacts) : measured(0, { band: null, caps: [], facts: read.all });
  const m = measure(item.scoring, facts, read.all);
  return measured(m.points, m.trace);
}

// A rubric's scorings are compiled once and scored thousands of times.
const read = new WeakMap<Measured, { compared: FactId[]; all: FactId[] }>();
function readOnce(scoring: Measured): { compared: FactId[]; all: FactId[] } {
  let ids = read.get(scoring);
  if (!ids) read.set(scoring, (ids = { compared: factsCompared(scoring), all: factsRead(scoring) }));
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
