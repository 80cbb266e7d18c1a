// Months as numbers, for spans, gaps and quarters.

/** "2024-03" → 2024 × 12 + 2. */
export const monthNumber = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** 2024 × 12 + 2 → "2024-03". */
export const monthText = (n: number): string => `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;

/** Every month from `first` to `last`, both included. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let n = monthNumber(first); n <= monthNumber(last); n++) out.push(monthText(n));
  return out;
}

export const isRegular = (kind: string) => kind === 'regular' || kind === 'combined';

/**
 * The last month that is over on the date `asOf` (YYYY-MM-DD): its own month when `asOf` is the
 * month's last day, else the month before. A later month without a meeting is not missing yet.
 */
export function lastMonthOver(asOf: string): string {
  const month = asOf.slice(0, 7);
  const next = new Date(Date.UTC(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)) - 1, Number(asOf.slice(8, 10)) + 1));
  return next.getUTCDate() === 1 ? month : monthText(monthNumber(month) - 1);
}

/** A quarter (1–4) of a year, with the meetings held in it, in their order. */
export interface Quarter<M> { quarter: number; year: number; meetings: M[] }

/**
 * The quarters wholly inside the span of a cell's meetings (sorted by month) and over by the date
 * `asOf`, each with its meetings: a span that starts or ends mid-quarter says nothing of the rest.
 */
export function closedQuarters<M extends { info: { month: string } }>(meetings: readonly M[], asOf: string): Quarter<M>[] {
  const out: Quarter<M>[] = [];
  const first = monthNumber(meetings[0]!.info.month);
  const last = Math.min(monthNumber(lastMonthOver(asOf)), monthNumber(meetings[meetings.length - 1]!.info.month));
  const months = meetings.map((m) => monthNumber(m.info.month));
  for (let q = Math.ceil(first / 3) * 3; q + 2 <= last; q += 3) {
    const inQuarter = meetings.filter((_, i) => months[i]! >= q && months[i]! <= q + 2);
    out.push({ quarter: (q % 12) / 3 + 1, year: Math.floor(q / 12), meetings: inQuarter });
  }
  return out;
}
