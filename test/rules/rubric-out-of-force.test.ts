// Rule table: a rubric used on a meeting outside the dates it is in force (lai-chau-14 is in
// force until 27/10/2025, hd42-an-phu from 28/10/2025; the record names one or is given it).
import { ruleTester, type RuleTable } from '../rule-tester.js';

const on = (date: string, rubric?: string) => (r: Record<string, any>) => {
  r.date = date;
  r.period = date.slice(0, 7);
  if (rubric) r.rubric = rubric;
};

export const tables: Record<string, RuleTable> = {
  'rubric-out-of-force': {
    valid: [
      { name: 'lai-chau-14 on its last day, 27/10/2025', change: on('2025-10-27') },
      { name: 'lai-chau-14 long before, in 2024 (no first day)', change: on('2024-03-15') },
      { name: 'hd42-an-phu on its first day, 28/10/2025', change: on('2025-10-28', 'hd42-an-phu') },
      { name: 'a rubric that states no dates, any day', change: on('2030-01-01', '../test/fixtures/rubrics/regular-only.yaml') },
    ],
    invalid: [
      {
        name: 'lai-chau-14 the day after its last, 28/10/2025', change: on('2025-10-28'),
        problems: [
          {
            path: 'date', line: 5, column: 7,
            message: {
              vi: 'Bộ tiêu chí "lai-chau-14" áp dụng cho buổi sinh hoạt đến hết 27/10/2025, nhưng buổi này họp ngày 28/10/2025. Hãy dùng bộ tiêu chí áp dụng vào ngày đó: sửa hoặc bỏ dòng "rubric" (bộ tiêu chí) để chibo tự chọn theo ngày họp; nếu ngày họp ghi nhầm thì sửa "date" (ngày sinh hoạt).',
              en: 'The rubric "lai-chau-14" is in force for meetings until 2025-10-27, but this meeting was held on 2025-10-28. Use the rubric in force on that day (change "rubric", or leave it out for chibo to choose by date), or correct the date.',
            },
          },
        ],
      },
      {
        name: 'hd42-an-phu named by a record of 27/10/2025, the day before its first',
        change: on('2025-10-27', 'hd42-an-phu'),
        problems: [
          {
            path: 'date', line: 5, column: 7,
            message: {
              vi: 'Bộ tiêu chí "hd42-an-phu" áp dụng cho buổi sinh hoạt từ 28/10/2025, nhưng buổi này họp ngày 27/10/2025. Hãy dùng bộ tiêu chí áp dụng vào ngày đó: sửa hoặc bỏ dòng "rubric" (bộ tiêu chí) để chibo tự chọn theo ngày họp; nếu ngày họp ghi nhầm thì sửa "date" (ngày sinh hoạt).',
              en: 'The rubric "hd42-an-phu" is in force for meetings from 2025-10-28, but this meeting was held on 2025-10-27. Use the rubric in force on that day (change "rubric", or leave it out for chibo to choose by date), or correct the date.',
            },
          },
        ],
      },
    ],
  },
};

for (const [id, table] of Object.entries(tables)) ruleTester.run(id, table);
