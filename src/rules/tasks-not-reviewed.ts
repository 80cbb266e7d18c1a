// tasks-not-reviewed: a month's record has no `review` item while the previous month's assigned tasks.
import { formatMonth } from '../facts/format.js';
import { isRegular, monthNumber } from '../facts/months.js';
import { defineCrossRule, type CrossFinding } from './rule.js';

interface Data { cell: string; month: string; previous: string }

export default defineCrossRule<Data>({
  id: 'tasks-not-reviewed',
  severity: 'warning',
  description: { vi: 'Không đánh giá việc thực hiện nhiệm vụ được giao tháng trước', en: "Last month's tasks not reviewed" },
  message: {
    vi: (d) => `Biên bản ${formatMonth(d.month, 'vi')} không có nội dung đánh giá kết quả thực hiện nhiệm vụ tháng trước (dòng "- type: review" trong "agenda" – chương trình sinh hoạt), trong khi tháng trước (${d.previous}) đã phân công nhiệm vụ. Hãy đánh giá việc thực hiện các nhiệm vụ đó.`,
    en: (d) => `The record for ${formatMonth(d.month, 'en')} has no review item, although the month before (${d.previous}) assigned tasks. Review how those tasks were carried out.`,
  },
  checkAll: (cells) => {
    const out: CrossFinding<Data>[] = [];
    for (const meetings of cells) {
      const regular = meetings.filter((m) => isRegular(m.info.kind));
      for (const m of regular) {
        if (m.info.review) continue;
        const previous = regular.find((p) => monthNumber(p.info.month) === monthNumber(m.info.month) - 1 && p.info.tasks);
        if (previous) out.push({ record: m.index, path: ['agenda'], data: { cell: m.info.cell, month: m.info.month, previous: previous.file } });
      }
    }
    return out;
  },
});
