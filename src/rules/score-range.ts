// score-range: a claimed score below 0 or above its maximum, or for a criterion or item the rubric lacks.
import type { KindRubric } from '../rubric/rubric.js';
import { defineRecordRule, type Finding } from './rule.js';
import type { Lang } from '../core/lang.js';
import { criterionLabel, KIND_NAMES } from './words.js';
import { formatNumber } from '../facts/format.js';

type Data =
  | { id: string; value: number; max: number; unknown: false; /** A deduction's claims lie within minus its maximum and 0. */ min?: number }
  | { id: string; value: number; unknown: true; rubric: string; kind: keyof typeof KIND_NAMES };

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
    ? `Điểm tự chấm ${formatNumber(d.value, lang)} của ${what} nằm ngoài khoảng từ ${formatNumber(min, lang)} đến ${formatNumber(d.max, lang)} điểm.`
    : `The claimed ${d.value} for ${what} is outside ${min}–${d.max}.`;
};

export default defineRecordRule<Data>({
  id: 'score-range',
  severity: 'error',
  description: { vi: 'Điểm tự chấm ngoài khoảng cho phép, hoặc cho tiêu chí không có', en: 'A claimed score out of range, or for a criterion the rubric lacks' },
  message: { vi: (d) => message(d, 'vi'), en: (d) => message(d, 'en') },
  check: ({ claims, kindRubric, rubric, record }) =>
    [...claims.scores].flatMap(([id, value]): Finding<Data>[] => {
      const path = ['assessment', 'scores', id];
      const range = rangeFor(kindRubric, id);
      if (range === undefined) return [{ path, at: 'key', data: { id, value, unknown: true, rubric: rubric.id, kind: record.kind } }];
      if (value >= range.min && value <= range.max) return [];
      return [{ path, data: { id, value, max: range.max, unknown: false, ...range.min !== 0 && { min: range.min } } }];
    }),
});
