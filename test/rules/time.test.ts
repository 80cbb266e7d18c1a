// Rule tables: the meeting's times, its length and its period.
import { readFileSync } from 'node:fs';
import { EXAMPLES } from '../helpers.js';
import { ruleTester, type RuleTable } from '../rule-tester.js';

/** examples/regular-good.yaml as written (a comment first, flow-style time on line 7), edited. */
const example = (from: string, to: string) => readFileSync(`${EXAMPLES}regular-good.yaml`, 'utf8').replace(from, to);

export const tables: Record<string, RuleTable> = {
  'time-invalid': {
    valid: [{ name: 'end one minute after start', change: (r) => { r.time = { start: '14:00', end: '14:01' }; } }],
    invalid: [
      {
        name: 'end before start', change: (r) => { r.time = { start: '15:00', end: '14:00' }; },
        problems: [
          {
            path: 'time.end', line: 8, column: 8,
            message: {
              vi: 'Giờ kết thúc 14:00 không sau giờ bắt đầu 15:00. Hãy sửa giờ (theo định dạng 24 giờ, cùng một ngày).',
              en: 'The end time 14:00 is not after the start time 15:00. Correct the times (24-hour clock, same day).',
            },
          },
        ],
      },
      {
        name: 'end before start in the example as written, with Windows line ends',
        text: example('end: "15:45"', 'end: "13:45"').replace(/\n/g, '\r\n'),
        problems: [
          {
            path: 'time.end', line: 7, column: 30,
            message: {
              vi: 'Giờ kết thúc 13:45 không sau giờ bắt đầu 14:00. Hãy sửa giờ (theo định dạng 24 giờ, cùng một ngày).',
              en: 'The end time 13:45 is not after the start time 14:00. Correct the times (24-hour clock, same day).',
            },
          },
        ],
      },
      {
        name: 'end equal to start', change: (r) => { r.time = { start: '14:00', end: '14:00' }; },
        problems: [
          {
            path: 'time.end', line: 8, column: 8,
            message: {
              vi: 'Giờ kết thúc 14:00 không sau giờ bắt đầu 14:00. Hãy sửa giờ (theo định dạng 24 giờ, cùng một ngày).',
              en: 'The end time 14:00 is not after the start time 14:00. Correct the times (24-hour clock, same day).',
            },
          },
        ],
      },
    ],
  },
  'duration-short': {
    valid: [
      { name: 'regular meeting of exactly the minimum, 90 minutes', change: (r) => { r.time.end = '15:30'; } },
      { name: 'an end before the start is time-invalid, not short', change: (r) => { r.time = { start: '15:00', end: '14:00' }; } },
    ],
    invalid: [
      {
        name: 'regular meeting one minute short of the minimum', change: (r) => { r.time.end = '15:29'; },
        problems: [
          {
            path: 'time.end', line: 8, column: 8,
            message: {
              vi: 'Thời lượng buổi sinh hoạt thường kỳ là 89 phút, chưa đạt tối thiểu 90 phút (Hướng dẫn 12-HD/BTCTW).',
              en: 'The meeting lasted 89 minutes, less than the 90 minutes required for regular meetings (Hướng dẫn 12-HD/BTCTW).',
            },
          },
        ],
      },
      {
        name: 'combined meeting of 119 minutes (minimum 120)',
        change: (r) => {
          r.kind = 'combined'; r.agenda.push({ type: 'topic' }); r.time.end = '15:59';
          r.thematic = { topic: 'T', plan: 'KH 01', presenter: 'Vũ Thị Giang', conclusion: 'C' };
        },
        problems: [
          {
            path: 'time.end', line: 8, column: 8,
            message: {
              vi: 'Thời lượng buổi sinh hoạt thường kỳ kết hợp chuyên đề là 119 phút, chưa đạt tối thiểu 120 phút (Hướng dẫn 42-HD/BTCTW (2025), do bản tái dựng chọn; 12-HD/BTCTW chỉ quy định ít nhất 90 phút).',
              en: 'The meeting lasted 119 minutes, less than the 120 minutes required for combined regular and thematic meetings (Hướng dẫn 42-HD/BTCTW (2025), the reconstruction\'s choice; 12-HD/BTCTW asks for at least 90 minutes only).',
            },
          },
        ],
      },
    ],
  },
  'period-mismatch': {
    valid: [
      { name: 'period the same month as the date', change: (r) => { r.period = '2024-03'; } },
      { name: 'period the month before the date', change: (r) => { r.period = '2024-02'; } },
      { name: 'period December for a meeting in January', change: (r) => { r.date = '2024-01-10'; r.period = '2023-12'; } },
    ],
    invalid: [
      {
        name: 'period two months before the date', change: (r) => { r.period = '2024-01'; },
        problems: [
          {
            path: 'period', line: 66, column: 9,
            message: {
              vi: 'Kỳ sinh hoạt ghi là tháng 1/2024, không phải tháng của ngày sinh hoạt 15/3/2024 hay tháng trước đó. Hãy kiểm tra lại "period" (kỳ sinh hoạt) hoặc "date" (ngày sinh hoạt).',
              en: 'The period 2024-01 is neither the month of the meeting date 2024-03-15 nor the month before. Check period or date.',
            },
          },
        ],
      },
      {
        name: 'period the month after the date', change: (r) => { r.period = '2024-04'; },
        problems: [
          {
            path: 'period', line: 66, column: 9,
            message: {
              vi: 'Kỳ sinh hoạt ghi là tháng 4/2024, không phải tháng của ngày sinh hoạt 15/3/2024 hay tháng trước đó. Hãy kiểm tra lại "period" (kỳ sinh hoạt) hoặc "date" (ngày sinh hoạt).',
              en: 'The period 2024-04 is neither the month of the meeting date 2024-03-15 nor the month before. Check period or date.',
            },
          },
        ],
      },
    ],
  },
};

for (const [id, table] of Object.entries(tables)) ruleTester.run(id, table);
