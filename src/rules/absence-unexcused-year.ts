// absence-unexcused-year: a member absent without reason from three or more meetings of one year,
// the ground the Party Charter (Điều lệ Đảng, Điều 8) gives for removal from the rolls. Reported
// once a member and year, at the last such absence, naming the months.
import { formatMonths } from '../facts/format.js';
import { foldName } from '../validate/text.js';
import { defineCrossRule, type CrossFinding, type CrossMeeting } from './rule.js';

interface Data { name: string; cell: string; year: number; count: number; months: string[] }

const LIMIT = 3;

export default defineCrossRule<Data>({
  id: 'absence-unexcused-year',
  severity: 'warning',
  description: { vi: 'Đảng viên vắng không lý do từ 3 buổi sinh hoạt trở lên trong một năm', en: 'A member absent without reason from 3 or more meetings in one year' },
  message: {
    vi: (d) => `Đồng chí ${d.name} vắng không lý do ${d.count} buổi sinh hoạt của ${d.cell} trong năm ${d.year} (${formatMonths(d.months, 'vi')}). Điều lệ Đảng: đảng viên bỏ sinh hoạt đảng ba lần trong năm không có lý do chính đáng thì chi bộ xem xét, đề nghị xóa tên trong danh sách đảng viên.`,
    en: (d) => `${d.name} was absent without reason from ${d.count} meetings of ${d.cell} in ${d.year} (${formatMonths(d.months, 'en')}). Party Charter: a member who misses party meetings three times in a year without good reason is for the cell to consider for removal from the rolls.`,
  },
  checkAll: (cells) => {
    const out: CrossFinding<Data>[] = [];
    for (const meetings of cells) {
      // By member (names folded) and year: the meetings missed, in time order.
      const missed = new Map<string, { name: string; index: number; meeting: CrossMeeting }[]>();
      for (const m of meetings) {
        for (const { name, index } of m.info.unexcused) {
          const key = `${foldName(name)}\u0000${m.info.month.slice(0, 4)}`;
          const list = missed.get(key) ?? [];
          // A name listed twice in one record is one absence (absence-duplicate reports it).
          if (list[list.length - 1]?.meeting !== m) list.push({ name, index, meeting: m });
          missed.set(key, list);
        }
      }
      for (const list of missed.values()) {
        if (list.length < LIMIT) continue;
        const last = list[list.length - 1]!;
        out.push({
          record: last.meeting.index,
          path: ['members', 'absent_unexcused', last.index],
          data: {
            name: last.name, cell: last.meeting.info.cell, year: Number(last.meeting.info.month.slice(0, 4)), count: list.length,
            months: [...new Set(list.map((a) => a.meeting.info.month))],
          },
        });
      }
    }
    return out;
  },
});
