// A batch of checked records → per cell and year: the month's meetings, counts, the yearly
// rating (once the year is over), the months an upper-level committee member attended; ratings
// are the upper level's confirmed ones where a record has one, else the computed ones; across all: thematic meetings with their ratings, the criteria
// most often short of full marks and the records with errors.
import type { RecordResult } from './result.js';
import { CellNames, type MeetingInfo } from '../facts/meeting.js';
import { isRegular, lastMonthOver } from '../facts/months.js';
import { inLang, type Localized, type Rubric, type YearlyLevel } from '../rubric/rubric.js';
import type { CellType, MeetingKind } from '../validate/vocabulary.js';
import { RATING_IDS, zeroRatings, type RatingId } from '../core/rating.js';
import type { YearlyFacts } from '../core/facts.js';
import { evaluate } from '../rubric/condition.js';

/**
 * Where a rating comes from: the upper level's confirmed one (`review.rating`) when the record has
 * it, else the one chibo computes from the scores.
 */
export type RatingFrom = 'confirmed' | 'computed';

export interface MonthEntry {
  /** The month's regular (or combined) meeting, when one was held. */
  file: string | null;
  rating: RatingId | null;
  /** Which rating `rating` is; null when there is none. */
  ratingFrom: RatingFrom | null;
  score: number | null;
  max: number | null;
  /** A thematic or combined meeting was held this month. */
  thematic: boolean;
  /** Errors in the month's records. */
  errors: number;
}

export interface CellYear {
  /** The cell's most frequent spelling (names compared folded, see `CellNames`). */
  cell: string;
  year: number;
  rubric: string | null;
  /** The cell's type as its latest record that writes one says (`cell_type`). */
  cellType: CellType | null;
  /** Months (YYYY-MM) an upper-level committee member attended a meeting of the cell (a guest with that role). */
  upperLevel: string[];
  /** January to December; null: no regular meeting (missing once the month is due). */
  months: (MonthEntry | null)[];
  /** How many months, from January, are over on the as-of date (0–12). */
  due: number;
  /** `notYet`: months without a meeting that are not due yet. */
  counts: Record<RatingId | 'unrated' | 'missing' | 'notYet', number>;
  /** The year is over on the as-of date; only then is it rated. */
  complete: boolean;
  /** From the rubric's `yearly` section; null when the year is not complete or the rubric has none. */
  yearly: RatingId | null;
}

/** A thematic meeting (not combined: that one is the month's regular meeting) and its own rating. */
export interface ThematicMeeting {
  cell: string;
  month: string;
  file: string;
  rating: RatingId | null;
  ratingFrom: RatingFrom | null;
  score: number | null;
  errors: number;
}

export interface ShortCriterion {
  id: string;
  name: Localized;
  /** Records where the criterion lacks full marks, of those that score it. */
  short: number;
  of: number;
}

export interface BatchSummary {
  /** The date the batch is judged on. */
  asOf: string;
  cells: CellYear[];
  /** Scored records by rating (the confirmed one where there is one), of every kind. */
  ratings: Record<RatingId, number>;
  /** How many of those ratings are the upper level's confirmed ones rather than computed. */
  confirmed: number;
  /** The same, apart: regular (with combined) meetings, and thematic ones. */
  ratingsByKind: { regular: Record<RatingId, number>; thematic: Record<RatingId, number> };
  thematic: ThematicMeeting[];
  shortCriteria: ShortCriterion[];
  withErrors: { file: string; errors: number }[];
}

const rank = (id: RatingId) => RATING_IDS.indexOf(id);
const atLeast = (rating: RatingId | null, floor: RatingId) => rating !== null && rank(rating) <= rank(floor);

/** The facts of a cell's year that yearly levels compare, from its twelve months. */
export function yearlyFacts(months: readonly (MonthEntry | null)[]): YearlyFacts {
  const held = months.filter((m): m is MonthEntry => m !== null);
  const facts: Record<string, number> = { months_missing: months.length - held.length, months_held: held.length };
  for (const r of RATING_IDS) {
    facts[`months_at_least.${r}`] = held.filter((m) => atLeast(m.rating, r)).length;
    facts[`months_below.${r}`] = held.filter((m) => !atLeast(m.rating, r)).length;
    facts[`months_rated.${r}`] = held.filter((m) => m.rating === r).length;
  }
  return facts as YearlyFacts;
}

