// thematic-missing: a quarter of a cell's covered span with no thematic or combined meeting.
import { lastMonthOver, monthNumber } from '../facts/months.js';
import { defineCrossRule, type CrossFinding } from './rule.js';

interface Data { cell: string; quarter: number; year: number; files: string[] }

const ROMAN = ['I', 'II', 'III', 'IV'];

export default defineCrossRule<Data>({
  id: 'thematic-missing',
  severity: 'warning',
  description: { vi: 'Một quý không có buổi sinh hoạt chuyên đề', en: 'A quarter without a thematic meeting' },
  message: {
    vi: (d) => `${d.cell} không có buổi sinh hoạt chuyên đề nào trong quý ${ROMAN[d.quarter - 1]}/${d.year} (các biên bản của quý: ${d.files.join(', ')}). Chi bộ sinh hoạt chuyên đề ít nhất mỗi quý một lần.`,
    en: (d) => `${d.cell} held no thematic meeting in Q${d.quarter} ${d.year} (records of the quarter: ${d.files.join(', ')}). Cells hold a thematic meeting at least once a quarter.`,
  },
  checkAll: (cells, { asOf }) => {
    const out: CrossFinding<Data>[] = [];
    const due = monthNumber(lastMonthOver(asOf));
    for (const meetings of cells) {
      const first = monthNumber(meetings[0]!.info.month);
      const last = Math.min(due, monthNumber(meetings[meetings.length - 1]!.info.month));
      // Quarters wholly inside the span and over by the as-of date: a span that starts or ends
      // mid-quarter says nothing of the rest.
      for (let q = Math.ceil(first / 3) * 3; q + 2 <= last; q += 3) {
        const inQuarter = meetings.filter((m) => monthNumber(m.info.month) >= q && monthNumber(m.info.month) <= q + 2);
        if (inQuarter.length === 0 || inQuarter.some((m) => m.info.kind !== 'regular')) continue;
        const latest = inQuarter[inQuarter.length - 1]!;
        out.push({
          record: latest.index, path: ['kind'],
          data: { cell: latest.info.cell, quarter: (q % 12) / 3 + 1, year: Math.floor(q / 12), files: inQuarter.map((m) => m.file) },
        });
      }
    }
    return out;
  },
});
