// time-invalid: the meeting's end is not after its start.
import { minutesOfDay } from '../facts/facts.js';
import { defineRecordRule } from './rule.js';

interface Data { start: string; end: string }

export default defineRecordRule<Data>({
  id: 'time-invalid',
  severity: 'error',
  description: { vi: 'Giờ kết thúc không sau giờ bắt đầu', en: 'The end time is not after the start time' },
  message: {
    vi: (d) => `Giờ kết thúc ${d.end} không sau giờ bắt đầu ${d.start}. Hãy sửa giờ (theo định dạng 24 giờ, cùng một ngày).`,
    en: (d) => `The end time ${d.end} is not after the start time ${d.start}. Correct the times (24-hour clock, same day).`,
  },
  check: ({ record }) =>
    minutesOfDay(record.time.end) > minutesOfDay(record.time.start)
      ? []
      : [{ path: ['time', 'end'], data: { start: record.time.start, end: record.time.end } }],
});
