// assessment-missing: no self-assessment at all.
import { defineRule } from './rule.js';

export default defineRule<Record<string, never>>({
  id: 'assessment-missing',
  severity: 'warning',
  description: { vi: 'Biên bản không có phần tự chấm điểm, xếp loại', en: 'No self-assessment at all' },
  message: {
    vi: () => 'Biên bản không có phần tự đánh giá (assessment): hãy ghi điểm từng tiêu chí và xếp loại. Khi chưa có, chỉ các mục đo được từ dữ kiện được tính điểm.',
    en: () => 'The record has no self-assessment (assessment): write the score of each criterion and the rating. Until then, only the items measured from the facts are scored.',
  },
  check: ({ claims }) => (claims.present ? [] : [{ path: ['assessment'], at: 'key', data: {} }]),
});
