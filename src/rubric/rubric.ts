// A validated rubric file → the rubric for each meeting kind, or the spots where it contradicts
// itself (messages in mistakes.ts; how items are scored is checked in scoring.ts, conditions in
// condition.ts).
import type { Path } from '../core/path.js';
import type { AgendaType, MeetingKind } from '../validate/vocabulary.js';
import { Mistakes, type RubricMistake } from './mistakes.js';
import { isAcrossFact, YEARLY_FACT_TYPES, type YearlyFactId } from '../core/facts.js';
import { compileCondition, factsOf, type Condition } from './condition.js';
import { checkScoring, type Role } from './scoring.js';
import type { RubricFile } from './schema.js';
import type { RatingId } from '../core/rating.js';
import type { InForce } from '../core/in-force.js';

export type { RubricMistake } from './mistakes.js';
export type { Condition } from './condition.js';
export type { Role } from './scoring.js';

/** A text for people: the same in both languages, or one per language. */
export type Localized = string | { vi: string; en: string };
export const inLang = (text: Localized, lang: 'vi' | 'en'): string => (typeof text === 'string' ? text : text[lang]);

export interface Band {
  when?: Condition;
  points: number;
}
export type Scoring =
  | { type: 'judged' }
  | { type: 'measured'; bands: Band[]; caps: { when: Condition; max: number }[]; missing: 'zero' | 'judged' };

export interface Item {
  id: string;
  name: Localized;
  max: number;
  source: Localized;
  scoring: Scoring;
}
export interface Criterion {
  id: string;
  name: Localized;
  /** Most points; for a deduction, the most it takes off. */
  max: number;
  /** `score`: counted in the maximum; `bonus`: on top of it; `deduction`: takes points off. */
  role: Role;
  source: Localized;
  items: Item[];
}
export interface KindRubric {
  criteria: Criterion[];
  /** The sum of the maxima of the criteria that score (not bonuses nor deductions); the total stays within 0 and this. */
  max: number;
  /** Scoring this kind reads facts from other records (core/facts.ts, ACROSS_FACT_TYPES), in items or vetoes. */
  across: boolean;
  /** The minimum durations in order: the first whose condition holds applies; the last has none. */
  minDuration: MinDuration[];
  /** `scored: false`: reported when absent, but not counted in the `agenda_missing` fact. */
  agenda: { type: AgendaType; severity: 'error' | 'warning'; scored: boolean; source: Localized }[];
}
/** A minimum duration, for the meetings its condition holds for (none: every other meeting). */
export interface MinDuration {
  when?: Condition;
  minutes: number;
  source: Localized;
}
/** A condition on the facts that bars a level, with the words that say so. */
export interface Veto {
  when: Condition;
  source: Localized;
  message: { vi: string; en: string };
}
export interface Level {
  id: RatingId;
  name: Localized;
  min: number;
  /** Criteria ("3") and items ("3.3") that must be at full marks. */
  gate: string[];
  vetoes: Veto[];
  source: Localized;
}
/** A yearly level: the year gets it when `when` holds on the year's facts (no condition: always). */
export interface YearlyLevel {
  id: RatingId;
  when?: Condition<YearlyFactId>;
}
export interface Rubric {
  id: string;
  title: Localized;
  /** The edition of the rubric, when it says. */
  version?: string;
  /** The dates of meetings it is in force for (none: always). */
  inForce: InForce;
  rule: string;
  source?: Localized;
  /** What a reader must know before relying on the rubric (that it is a reconstruction, say). */
  note?: Localized;
  kinds: Partial<Record<MeetingKind, KindRubric>>;
  levels: Level[];
  /** What `absence-streak` checks: more than `max` meetings in a row missed with reason. */
  absenceStreak: { max: number; source: Localized };
  yearly?: { source: Localized; levels: YearlyLevel[] };
}

