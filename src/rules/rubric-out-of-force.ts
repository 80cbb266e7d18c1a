// rubric-out-of-force: the rubric is used on a meeting held outside the dates it is in force.
import { inForceOn, type InForce } from '../core/in-force.js';
import { formatDate, formatSpan } from '../facts/format.js';
import { defineRecordRule } from './rule.js';

interface Data { rubric: string; date: string; dates: InForce }

export default defineRecordRule<Data>({
  id: 'rubric-out-of-force',
  severity: 'warning',
  description: { vi: 'Bộ tiêu chí không áp dụng vào ngày họp', en: 'The rubric is not in force on the meeting day' },
  message: {
    vi: (d) => `Bộ tiêu chí "${d.rubric}" áp dụng cho buổi sinh hoạt ${formatSpan(d.dates, 'vi')}, nhưng buổi này họp ngày ${formatDate(d.date, 'vi')}. Hãy dùng bộ tiêu chí áp dụng vào ngày đó: sửa hoặc bỏ dòng "rubric" (bộ tiêu chí) để chibo tự chọn theo ngày họp; nếu ngày họp ghi nhầm thì sửa "date" (ngày sinh hoạt).`,
    en: (d) => `The rubric "${d.rubric}" is in force for meetings ${formatSpan(d.dates, 'en')}, but this meeting was held on ${formatDate(d.date, 'en')}. Use the rubric in force on that day (change "rubric", or leave it out for chibo to choose by date), or correct the date.`,
  },
  check: ({ record, rubric }) =>
    inForceOn(rubric.inForce, record.date) ? [] : [{ path: ['date'], data: { rubric: rubric.id, date: record.date, dates: rubric.inForce } }],
});