/** The first yearly level whose condition the twelve months meet. */
export function yearlyRating(levels: readonly YearlyLevel[], months: readonly (MonthEntry | null)[]): RatingId {
  const facts = yearlyFacts(months);
  const level = levels.find((l) => l.when === undefined || evaluate(l.when, facts) === true);
  return (level ?? levels[levels.length - 1]!).id;
}

/**
 * What the summary reads of one record (`summaryItem`): its file, meeting and rubric, its errors,
 * its rating and score, and which of its criteria fell short. A batch that is only summarized
 * keeps these instead of results.
 */
export interface SummaryItem {
  file: string;
  kind: MeetingKind | null;
  meeting: MeetingInfo | null;
  rubric: string | null;
  rubricKey: string | null;
  errors: number;
  /** Null for a record not scored. */
  rating: RatingId | null;
  ratingFrom: RatingFrom | null;
  total: number | null;
  max: number | null;
  /** A scored record's criteria that score (not gates), and whether each fell short of full marks. */
  criteria: { id: string; name: Localized; short: boolean }[];
}

/** The rating a summary shows for a record: the confirmed one, else the computed one. */
export function ratingOf(r: Pick<RecordResult, 'score' | 'confirmed'>): { rating: RatingId | null; ratingFrom: RatingFrom | null } {
  if (r.score && r.confirmed) return { rating: r.confirmed.rating, ratingFrom: 'confirmed' };
  return r.score ? { rating: r.score.rating, ratingFrom: 'computed' } : { rating: null, ratingFrom: null };
}

/** What the summary reads of a record's result. */
export function summaryItem(r: RecordResult): SummaryItem {
  const { rating, ratingFrom } = ratingOf(r);
  return {
    file: r.file,
    kind: r.kind,
    meeting: r.meeting,
    rubric: r.rubric,
    rubricKey: r.rubricKey,
    errors: r.problems.filter((p) => p.severity === 'error').length,
    rating,
    ratingFrom,
    total: r.score?.total ?? null,
    max: r.score?.max ?? null,
    criteria: r.score ? r.score.criteria.filter((c) => c.role === 'score').map((c) => ({ id: c.id, name: c.name, short: c.score < c.max })) : [],
  };
}

/** What the summary keeps of each record with a meeting. */
type Entry = Omit<SummaryItem, 'kind' | 'criteria' | 'meeting'> & { meeting: MeetingInfo };

/**
 * Summarizes a batch in one pass over its records (`summaryItem`); `rubrics` by key; months and
 * years are judged on the date `asOf` (YYYY-MM-DD).
 */
