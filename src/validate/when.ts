// Dates, times and months as the record format writes them (YYYY-MM-DD, HH:MM, YYYY-MM), as exact
// patterns the exported JSON Schema shares, and what a person most likely meant when they wrote
// one otherwise: "7h30", "10/10/2024", "tháng 3/2024", or curly quotes put in by a word processor.
import { foldLetters } from './text.js';

const LEAP_YEAR = '(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
/** A day of the Gregorian calendar, leap years included, as YYYY-MM-DD. */
export const DATE_PATTERN =
  '^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))' +
  `|${LEAP_YEAR}-02-29)$`;
export const TIME_PATTERN = '^(?:[01][0-9]|2[0-3]):[0-5][0-9]$';
export const MONTH_PATTERN = '^[0-9]{4}-(?:0[1-9]|1[0-2])$';

const DATE_RE = new RegExp(DATE_PATTERN, 'u');
const TIME_RE = new RegExp(TIME_PATTERN, 'u');
const MONTH_RE = new RegExp(MONTH_PATTERN, 'u');

export const isCalendarDate = (text: string): boolean => DATE_RE.test(text);
export const isClockTime = (text: string): boolean => TIME_RE.test(text);
export const isMonth = (text: string): boolean => MONTH_RE.test(text);

export type WhenFormat = 'date' | 'time' | 'month';

/** What a misformatted date, time or month was read as. */
export type Reading =
  /** The meaning is clear: `write` is how to write it (`curly`: it had curly quotes around it). */
  | { kind: 'fix'; write: string; curly: boolean }
  /** A date or month with a month number outside 1–12. */
  | { kind: 'no-month'; month: number }
  /** A date past the end of its month. */
  | { kind: 'no-day'; year: number; month: number; days: number }
  /** A time past 23:59. */
  | { kind: 'no-time' }
  /** A month without its year ("tháng 3"). */
  | { kind: 'no-year'; month: number }
  | { kind: 'unreadable' };

const QUOTES = '"\'“”‘’„‟«»';
const CURLY = /[“”‘’„‟«»]/u;
const pad = (n: number) => String(n).padStart(2, '0');

const isLeapYear = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

function readDate(text: string): Reading {
  const t = foldLetters(text).replace(/\s+/gu, ' ');
  let ymd: [string, string, string] | undefined;
  let m = /^(\d{4}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{1,2})$/u.exec(t);
  if (m) ymd = [m[1]!, m[2]!, m[3]!];
  m = /^(?:ngay ?)?(\d{1,2}) ?(?:[-/.]|thang) ?(\d{1,2}) ?(?:[-/.]|nam) ?(\d{4})$/u.exec(t);
  if (m) ymd = [m[3]!, m[2]!, m[1]!];
  if (!ymd) return { kind: 'unreadable' };
  const [year, month, day] = ymd.map(Number) as [number, number, number];
  if (month < 1 || month > 12) return { kind: 'no-month', month };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { kind: 'no-day', year, month, days };
  return { kind: 'fix', write: `${ymd[0]}-${pad(month)}-${pad(day)}`, curly: false };
}

function readTime(text: string): Reading {
  const t = foldLetters(text).replace(/\s+/gu, ' ');
  const m = /^(\d{1,2}) ?(?:(?:[:hg.,]|gio) ?(\d{2})? ?(?:phut|ph|p|')?)? ?(sang|trua|chieu|toi|am|pm)?$/u.exec(t);
  if (!m) return { kind: 'unreadable' };
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (m[3] && ['chieu', 'toi', 'pm'].includes(m[3]) && hour < 12) hour += 12;
  if (hour > 23 || minute > 59) return { kind: 'no-time' };
  return { kind: 'fix', write: `${pad(hour)}:${pad(minute)}`, curly: false };
}

function readMonth(text: string): Reading {
  const t = foldLetters(text).replace(/\s+/gu, ' ');
  let m = /^(\d{4}) ?[-/.] ?(\d{1,2})$/u.exec(t);
  const ym = m ? [m[1]!, m[2]!] : (m = /^(?:thang ?)?(\d{1,2}) ?(?:[-/.]|nam) ?(\d{4})$/u.exec(t)) ? [m[2]!, m[1]!] : undefined;
  if (!ym) {
    const date = readDate(text);
    if (date.kind === 'fix') return { ...date, write: date.write.slice(0, 7) };
    const bare = /^(?:thang ?)?(\d{1,2})$/u.exec(t);
    if (bare && Number(bare[1]) >= 1 && Number(bare[1]) <= 12) return { kind: 'no-year', month: Number(bare[1]) };
    return date.kind === 'no-month' ? date : { kind: 'unreadable' };
  }
  const month = Number(ym[1]);
  if (month < 1 || month > 12) return { kind: 'no-month', month };
  return { kind: 'fix', write: `${ym[0]}-${pad(month)}`, curly: false };
}

const READERS: Record<WhenFormat, (text: string) => Reading> = { date: readDate, time: readTime, month: readMonth };
const VALID: Record<WhenFormat, (text: string) => boolean> = { date: isCalendarDate, time: isClockTime, month: isMonth };

/** What a value that is not a valid date, time or month was most likely meant to be. */
export function readWhen(format: WhenFormat, value: string): Reading {
  const curly = CURLY.test(value);
  const core = value.trim().replace(new RegExp(`^[${QUOTES}\\s]+|[${QUOTES}\\s]+$`, 'gu'), '');
  const reading = VALID[format](core) ? { kind: 'fix' as const, write: core, curly: false } : READERS[format](core);
  return reading.kind === 'fix' ? { ...reading, curly } : reading;
}
