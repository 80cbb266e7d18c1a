// thematic-missing: a quarter of a cell's covered span with no thematic or combined meeting.
import { closedQuarters } from '../facts/months.js';
import { defineCrossRule, type CrossFinding } from './rule.js';
import { quarterName } from './words.js';

interface Data { cell: string; quarter: number; year: number; files: string[] }

export default defineCrossRule<Data>({
  id: 'thematic-missing',
  severity: 'warning',
  description: { vi: 'Một quý không có buổi sinh hoạt chuyên đề', en: 'A quarter without a thematic meeting' },
  message: {
    vi: (d) => `${d.cell} không có buổi sinh hoạt chuyên đề nào trong ${quarterName(d.quarter, d.year, 'vi')} (các biên bản của quý: ${d.files.join(', ')}). Chi bộ sinh hoạt chuyên đề ít nhất mỗi quý một lần.`,
    en: (d) => `${d.cell} held no thematic meeting in ${quarterName(d.quarter, d.year, 'en')} (records of the quarter: ${d.files.join(', ')}). Cells hold a thematic meeting at least once a quarter.`,
  },
  checkAll: (cells, { asOf }) => {
    const out: CrossFinding<Data>[] = [];
    for (const meetings of cells) {
      for (const { quarter, year, meetings: inQuarter } of closedQuarters(meetings, asOf)) {
        if (inQuarter.length === 0 || inQuarter.some((m) => m.info.kind !== 'regular')) continue;
        const latest = inQuarter[inQuarter.length - 1]!;
        out.push({ record: latest.index, path: ['kind'], data: { cell: latest.info.cell, quarter, year, files: inQuarter.map((m) => m.file) } });
      }
    }
    return out;
  },
});