/** Today's streak when a rubric does not set one (Hướng dẫn 12-HD/BTCTW, attendance criterion). */
export const DEFAULT_ABSENCE_STREAK = {
  max: 3,
  source: { vi: 'Hướng dẫn 12-HD/BTCTW: vắng quá 3 kỳ liên tiếp cần được chi bộ xem xét', en: 'Hướng dẫn 12-HD/BTCTW: more than 3 in a row is for the cell to review' },
};

type CriterionFile = RubricFile['criteria'][number];
/** A criterion compiled once, its items still marked with the kinds they apply to. */
interface Compiled {
  file: CriterionFile;
  path: Path;
  items: { kinds?: MeetingKind[]; item: Item; path: Path }[];
}

const readsAcross = (s: Extract<Scoring, { type: 'measured' }>) =>
  [...s.bands.flatMap((b) => (b.when ? [b.when] : [])), ...s.caps.map((c) => c.when)].some((c) => factsOf(c).some(isAcrossFact));

const roleOf = (c: CriterionFile): Role => (c.deduction ? 'deduction' : c.bonus ? 'bonus' : 'score');

const applies = (own: readonly MeetingKind[] | undefined, kind: MeetingKind) => own === undefined || own.includes(kind);

/** Kinds named on a criterion, item or agenda entry must be among the rubric's. */
function checkKinds(file: RubricFile, own: MeetingKind[] | undefined, path: Path, out: Mistakes): void {
  const stray = (own ?? []).filter((k) => !file.kinds.includes(k));
  if (stray.length > 0) out.add([...path, 'kinds'], 'kindOutsideRubric', { stray, kinds: file.kinds });
}

/** A criterion and its items, each scored once; which kinds get them is decided later. */
function compileCriterion(file: RubricFile, c: CriterionFile, path: Path, out: Mistakes): Compiled {
  checkKinds(file, c.kinds, path, out);
  if (c.deduction && c.bonus) out.add(path, 'deductionAndBonus', { criterion: c.id });
  const role = roleOf(c);
  if (!c.items) {
    const scoring = checkScoring(c, role, path, out);
    return { file: c, path, items: scoring ? [{ item: { id: c.id, name: c.name, max: c.max, source: c.source, scoring }, path }] : [] };
  }
  if (c.judged !== undefined || c.bands !== undefined || c.caps !== undefined || c.missing !== undefined) {
    out.add(path, 'scoringOnCriterionWithItems', { criterion: c.id });
  }
  const items = c.items.flatMap((it, i) => {
    const at: Path = [...path, 'items', i];
    checkKinds(file, it.kinds, at, out);
    if (!it.id.startsWith(`${c.id}.`)) out.add([...at, 'id'], 'itemIdPrefix', { item: it.id, criterion: c.id });
    if (role === 'deduction' && it.max > c.max) {
      out.add([...at, 'max'], 'deductionAboveCriterion', { item: it.id, max: it.max, criterion: c.id, criterionMax: c.max });
    }
    const scoring = checkScoring(it, role, at, out);
    return scoring ? [{ kinds: it.kinds, item: { id: it.id, name: it.name, max: it.max, source: it.source, scoring }, path: at }] : [];
  });
  return { file: c, path, items };
}

