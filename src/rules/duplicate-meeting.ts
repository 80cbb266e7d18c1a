// duplicate-meeting: two regular (or combined) records of one cell for one month.
import { formatMonth } from '../facts/format.js';
import { isRegular } from '../facts/months.js';
import { defineCrossRule, type CrossFinding } from './rule.js';

interface Data { cell: string; month: string; first: string }

export default defineCrossRule<Data>({
  id: 'duplicate-meeting',
  severity: 'error',
  description: { vi: 'Hai biên bản thường kỳ của một chi bộ cho cùng một tháng', en: 'Two regular meetings of one cell for one month' },
  message: {
    vi: (d) => `${d.cell} đã có biên bản sinh hoạt thường kỳ ${formatMonth(d.month, 'vi')} (${d.first}). Mỗi tháng chỉ có một biên bản sinh hoạt thường kỳ: hãy kiểm tra "period" (kỳ sinh hoạt) và "date" (ngày sinh hoạt), hoặc bỏ bản trùng.`,
    en: (d) => `${d.cell} already has a regular meeting for ${formatMonth(d.month, 'en')} (${d.first}). One regular record per month: check period and date, or remove the copy.`,
  },
  checkAll: (cells) => {
    const out: CrossFinding<Data>[] = [];
    for (const meetings of cells) {
      const firstOfMonth = new Map<string, string>();
      for (const m of meetings.filter((x) => isRegular(x.info.kind))) {
        const first = firstOfMonth.get(m.info.month);
        if (first === undefined) firstOfMonth.set(m.info.month, m.file);
        else out.push({ record: m.index, path: ['date'], data: { cell: m.info.cell, month: m.info.month, first } });
      }
    }
    return out;
  },
});
