// meeting-missing: a cell's records span months with one missing (regular meetings are monthly;
// a combined meeting counts as the month's regular one). A month not over on the as-of date is
// not missing yet.
import { formatMonths } from '../facts/format.js';
import { isRegular, lastMonthOver, monthsBetween } from '../facts/months.js';
import { defineCrossRule, type CrossFinding } from './rule.js';

interface Data { cell: string; months: string[]; before: string | null; after: string | null }

export default defineCrossRule<Data>({
  id: 'meeting-missing',
  severity: 'warning',
  description: { vi: 'Thiếu biên bản sinh hoạt thường kỳ của một tháng', en: "A month without a regular meeting in a cell's records" },
  message: {
    vi: (d) => `${d.cell} không có biên bản sinh hoạt thường kỳ ${formatMonths(d.months, 'vi')}${d.before ? ` (giữa ${d.before}` : ''}${d.before && d.after ? ` và ${d.after})` : d.before ? ')' : ''}. Chi bộ sinh hoạt thường kỳ mỗi tháng một lần; hãy bổ sung biên bản nếu đã họp.`,
    en: (d) => `${d.cell} has no regular meeting for ${formatMonths(d.months, 'en')}${d.before ? ` (between ${d.before}` : ''}${d.before && d.after ? ` and ${d.after})` : d.before ? ')' : ''}. Cells meet monthly; add the record if the meeting was held.`,
  },
  checkAll: (cells, { asOf }) => {
    const out: CrossFinding<Data>[] = [];
    const due = lastMonthOver(asOf);
    for (const meetings of cells) {
      const held = new Set(meetings.filter((m) => isRegular(m.info.kind)).map((m) => m.info.month));
      const months = monthsBetween(meetings[0]!.info.month, meetings[meetings.length - 1]!.info.month).filter((m) => m <= due);
      let gap: string[] = [];
      for (const month of months) {
        if (!held.has(month)) {
          gap.push(month);
          continue;
        }
        if (gap.length > 0) {
          const last = gap[gap.length - 1]!;
          const before = [...meetings].reverse().find((m) => m.info.month < gap[0]! && isRegular(m.info.kind));
          const after = meetings.find((m) => m.info.month > last)!;
          out.push({ record: after.index, path: ['date'], data: { cell: after.info.cell, months: gap, before: before?.file ?? null, after: after.file } });
        }
        gap = [];
      }
      if (gap.length > 0) {
        // The span ends on a month with a thematic meeting only: reported on that record.
        const last = meetings[meetings.length - 1]!;
        const before = [...meetings].reverse().find((m) => m.info.month < gap[0]! && isRegular(m.info.kind));
        out.push({ record: last.index, path: ['date'], data: { cell: last.info.cell, months: gap, before: before?.file ?? null, after: null } });
      }
    }
    return out;
  },
});