/** The criteria, items, duration and agenda that apply to one meeting kind. */
function compileKind(file: RubricFile, criteria: readonly Compiled[], kind: MeetingKind, out: Mistakes): KindRubric {
  const chosen: Criterion[] = [];
  for (const c of criteria) {
    if (!applies(c.file.kinds, kind)) continue;
    if (chosen.some((x) => x.id === c.file.id)) {
      out.add([...c.path, 'id'], 'criterionTwice', { criterion: c.file.id, kind });
      continue;
    }
    const items = c.items.filter((i) => applies(i.kinds, kind));
    const ids = new Set<string>();
    for (const i of items) {
      if (ids.has(i.item.id)) out.add([...i.path, 'id'], 'itemTwice', { item: i.item.id, kind });
      ids.add(i.item.id);
    }
    // A deduction's items each take off at most the criterion's maximum; they need not add up to it.
    const sum = items.reduce((s, i) => s + i.item.max, 0);
    if (roleOf(c.file) !== 'deduction' && items.length > 0 && Math.abs(sum - c.file.max) > 1e-9) {
      out.add([...c.path, 'max'], 'itemsSum', { criterion: c.file.id, max: c.file.max, kind, sum });
    }
    chosen.push({ id: c.file.id, name: c.file.name, max: c.file.max, role: roleOf(c.file), source: c.file.source, items: items.map((i) => i.item) });
  }
  const minDuration = durationsOf(file, kind, out);
  if (chosen.length === 0) out.add(['criteria'], 'noCriterion', { kind });
  const agenda = (file.agenda ?? [])
    .filter((a) => applies(a.kinds, kind))
    .map((a) => ({ type: a.type, severity: a.severity, scored: a.scored ?? true, source: a.source }));
  const max = chosen.reduce((s, c) => s + (c.role === 'score' ? c.max : 0), 0);
  const across = chosen.some((c) => c.items.some((i) => i.scoring.type === 'measured' && readsAcross(i.scoring)));
  return { criteria: chosen, max, across, minDuration, agenda };
}

/** A kind's minimum durations: one for every meeting, or a list by condition whose last has none. */
function durationsOf(file: RubricFile, kind: MeetingKind, out: Mistakes): MinDuration[] {
  const given = file.minimum_duration[kind];
  if (!given) {
    out.add(['minimum_duration'], 'durationMissing', { kind });
    return [];
  }
  if (!Array.isArray(given)) return [{ minutes: given.minutes, source: given.source }];
  return given.flatMap((d, i): MinDuration[] => {
    const path: Path = ['minimum_duration', kind, i];
    if (i === given.length - 1 && d.when !== undefined) out.add([...path, 'when'], 'durationLastConditional', { kind });
    if (i < given.length - 1 && d.when === undefined) out.add(path, 'durationOtherwiseNotLast', { kind });
    if (d.when === undefined) return [{ minutes: d.minutes, source: d.source }];
    const when = compileCondition(d.when, [...path, 'when'], out);
    return when ? [{ when, minutes: d.minutes, source: d.source }] : [];
  });
}

/** The criterion of a kind that a gate's id names: the criterion itself, or the one holding the item. */
function gateCriterion(k: KindRubric | undefined, id: string): Criterion | undefined {
  return k?.criteria.find((c) => c.id === id || c.items.some((i) => i.id === id));
}

/**
 * Levels from best to worst, the last from 0 points; gates name criteria or items of every kind
 * that score (no bonus nor deduction); vetoes are conditions.
 */
function checkLevels(file: RubricFile, kinds: Partial<Record<MeetingKind, KindRubric>>, out: Mistakes): Level[] {
  const levels = file.levels.map((level, i): Level => {
    const prev = file.levels[i - 1];
    if (prev && prev.min <= level.min) out.add(['levels', i, 'min'], 'levelOrder', { level: level.id, previous: prev.id, min: prev.min });
    (level.gate ?? []).forEach((id, g) => {
      const missingIn = file.kinds.filter((k) => !gateCriterion(kinds[k], id));
      if (missingIn.length > 0) out.add(['levels', i, 'gate', g], 'gateUnknown', { level: level.id, criterion: id, kinds: missingIn });
      else if (file.kinds.some((k) => gateCriterion(kinds[k], id)!.role !== 'score')) out.add(['levels', i, 'gate', g], 'gateOnAdjustment', { level: level.id, criterion: id });
    });
    const vetoes = (level.vetoes ?? []).flatMap((v, j) => {
      const when = compileCondition(v.when, ['levels', i, 'vetoes', j, 'when'], out);
      return when ? [{ when, source: v.source, message: v.message }] : [];
    });
    return { id: level.id, name: level.name, min: level.min, gate: level.gate ?? [], vetoes, source: level.source };
  });
  const last = file.levels.length - 1;
  if (file.levels[last] && file.levels[last].min !== 0) out.add(['levels', last, 'min'], 'lastLevelMin');
  return levels;
}

