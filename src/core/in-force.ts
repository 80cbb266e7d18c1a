// The dates a rubric is in force (its `from` and `until`, both days included), and which of
// several rubrics, each in force for its own dates, a meeting's date falls under.
/** Days as YYYY-MM-DD, which compare as text; no `from`: since always, no `until`: still in force. */
export interface InForce {
  from?: string;
  until?: string;
}

/** The bundled default: `lai-chau-14` for meetings up to 27/10/2025, the 42-HD sheet from 28/10/2025 (dates in the files). */
export const BUNDLED_BY_DATE = ['lai-chau-14', 'hd42-an-phu'] as const;

/**
 * The dates in the bundled rubrics' files, written here too (a test holds them to the files), as
 * a configuration's `rubrics` list may give them: choosing the rubric a meeting falls under then
 * loads neither, and a run loads only the one it uses.
 */
export const BUNDLED_IN_FORCE: Readonly<Record<(typeof BUNDLED_BY_DATE)[number], InForce>> = {
  'lai-chau-14': { until: '2025-10-27' },
  'hd42-an-phu': { from: '2025-10-28' },
};

/** A rubric (an id or an absolute path) and the meeting days it is used for. */
export interface DatedRubric {
  ref: string;
  dates: InForce;
}

/** The day `now` falls on by the calendar of the machine chibo runs on, as YYYY-MM-DD. */
export function localDay(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export const inForceOn = (dates: InForce, day: string): boolean =>
  (dates.from === undefined || dates.from <= day) && (dates.until === undefined || day <= dates.until);

/** Whether two spans of days share at least one day. */
export const overlap = (a: InForce, b: InForce): boolean =>
  (a.from === undefined || b.until === undefined || a.from <= b.until) && (b.from === undefined || a.until === undefined || b.from <= a.until);

/**
 * The entry in force on `day`; when none is, the one in force last before it (the latest to have
 * started), else the earliest — the rubric then used is out of force, which a rule reports.
 */
export function chooseByDate<T extends { dates: InForce }>(entries: readonly T[], day: string): T | undefined {
  const inForce = entries.find((e) => inForceOn(e.dates, day));
  if (inForce) return inForce;
  const started = entries.filter((e) => e.dates.from === undefined || e.dates.from <= day);
  const start = (e: T) => e.dates.from ?? '';
  if (started.length > 0) return started.reduce((a, b) => (start(b) > start(a) ? b : a));
  return entries.reduce<T | undefined>((a, b) => (a === undefined || start(b) < start(a) ? b : a), undefined);
}
