// Text in columns: a terminal shows a letter and its combining marks in one column.

/** Columns a text takes: combining marks take none (Vietnamese may be written decomposed). */
export const width = (s: string) => s.normalize('NFC').replace(/\p{M}/gu, '').length;
export const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
export const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;
