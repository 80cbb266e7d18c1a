// Every rule, in the order of cli.md's table.
import absenceDuplicate from './absence-duplicate.js';
import absentButActive from './absent-but-active.js';
import agendaMissing from './agenda-missing.js';
import assessmentMissing from './assessment-missing.js';
import attendanceMismatch from './attendance-mismatch.js';
import durationShort from './duration-short.js';
import factMissing from './fact-missing.js';
import fileUnreadable from './file-unreadable.js';
import limitExceeded from './limit-exceeded.js';
import minutesIncomplete from './minutes-incomplete.js';
import periodMismatch from './period-mismatch.js';
import ratingOverstated from './rating-overstated.js';
import ratingUnderstated from './rating-understated.js';
import rubricKind from './rubric-kind.js';
import rubricUnavailable from './rubric-unavailable.js';
import type { AnyRule } from './rule.js';
import schema from './schema.js';
import scoreMissing from './score-missing.js';
import scoreOverclaimed from './score-overclaimed.js';
import scoreRange from './score-range.js';
import scoreSum from './score-sum.js';
import speakersExceedPresent from './speakers-exceed-present.js';
import taskIncomplete from './task-incomplete.js';
import thematicIncomplete from './thematic-incomplete.js';
import timeInvalid from './time-invalid.js';
import voteMismatch from './vote-mismatch.js';
import yamlSyntax from './yaml-syntax.js';

export const RULES: readonly AnyRule[] = [
  yamlSyntax, schema, fileUnreadable, limitExceeded, rubricUnavailable, rubricKind,
  attendanceMismatch, absenceDuplicate, absentButActive, speakersExceedPresent, voteMismatch,
  timeInvalid, scoreRange, scoreSum, scoreOverclaimed, ratingOverstated, ratingUnderstated,
  assessmentMissing, scoreMissing, factMissing, agendaMissing, durationShort, minutesIncomplete,
  taskIncomplete, periodMismatch, thematicIncomplete,
];

/** Rules that look at a valid record; the others are raised by the loading stages. */
export const RECORD_RULES = RULES.filter((r) => r.check !== undefined);

export {
  fileUnreadable, limitExceeded, rubricKind, rubricUnavailable, schema, yamlSyntax,
};
