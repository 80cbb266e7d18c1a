// The ratings a meeting may get (record-format.md, "Ratings"), best first.
export const RATING_IDS = ['tot', 'kha', 'trung_binh', 'kem'] as const;
export type RatingId = (typeof RATING_IDS)[number];

/** A count for each rating, from zero. */
export const zeroRatings = (): Record<RatingId, number> => ({ tot: 0, kha: 0, trung_binh: 0, kem: 0 });