export function summarize(items: Iterable<SummaryItem>, rubrics: ReadonlyMap<string, Rubric>, asOf: string): BatchSummary {
  const groups = new Map<string, Entry[]>();
  const names = new CellNames();
  const ratings = zeroRatings();
  const ratingsByKind = { regular: zeroRatings(), thematic: zeroRatings() };
  // Criteria, told apart by id and name (as JSON), in the order first met. A rubric's criterion
  // names are the same objects in every record it scored: each is written as JSON once.
  const criteria: ShortCriterion[] = [];
  const byName = new Map<Localized, Map<string, ShortCriterion>>();
  const byNameText = new Map<string, Map<string, ShortCriterion>>();
  const withErrors: { file: string; errors: number }[] = [];
  let confirmed = 0;
  for (const r of items) {
    const { errors, rating, ratingFrom } = r;
    if (errors > 0) withErrors.push({ file: r.file, errors });
    if (rating) {
      ratings[rating]++;
      if (ratingFrom === 'confirmed') confirmed++;
      if (r.kind) ratingsByKind[isRegular(r.kind) ? 'regular' : 'thematic'][rating]++;
      for (const c of r.criteria) {
        let named = byName.get(c.name);
        if (!named) {
          const text = JSON.stringify(c.name);
          named = byNameText.get(text) ?? new Map<string, ShortCriterion>();
          byNameText.set(text, named);
          byName.set(c.name, named);
        }
        let entry = named.get(c.id);
        if (!entry) {
          entry = { id: c.id, name: c.name, short: 0, of: 0 };
          named.set(c.id, entry);
          criteria.push(entry);
        }
        entry.of++;
        if (c.short) entry.short++;
      }
    }
    if (!r.meeting) continue;
    const key = `${names.add(r.meeting.cell)}\u0000${r.meeting.month.slice(0, 4)}`;
    const list = groups.get(key) ?? [];
    list.push({ file: r.file, meeting: r.meeting, rubric: r.rubric, rubricKey: r.rubricKey, rating, ratingFrom, total: r.total, max: r.max, errors });
    groups.set(key, list);
  }

  const lastDue = lastMonthOver(asOf);
  const thematic: ThematicMeeting[] = [];
  const cells = [...groups].map(([key, records]): CellYear => {
    const sorted = [...records].sort((a, b) => (a.meeting.date ?? '').localeCompare(b.meeting.date ?? ''));
    const cell = names.name(key.slice(0, key.lastIndexOf('\u0000')));
    const year = Number(sorted[0]!.meeting.month.slice(0, 4));
    const due = Math.max(0, Math.min(12, (Number(lastDue.slice(0, 4)) - year) * 12 + Number(lastDue.slice(5, 7))));
    for (const r of sorted) {
      if (r.meeting.kind === 'thematic') thematic.push({ cell, month: r.meeting.month, file: r.file, rating: r.rating, ratingFrom: r.ratingFrom, score: r.total, errors: r.errors });
    }
    const byMonth = Array.from({ length: 12 }, (): Entry[] => []);
    for (const r of sorted) byMonth[Number(r.meeting.month.slice(5, 7)) - 1]?.push(r);
    const months = byMonth.map((inMonth): MonthEntry | null => {
      const main = inMonth.find((r) => isRegular(r.meeting.kind));
      if (!main) return null;
      return {
        file: main.file,
        rating: main.rating,
        ratingFrom: main.ratingFrom,
        score: main.total,
        max: main.max,
        thematic: inMonth.some((r) => r.meeting.kind !== 'regular'),
        errors: inMonth.reduce((n, r) => n + r.errors, 0),
      };
    });
    const counts = { ...zeroRatings(), unrated: 0, missing: 0, notYet: 0 };
    months.forEach((m, i) => counts[m === null ? (i < due ? 'missing' : 'notYet') : (m.rating ?? 'unrated')]++);
    const scored = sorted.find((r) => r.rubricKey);
    const rubricId = scored?.rubric ?? null;
    const yearly = scored?.rubricKey ? rubrics.get(scored.rubricKey)?.yearly : undefined;
    const complete = due === 12;
    const cellType = [...sorted].reverse().find((r) => r.meeting.cellType !== null)?.meeting.cellType ?? null;
    const upperLevel = [...new Set(sorted.filter((r) => r.meeting.upperLevel).map((r) => r.meeting.month))].sort();
    return { cell, year, rubric: rubricId, cellType, upperLevel, months, due, counts, complete, yearly: yearly && complete ? yearlyRating(yearly.levels, months) : null };
  });
  // One collator for Vietnamese names: the order of localeCompare(…, 'vi'), without a collator made per call.
  const vi = new Intl.Collator('vi').compare;
  cells.sort((a, b) => vi(a.cell, b.cell) || a.year - b.year);
  thematic.sort((a, b) => vi(a.cell, b.cell) || a.month.localeCompare(b.month) || a.file.localeCompare(b.file));
  const shortCriteria = criteria
    .filter((c) => c.short > 0)
    .sort((a, b) => b.short - a.short || a.id.localeCompare(b.id) || vi(inLang(a.name, 'vi'), inLang(b.name, 'vi')));
  return { asOf, cells, ratings, confirmed, ratingsByKind, thematic, shortCriteria, withErrors };
}
