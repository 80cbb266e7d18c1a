// The stable rule ids (cli.md), in the order of its table. Kept apart from the rules themselves
// so that schemas can name them without loading any rule.
export const RULE_IDS = [
  'yaml-syntax', 'schema', 'file-unreadable', 'limit-exceeded', 'rubric-unavailable', 'rubric-kind',
  'attendance-mismatch', 'absence-duplicate', 'absent-but-active', 'speakers-exceed-present', 'vote-mismatch',
  'time-invalid', 'score-range', 'score-sum', 'score-overclaimed', 'rating-overstated', 'rating-understated',
  'assessment-missing', 'score-missing', 'fact-missing', 'agenda-missing', 'duration-short', 'minutes-incomplete',
  'task-incomplete', 'period-mismatch', 'thematic-incomplete', 'hidden-character', 'rubric-out-of-force',
  'meeting-missing', 'thematic-missing', 'duplicate-meeting', 'absence-streak', 'tasks-not-reviewed', 'cell-name-variant',
  'upper-level-absent', 'absence-unexcused-year',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** Rules that are off unless the configuration gives them a severity (see each rule's file). */
const OFF_BY_DEFAULT: readonly RuleId[] = ['upper-level-absent'];

/** The severities a run starts from, before the configuration's: the rules off by default, off. */
export const DEFAULT_SEVERITIES: Readonly<Record<string, 'off'>> = Object.fromEntries(OFF_BY_DEFAULT.map((id) => [id, 'off']));
