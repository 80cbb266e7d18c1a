// score-range: a claimed score below 0 or above its maximum, or for a criterion or item the rubric
// lacks; the upper level's scores (`review.scores`) are checked alike.
import type { KindRubric } from '../validate/rubric.js';
import { defineRecordRule, type Finding } from './rule.js';
import type { Lang } from '../core/lang.js';
import { criterionLabel, KIND_NAMES } from './words.js';
import { formatNumber } from '../facts/format.js';

/** `review`: the score is the upper level's (`review.scores`), not the cell's own. */
type Data = (
  | { id: string; value: number; max: number; unknown: false }
  | { id: string; value: number; unknown: true; rubric: string; kind: keyof typeof KIND_NAMES }
) & { review?: true };

/** The maximum for a claim key: a criterion's or an item's; undefined when the rubric lacks it. */
export function maxFor(rubric: KindRubric, id: string): number | undefined {
  for (const c of rubric.criteria) {
    if (c.id === id) return c.max;
    const item = c.items.find((i) => i.id === id);
    if (item) return item.max;
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
  if (lang === 'en') return `The ${d.review ? "upper level's score" : 'claimed'} ${d.value} for ${what} is outside 0–${d.max}.`;
  return `Điểm ${d.review ? 'cấp trên chấm' : 'tự chấm'} ${formatNumber(d.value, lang)} của ${what} nằm ngoài khoảng từ 0 đến ${formatNumber(d.max!, lang)} điểm.`;
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
      const max = maxFor(kindRubric, id);
      if (max === undefined) return [{ path, at: 'key', data: { id, value, unknown: true, rubric: rubric.id, kind: record.kind, ...own } }];
      return value < 0 || value > max ? [{ path, data: { id, value, max, unknown: false, ...own } }] : [];
    });
  },
});
