// Every rule: those of cli.md's table in its order, then record rules added since, then the cross-record rules.
import type { Lang } from '../core/lang.js';
import absenceDuplicate from './absence-duplicate.js';
import absenceStreak from './absence-streak.js';
import absenceUnexcusedYear from './absence-unexcused-year.js';
import absentButActive from './absent-but-active.js';
import agendaMissing from './agenda-missing.js';
import assessmentMissing from './assessment-missing.js';
import attendanceMismatch from './attendance-mismatch.js';
import cellNameVariant from './cell-name-variant.js';
import duplicateMeeting from './duplicate-meeting.js';
import durationShort from './duration-short.js';
import factMissing from './fact-missing.js';
import fileUnreadable from './file-unreadable.js';
import hiddenCharacter from './hidden-character.js';
import limitExceeded from './limit-exceeded.js';
import meetingMissing from './meeting-missing.js';
import minutesIncomplete from './minutes-incomplete.js';
import periodMismatch from './period-mismatch.js';
import ratingOverstated from './rating-overstated.js';
import ratingUnderstated from './rating-understated.js';
import rubricKind from './rubric-kind.js';
import rubricOutOfForce from './rubric-out-of-force.js';
import rubricUnavailable from './rubric-unavailable.js';
import type { AnyCrossRule, AnyRecordRule, AnyRule } from './rule.js';
import schema from './schema.js';
import scoreMissing from './score-missing.js';
import scoreOverclaimed from './score-overclaimed.js';
import scoreRange from './score-range.js';
import scoreSum from './score-sum.js';
import speakersExceedPresent from './speakers-exceed-present.js';
import taskIncomplete from './task-incomplete.js';
import tasksNotReviewed from './tasks-not-reviewed.js';
import thematicIncomplete from './thematic-incomplete.js';
import thematicMissing from './thematic-missing.js';
import timeInvalid from './time-invalid.js';
import upperLevelAbsent from './upper-level-absent.js';
import voteMismatch from './vote-mismatch.js';
import yamlSyntax from './yaml-syntax.js';

export const RULES: readonly AnyRule[] = [
  yamlSyntax, schema, fileUnreadable, limitExceeded, rubricUnavailable, rubricKind,
  attendanceMismatch, absenceDuplicate, absentButActive, speakersExceedPresent, voteMismatch,
  timeInvalid, scoreRange, scoreSum, scoreOverclaimed, ratingOverstated, ratingUnderstated,
  assessmentMissing, scoreMissing, factMissing, agendaMissing, durationShort, minutesIncomplete,
  taskIncomplete, periodMismatch, thematicIncomplete, hiddenCharacter, rubricOutOfForce,
  meetingMissing, thematicMissing, duplicateMeeting, absenceStreak, tasksNotReviewed, cellNameVariant,
  upperLevelAbsent, absenceUnexcusedYear,
];

/** Rules that look at a valid record; the loading stages raise the others, or they look across records. */
export const RECORD_RULES = RULES.filter((r): r is AnyRecordRule => r.kind === 'record');

/** Rules that look across the records of a batch. */
export const CROSS_RULES = RULES.filter((r): r is AnyCrossRule => r.kind === 'cross');

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/**
 * A problem's message in `lang`, from its rule (the message id) and its data: the one place
 * problems are put into words, so the same problem reads in either language.
 */
export function renderProblem(problem: { rule: string; data: unknown }, lang: Lang): string {
  const rule = BY_ID.get(problem.rule);
  if (!rule) throw new Error(`no rule ${problem.rule}`);
  return rule.message[lang](problem.data);
}

export {
  fileUnreadable, limitExceeded, rubricKind, rubricUnavailable, schema, yamlSyntax,
};
