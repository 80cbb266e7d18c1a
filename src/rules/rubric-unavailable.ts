// rubric-unavailable: the rubric the record names cannot be found or loaded.
import { defineRule } from './rule.js';

export interface RubricUnavailableData {
  rubric: string;
  /** Why, already in the user's language. */
  reason: string;
}

export default defineRule<RubricUnavailableData>({
  id: 'rubric-unavailable',
  severity: 'error',
  description: { vi: 'Không tải được bộ tiêu chí mà biên bản chỉ định', en: 'The rubric the record names cannot be loaded' },
  message: {
    vi: (d) => `Không tải được bộ tiêu chí "${d.rubric}": ${d.reason} Hãy sửa mục "rubric" (bộ tiêu chí chấm điểm), hoặc chọn bộ tiêu chí bằng --rubric.`,
    en: (d) => `The rubric "${d.rubric}" cannot be loaded: ${d.reason} Fix the rubric key, or choose a rubric with --rubric.`,
  },
});
