// score-range: a claimed score below 0 or above its maximum, or for a criterion or item the rubric
// lacks; the upper level's scores (`review.scores`) are checked alike.
import type { KindRubric } from '../rubric/rubric.js';
import { defineRecordRule, type Finding } from './rule.js';
import type { Lang } from '../core/lang.js';
import { criterionLabel, KIND_NAMES } from './words.js';
import { formatNumber } from '../facts/format.js';

/** `review`: the score is the upper level's (`review.scores`), not the cell's own. */
type Data = (
  | { id: string; value: number; max: number; unknown: false; /** A deduction's claims lie within minus its maximum and 0. */ min?: number }
  | { id: string; value: number; unknown: true; rubric: string; kind: keyof typeof KIND_NAMES }
) & { review?: true };

/** The range of a claim key: a criterion's or an item's (a deduction's below 0); undefined when the rubric lacks it. */
export function rangeFor(rubric: KindRubric, id: string): { min: number; max: number } | undefined {
  for (const c of rubric.criteria) {
    const max = c.id === id ? c.max : c.items.find((i) => i.id === id)?.max;
    if (max !== undefined) return c.role === 'deduction' ? { min: -max, max: 0 } : { min: 0, max };
  }
  return undefined;
}

const message = (d: Data, lang: Lang) => {
  const what = criterionLabel(d.id, lang);
  if (d.unknown) {
    return lang === 'vi'
      ? `Bộ tiêu chí "${d.rubric}" không có ${what} cho buổi sinh hoạt ${KIND_NAMES[d.kind].vi}; hãy bỏ điểm này hoặc sửa lại số hiệu tiêu chí.`
      : `The rubric "${d.rubric}" has no ${what} for ${KIND_NAMES[d.kind].en} meetings; remove this score or correct its id.`;
  }
  const min = d.min ?? 0;
  return lang === 'vi'
    ? `Điểm ${d.review ? 'cấp trên chấm' : 'tự chấm'} ${formatNumber(d.value, lang)} của ${what} nằm ngoài khoảng từ ${formatNumber(min, lang)} đến ${formatNumber(d.max, lang)} điểm.`
    : `The ${d.review ? "upper level's score" : 'claimed'} ${d.value} for ${what} is outside ${min}–${d.max}.`;
};

export default defineRecordRule<Data>({
  id: 'score-range',
  severity: 'error',
  description: { vi: 'Điểm tự chấm ngoài khoảng cho phép, hoặc cho tiêu chí không có', en: 'A claimed score out of range, or for a criterion the rubric lacks' },
  message: { vi: (d) => message(d, 'vi'), en: (d) => message(d, 'en') },
  check: ({ kindRubric, rubric, record }) => {
    const written = [
      ...Object.entries(record.assessment?.scores ?? {}).map(([id, value]) => ({ id, value, review: false })),
      ...Object.entries(record.review?.scores ?? {}).map(([id, value]) => ({ id, value, review: true })),
    ];
    return written.flatMap(({ id, value, review }): Finding<Data>[] => {
      const path = [review ? 'review' : 'assessment', 'scores', id];
      const own = review ? { review: true as const } : {};
      const range = rangeFor(kindRubric, id);
      if (range === undefined) return [{ path, at: 'key', data: { id, value, unknown: true, rubric: rubric.id, kind: record.kind, ...own } }];
      if (value >= range.min && value <= range.max) return [];
      return [{ path, data: { id, value, max: range.max, unknown: false, ...range.min !== 0 && { min: range.min }, ...own } }];
    });
  },
});
