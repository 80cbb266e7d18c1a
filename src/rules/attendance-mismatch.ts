// attendance-mismatch: present + absent ≠ total − exempt.
import { attendanceBalances } from '../facts/facts.js';
import { defineRecordRule } from './rule.js';

interface Data { present: number; excused: number; unexcused: number; total: number; exempt: number }

export default defineRecordRule<Data>({
  id: 'attendance-mismatch',
  severity: 'error',
  description: { vi: 'Số có mặt cộng số vắng khác tổng số trừ số được miễn công tác và sinh hoạt đảng', en: 'Present plus absent differs from total minus exempt' },
  message: {
    vi: (d) => `Số đảng viên không khớp: ${d.present} có mặt + ${d.excused} vắng có lý do + ${d.unexcused} vắng không lý do = ${d.present + d.excused + d.unexcused}, nhưng tổng số ${d.total} đảng viên trừ ${d.exempt} đồng chí được miễn công tác và sinh hoạt đảng là ${d.total - d.exempt}. Hãy sửa số có mặt hoặc danh sách vắng.`,
    en: (d) => `Member numbers do not add up: ${d.present} present + ${d.excused} excused + ${d.unexcused} unexcused = ${d.present + d.excused + d.unexcused}, but the total of ${d.total} less ${d.exempt} exempt is ${d.total - d.exempt}. Correct the number present or the absence lists.`,
  },
  check: ({ record }) => {
    if (attendanceBalances(record)) return [];
    const m = record.members;
    return [{
      path: ['members', 'present'],
      data: { present: m.present, excused: m.absent_excused?.length ?? 0, unexcused: m.absent_unexcused?.length ?? 0, total: m.total, exempt: m.exempt ?? 0 },
    }];
  },
});
