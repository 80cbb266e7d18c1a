// assessment-missing: no self-assessment at all.
import { defineRecordRule } from './rule.js';

export default defineRecordRule<Record<string, never>>({
  id: 'assessment-missing',
  severity: 'warning',
  description: { vi: 'Biên bản không có phần tự chấm điểm, xếp loại', en: 'No self-assessment at all' },
  message: {
    vi: () => 'Biên bản chưa có phần "assessment" (tự đánh giá, xếp loại): hãy ghi điểm tự chấm từng tiêu chí và tự xếp loại. Khi chưa có, chỉ những mục tính được từ nội dung biên bản mới được cộng điểm.',
    en: () => 'The record has no self-assessment (assessment): write the score of each criterion and the rating. Until then, only the items measured from the facts are scored.',
  },
  check: ({ claims }) => (claims.present ? [] : [{ path: ['assessment'], at: 'key', data: {} }]),
});
