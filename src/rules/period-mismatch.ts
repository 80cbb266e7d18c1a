// period-mismatch: `period` is neither the month of `date` nor the month before it.
import { formatDate, formatMonth } from '../facts/format.js';
import { defineRecordRule } from './rule.js';

interface Data { period: string; date: string }

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export default defineRecordRule<Data>({
  id: 'period-mismatch',
  severity: 'warning',
  description: { vi: 'Kỳ sinh hoạt không khớp với ngày sinh hoạt', en: 'The period does not match the date' },
  message: {
    vi: (d) => `Kỳ sinh hoạt ghi là ${formatMonth(d.period, 'vi')}, không phải tháng của ngày sinh hoạt ${formatDate(d.date, 'vi')} hay tháng trước đó. Hãy kiểm tra lại "period" (kỳ sinh hoạt) hoặc "date" (ngày sinh hoạt).`,
    en: (d) => `The period ${d.period} is neither the month of the meeting date ${d.date} nor the month before. Check period or date.`,
  },
  check: ({ record }) => {
    const { period, date } = record;
    if (period === undefined) return [];
    const month = date.slice(0, 7);
    return period === month || period === previousMonth(month) ? [] : [{ path: ['period'], data: { period, date } }];
  },
});