type YearlyLevelFile = NonNullable<RubricFile['yearly']>['levels'][number];

/**
 * A yearly level's conditions as one condition on the year's facts: the shorthand keys (as
 * comparisons) and `when`, all of which must hold; undefined for a level with none.
 */
function yearlyCondition(l: YearlyLevelFile, path: Path, out: Mistakes): Condition<YearlyFactId> | undefined {
  const parts: Condition<YearlyFactId>[] = [];
  if (l.missing_max !== undefined) parts.push({ facts: ['months_missing'], op: '<=', value: l.missing_max });
  if (l.every_month_at_least) parts.push({ facts: [`months_below.${l.every_month_at_least}`], op: '=', value: 0 });
  if (l.months_at_least) parts.push({ facts: [`months_at_least.${l.months_at_least.rating}`], op: '>=', value: l.months_at_least.count });
  if (l.missing_plus_max) {
    const rated = l.missing_plus_max.ratings.map((r) => `months_rated.${r}` as const);
    parts.push({ facts: ['months_missing', ...rated], op: '<=', value: l.missing_plus_max.max, sum: true });
  }
  if (l.when) {
    const when = compileCondition(l.when, [...path, 'when'], out, YEARLY_FACT_TYPES);
    if (when) parts.push(when);
  }
  return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { all: parts };
}

/** Yearly levels with their conditions; the last has none, so that every cell gets a rating. */
function checkYearly(file: RubricFile, out: Mistakes): YearlyLevel[] {
  const levels = (file.yearly?.levels ?? []).map((l, i) => {
    const when = yearlyCondition(l, ['yearly', 'levels', i], out);
    return when ? { id: l.id, when } : { id: l.id };
  });
  const last = file.yearly?.levels[levels.length - 1];
  if (last && (last.missing_max ?? last.every_month_at_least ?? last.months_at_least ?? last.missing_plus_max ?? last.when) !== undefined) {
    out.add(['yearly', 'levels', levels.length - 1], 'lastYearlyConditions');
  }
  return levels;
}

/** Turns a validated rubric file into a rubric per meeting kind, or lists its contradictions. */
export function compileRubric(file: RubricFile): { rubric: Rubric } | { mistakes: RubricMistake[] } {
  const out = new Mistakes();
  const criteria = file.criteria.map((c, i) => compileCriterion(file, c, ['criteria', i], out));
  const kinds: Partial<Record<MeetingKind, KindRubric>> = {};
  for (const kind of file.kinds) kinds[kind] = compileKind(file, criteria, kind, out);
  (file.agenda ?? []).forEach((a, i) => checkKinds(file, a.kinds, ['agenda', i], out));
  const levels = checkLevels(file, kinds, out);
  const yearly = checkYearly(file, out);
  if (file.from !== undefined && file.until !== undefined && file.until < file.from) out.add(['until'], 'untilBeforeFrom', { from: file.from, until: file.until });
  if (out.count > 0) return { mistakes: out.found };

  const absenceStreak = file.absence_streak ?? DEFAULT_ABSENCE_STREAK;
  // A veto on facts from other records makes every kind need them.
  if (levels.some((l) => l.vetoes.some((v) => factsOf(v.when).some(isAcrossFact)))) for (const k of Object.values(kinds)) k.across = true;
  const inForce = { ...file.from !== undefined && { from: file.from }, ...file.until !== undefined && { until: file.until } };
  const rubric: Rubric = {
    id: file.id, title: file.title, ...file.version !== undefined && { version: file.version }, inForce, rule: file.rule, kinds, levels, absenceStreak,
  };
  if (file.source !== undefined) rubric.source = file.source;
  if (file.note !== undefined) rubric.note = file.note;
  if (file.yearly) rubric.yearly = { source: file.yearly.source, levels: yearly };
  return { rubric };
}
