// What checking one record gives: what it is, its facts and score, and its problems.
import type { Facts } from '../core/facts.js';
import type { AcrossFacts } from '../facts/facts.js';
import type { Problem } from '../core/problem.js';
import type { RatingId } from '../core/rating.js';
import type { Anchors, MeetingInfo } from '../facts/meeting.js';
import type { MeetingKind } from '../validate/vocabulary.js';
import type { Score } from './score.js';

export interface RecordResult {
  file: string;
  cell: string | null;
  kind: MeetingKind | null;
  period: string | null;
  /** The id of the rubric that scored the record. */
  rubric: string | null;
  /** Which loaded rubric that was (`LoadedRubric.key`): ids of different files may be equal. */
  rubricKey: string | null;
  facts: Facts | null;
  score: Score | null;
  claimed: { total?: number; rating?: RatingId } | null;
  /** The rating the upper level confirmed or decided (`review`); null when the record has none. */
  confirmed: { rating: RatingId; by: string; date: string } | null;
  problems: Problem[];
  /** The meeting's identity for cross-record rules and summaries; null when it cannot be read. */
  meeting: MeetingInfo | null;
  /** Where cross-record problems may point in this file, by path. */
  anchors: Anchors;
  /**
   * Not yet scored: its rubric reads facts from the cell's other records, and it is checked once
   * they are known (`CheckEnv.deferAcross`). A batch checks it again; no report shows it so.
   */
  deferred?: true;
  /**
   * Scored in the first pass over a batch with facts from the other records of its folder
   * (`CheckEnv.guess`), these: the batch checks it again if its own facts for the record differ.
   */
  guessed?: AcrossFacts;
}

/** A result with its errors only (`--quiet`). */
export const errorsOnly = (r: RecordResult): RecordResult => ({ ...r, problems: r.problems.filter((p) => p.severity === 'error') });
