// rubric-unavailable: the rubric the record names cannot be found or loaded.
import type { Lang } from '../core/lang.js';
import { defineLoadRule } from './rule.js';

export interface RubricUnavailableData {
  rubric: string;
  /** Why, in both languages. */
  reason: Record<Lang, string>;
}

export default defineLoadRule<RubricUnavailableData>({
  id: 'rubric-unavailable',
  severity: 'error',
  description: { vi: 'Không tải được bộ tiêu chí mà biên bản chỉ định', en: 'The rubric the record names cannot be loaded' },
  message: {
    vi: (d) => `Không tải được bộ tiêu chí "${d.rubric}": ${d.reason.vi} Hãy sửa mục "rubric" (bộ tiêu chí chấm điểm), hoặc chọn bộ tiêu chí bằng --rubric.`,
    en: (d) => `The rubric "${d.rubric}" cannot be loaded: ${d.reason.en} Fix the rubric key, or choose a rubric with --rubric.`,
  },
});
