// absence-streak: a member absent with reason in more than 3 consecutive regular meetings
// (Hướng dẫn 12-HD/BTCTW, attendance criterion).
import { formatMonths } from '../facts/format.js';
import { isRegular } from '../facts/months.js';
import { foldName } from '../validate/text.js';
import { defineCrossRule, type CrossFinding } from './rule.js';

interface Data { name: string; cell: string; months: string[]; files: string[] }

const STREAK = 4;

export default defineCrossRule<Data>({
  id: 'absence-streak',
  severity: 'warning',
  description: { vi: 'Đảng viên vắng có lý do quá 3 kỳ sinh hoạt liên tiếp', en: 'A member absent with reason in more than 3 meetings in a row' },
  message: {
    vi: (d) => `Đồng chí ${d.name} vắng có lý do ${d.months.length} kỳ sinh hoạt thường kỳ liên tiếp của ${d.cell} (${formatMonths(d.months, 'vi')}). Hướng dẫn 12-HD/BTCTW: vắng quá 3 kỳ liên tiếp cần được chi bộ xem xét.`,
    en: (d) => `${d.name} was absent with reason from ${d.months.length} regular meetings of ${d.cell} in a row (${formatMonths(d.months, 'en')}). Hướng dẫn 12-HD/BTCTW: more than 3 in a row is for the cell to review.`,
  },
  checkAll: (cells) => {
    const out: CrossFinding<Data>[] = [];
    for (const meetings of cells) {
      // Names compared folded: "Lê Văn Cường" and "Le Van Cuong" are one member.
      const streaks = new Map<string, { months: string[]; files: string[] }>();
      for (const m of meetings.filter((x) => isRegular(x.info.kind))) {
        const absent = new Set(m.info.excused.map((e) => foldName(e.name)));
        for (const key of [...streaks.keys()]) if (!absent.has(key)) streaks.delete(key);
        m.info.excused.forEach(({ name, index }) => {
          const key = foldName(name);
          const streak = streaks.get(key) ?? { months: [], files: [] };
          streak.months.push(m.info.month);
          streak.files.push(m.file);
          streaks.set(key, streak);
          if (streak.months.length === STREAK) {
            out.push({ record: m.index, path: ['members', 'absent_excused', index, 'name'], data: { name, cell: m.info.cell, months: [...streak.months], files: [...streak.files] } });
          }
        });
      }
    }
    return out;
  },
});
