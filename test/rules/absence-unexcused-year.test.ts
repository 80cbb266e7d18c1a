// Rule table: absence-unexcused-year (a member absent without reason from 3 or more meetings of a year).
import { crossRuleTester, type Change, type CrossRuleTable } from '../rule-tester.js';

/** Vàng Văn Sinh absent without reason (present and the vote one fewer, so the record balances). */
const truant = (name = 'Vàng Văn Sinh'): Change => (r) => { r.members.present = 20; r.members.absent_unexcused = [name]; r.vote.for = 20; };
const thematic: Change = (r) => {
  truant()(r);
  r.kind = 'thematic';
  r.date = r.date.replace(/-15$/, '-25');
  r.agenda = [{ type: 'topic' }, { type: 'discussion' }, { type: 'conclusion' }];
  r.thematic = { topic: 'T', plan: 'KH', presenter: 'Vũ Thị Giang', conclusion: 'C' };
};

export const tables: Record<string, CrossRuleTable> = {
  'absence-unexcused-year': {
    valid: [
      { name: 'two absences in a year', months: [['2024-02', truant()], ['2024-03'], ['2024-05', truant()]] },
      { name: 'three absences across two years', months: [['2024-11', truant()], ['2024-12', truant()], ['2025-01', truant()]] },
      { name: 'three members absent once each', months: [['2024-02', truant('A')], ['2024-03', truant('B')], ['2024-04', truant('C')]] },
    ],
    invalid: [
      {
        name: 'three absences in 2024, one name written without diacritics', months: [['2024-02', truant()], ['2024-03'], ['2024-05', truant('Vang Van Sinh')], ['2024-09', truant()]],
        problems: [
          {
            file: 'm3.yaml', path: 'members.absent_unexcused[0]', line: 21, column: 7,
            message: {
              vi: 'Đồng chí Vàng Văn Sinh vắng không lý do 3 buổi sinh hoạt của Chi bộ Văn phòng Sở Tài chính trong năm 2024 (tháng 2/2024, tháng 5/2024 và tháng 9/2024). Điều lệ Đảng: đảng viên bỏ sinh hoạt đảng ba lần trong năm không có lý do chính đáng thì chi bộ xem xét, đề nghị xóa tên trong danh sách đảng viên.',
              en: 'Vàng Văn Sinh was absent without reason from 3 meetings of Chi bộ Văn phòng Sở Tài chính in 2024 (02/2024, 05/2024 and 09/2024). Party Charter: a member who misses party meetings three times in a year without good reason is for the cell to consider for removal from the rolls.',
            },
          },
        ],
      },
      {
        name: 'a thematic meeting counts too, in the month of a regular one', months: [['2024-02', truant()], ['2024-02', thematic], ['2024-04', truant()], ['2024-06', truant()]],
        problems: [
          {
            file: 'm3.yaml', path: 'members.absent_unexcused[0]', line: 21, column: 7,
            message: {
              vi: 'Đồng chí Vàng Văn Sinh vắng không lý do 4 buổi sinh hoạt của Chi bộ Văn phòng Sở Tài chính trong năm 2024 (tháng 2/2024, tháng 4/2024 và tháng 6/2024). Điều lệ Đảng: đảng viên bỏ sinh hoạt đảng ba lần trong năm không có lý do chính đáng thì chi bộ xem xét, đề nghị xóa tên trong danh sách đảng viên.',
              en: 'Vàng Văn Sinh was absent without reason from 4 meetings of Chi bộ Văn phòng Sở Tài chính in 2024 (02/2024, 04/2024 and 06/2024). Party Charter: a member who misses party meetings three times in a year without good reason is for the cell to consider for removal from the rolls.',
            },
          },
        ],
      },
    ],
  },
};

for (const [id, table] of Object.entries(tables)) crossRuleTester.run(id, table);
