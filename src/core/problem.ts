// What goes wrong, as every stage reports it: a record's problems, a data file's mistakes.
import type { Lang } from './lang.js';

export type Severity = 'error' | 'warning';

export interface Problem {
  rule: string;
  severity: Severity;
  /** Dotted path into the record, or null when the problem concerns the whole file. */
  path: string | null;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  /** The message in the chosen language, rendered from `rule` and `data` (see `renderProblem`). */
  message: string;
  /** What the rule's message needs; reports do not show it, but the message can be rendered again from it. */
  data: unknown;
}

/** A problem as a list of problems shows it (the HTML report): without the data its message was made from. */
export type ListedProblem = Omit<Problem, 'data'>;

export const listed = ({ data, ...shown }: Problem): ListedProblem => shown;

/** The order of problems in a report: by line, then column, then rule id (stable otherwise). */
export const byPlace = (a: Pick<Problem, 'line' | 'column' | 'rule'>, b: Pick<Problem, 'line' | 'column' | 'rule'>): number =>
  (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule);

/** A mistake in a data file of chibo's own (a rubric, the config), in both languages. */
export interface FileMistake {
  line?: number;
  column?: number;
  message: Record<Lang, string>;
}

/** Why a rubric cannot be used: its file, its name as messages show it, and every mistake. */
export interface RubricError {
  file: string;
  name: string;
  mistakes: FileMistake[];
}
