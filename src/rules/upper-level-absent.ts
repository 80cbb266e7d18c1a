// upper-level-absent: a quarter of a cell's covered span in which no upper-level committee member
// attended any of its meetings (Công văn 750-CV/ĐUK asks them to attend, follow and guide cell
// meetings). Off by default (OFF_BY_DEFAULT): it concerns the upper level more than the cell;
// the configuration turns it on (`rules: { upper-level-absent: warning }`).
import { closedQuarters } from '../facts/months.js';
import { defineCrossRule, type CrossFinding } from './rule.js';
import { quarterName } from './words.js';

interface Data { cell: string; quarter: number; year: number; files: string[] }

export default defineCrossRule<Data>({
  id: 'upper-level-absent',
  severity: 'warning',
  description: { vi: 'Một quý không có đồng chí cấp ủy cấp trên dự sinh hoạt', en: 'A quarter no upper-level committee member attended' },
  message: {
    vi: (d) => `Trong ${quarterName(d.quarter, d.year, 'vi')}, không buổi sinh hoạt nào của ${d.cell} có đồng chí cấp ủy cấp trên dự (các biên bản của quý: ${d.files.join(', ')}). Công văn 750-CV/ĐUK đề nghị cấp ủy viên cấp trên dự, theo dõi, chỉ đạo sinh hoạt chi bộ. Nếu đã có đồng chí cấp ủy cấp trên dự, hãy ghi đồng chí đó vào "guests" (đại biểu dự), với "role" (vai trò của đại biểu) là cấp ủy cấp trên.`,
    en: (d) => `No upper-level committee member attended a meeting of ${d.cell} in ${quarterName(d.quarter, d.year, 'en')} (records of the quarter: ${d.files.join(', ')}). Letter 750-CV/ĐUK asks upper-level committee members to attend, follow and guide cell meetings. If one did, list them under guests with role: cap_uy_cap_tren.`,
  },
  checkAll: (cells, { asOf }) => {
    const out: CrossFinding<Data>[] = [];
    for (const meetings of cells) {
      for (const { quarter, year, meetings: inQuarter } of closedQuarters(meetings, asOf)) {
        if (inQuarter.length === 0 || inQuarter.some((m) => m.info.upperLevel)) continue;
        const latest = inQuarter[inQuarter.length - 1]!;
        out.push({ record: latest.index, path: ['date'], data: { cell: latest.info.cell, quarter, year, files: inQuarter.map((m) => m.file) } });
      }
    }
    return out;
  },
});
