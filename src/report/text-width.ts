// Text in columns: a terminal shows a letter and its combining marks in one column.
import { COMBINING_MARK } from '../validate/text.js';

/** Columns a text takes: combining marks take none (Vietnamese may be written decomposed). */
export const width = (s: string) => s.normalize('NFC').replace(COMBINING_MARK, '').length;
export const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
export const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;
