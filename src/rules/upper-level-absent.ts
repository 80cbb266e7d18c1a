// upper-level-absent: a quarter of a cell's covered span in which no upper-level committee member
// attended any of its meetings (Công văn 750-CV/ĐUK asks them to attend, follow and guide cell
// meetings). Off by default (OFF_BY_DEFAULT): it concerns the upper level more than the cell;
// the configuration turns it on (`rules: { upper-level-absent: warning }`).
import { lastMonthOver, monthNumber } from '../facts/months.js';
import { defineCrossRule, type CrossFinding } from './rule.js';

interface Data { cell: string; quarter: number; year: number; files: string[] }

const ROMAN = ['I', 'II', 'III', 'IV'];

export default defineCrossRule<Data>({
  id: 'upper-level-absent',
  severity: 'warning',
  description: { vi: 'Một quý không có đồng chí cấp ủy cấp trên dự sinh hoạt', en: 'A quarter no upper-level committee member attended' },
  message: {
    vi: (d) => `Trong quý ${ROMAN[d.quarter - 1]}/${d.year}, không buổi sinh hoạt nào của ${d.cell} có đồng chí cấp ủy cấp trên dự (các biên bản của quý: ${d.files.join(', ')}). Công văn 750-CV/ĐUK đề nghị cấp ủy viên cấp trên dự, theo dõi, chỉ đạo sinh hoạt chi bộ. Nếu đã có đồng chí cấp ủy cấp trên dự, hãy ghi đồng chí đó vào "guests" (đại biểu dự), với "role" (vai trò của đại biểu) là cấp ủy cấp trên.`,
    en: (d) => `No upper-level committee member attended a meeting of ${d.cell} in Q${d.quarter} ${d.year} (records of the quarter: ${d.files.join(', ')}). Letter 750-CV/ĐUK asks upper-level committee members to attend, follow and guide cell meetings. If one did, list them under guests with role: cap_uy_cap_tren.`,
  },
  checkAll: (cells, { asOf }) => {
    const out: CrossFinding<Data>[] = [];
    const due = monthNumber(lastMonthOver(asOf));
    for (const meetings of cells) {
      const first = monthNumber(meetings[0]!.info.month);
      const last = Math.min(due, monthNumber(meetings[meetings.length - 1]!.info.month));
      // Quarters wholly inside the span and over by the as-of date, as for thematic-missing.
      for (let q = Math.ceil(first / 3) * 3; q + 2 <= last; q += 3) {
        const inQuarter = meetings.filter((m) => monthNumber(m.info.month) >= q && monthNumber(m.info.month) <= q + 2);
        if (inQuarter.length === 0 || inQuarter.some((m) => m.info.upperLevel)) continue;
        const latest = inQuarter[inQuarter.length - 1]!;
        out.push({
          record: latest.index, path: ['date'],
          data: { cell: latest.info.cell, quarter: (q % 12) / 3 + 1, year: Math.floor(q / 12), files: inQuarter.map((m) => m.file) },
        });
      }
    }
    return out;
  },
});
