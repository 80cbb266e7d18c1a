// absence-streak: a member absent with reason in more consecutive regular meetings than the
// rubric allows (its `absence_streak`; by default more than 3, Hướng dẫn 12-HD/BTCTW).
import { formatMonths } from '../facts/format.js';
import { isRegular } from '../facts/months.js';
import { DEFAULT_ABSENCE_STREAK, inLang, type Localized } from '../rubric/rubric.js';
import { foldName } from '../validate/text.js';
import { defineCrossRule, type CrossFinding } from './rule.js';

interface Data { name: string; cell: string; months: string[]; files: string[]; source: Localized }

export default defineCrossRule<Data>({
  id: 'absence-streak',
  severity: 'warning',
  description: { vi: 'Đảng viên vắng có lý do nhiều kỳ sinh hoạt liên tiếp hơn bộ tiêu chí cho phép (mặc định: quá 3 kỳ)', en: 'A member absent with reason in more meetings in a row than the rubric allows (by default more than 3)' },
  message: {
    vi: (d) => `Đồng chí ${d.name} vắng có lý do ${d.months.length} kỳ sinh hoạt thường kỳ liên tiếp của ${d.cell} (${formatMonths(d.months, 'vi')}). ${inLang(d.source, 'vi')}.`,
    en: (d) => `${d.name} was absent with reason from ${d.months.length} regular meetings of ${d.cell} in a row (${formatMonths(d.months, 'en')}). ${inLang(d.source, 'en')}.`,
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
          // The rubric of the record where the streak goes too far sets how far is too far.
          const allowed = m.rubric?.absenceStreak ?? DEFAULT_ABSENCE_STREAK;
          if (streak.months.length === allowed.max + 1) {
            const data = { name, cell: m.info.cell, months: [...streak.months], files: [...streak.files], source: allowed.source };
            out.push({ record: m.index, path: ['members', 'absent_excused', index, 'name'], data });
          }
        });
      }
    }
    return out;
  },
});
