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
