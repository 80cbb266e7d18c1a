// Rule table: upper-level-absent (a quarter no upper-level committee member attended). Off by
// default on the command line (OFF_BY_DEFAULT); the checker itself runs it, as these cases do.
import { crossRuleTester, type Change, type CrossRuleTable } from '../rule-tester.js';

const upper: Change = (r) => { r.guests = ['Đồng chí Trần Văn Tâm', { name: 'Đồng chí Vàng A Chu, Phó Bí thư Đảng ủy Khối', role: 'cấp ủy cấp trên' }]; };
const otherGuest: Change = (r) => { r.guests = [{ name: 'Đồng chí Vàng A Chu', role: 'khác' }, 'Đồng chí Trần Văn Tâm']; };

export const tables: Record<string, CrossRuleTable> = {
  'upper-level-absent': {
    valid: [
      { name: 'an upper-level committee member in February', months: [['2024-01'], ['2024-02', upper], ['2024-03']] },
      { name: 'the role written as its id', months: [['2024-01'], ['2024-02'], ['2024-03', (r) => { r.guests = [{ name: 'Vàng A Chu', role: 'cap_uy_cap_tren' }]; }]] },
      { name: 'a quarter not wholly covered', months: [['2024-02'], ['2024-03'], ['2024-04']] },
      { name: 'a quarter not over on the as-of date', months: [['2024-01'], ['2024-02'], ['2024-03']], asOf: '2024-03-20' },
    ],
    invalid: [
      {
        name: 'guests in Q1, none of them upper-level', months: [['2024-01'], ['2024-02', otherGuest], ['2024-03'], ['2024-04', upper]],
        problems: [
          {
            file: 'm2.yaml', path: 'date', line: 5, column: 7,
            message: {
              vi: 'Trong quý I/2024, không buổi sinh hoạt nào của Chi bộ Văn phòng Sở Tài chính có đồng chí cấp ủy cấp trên dự (các biên bản của quý: m0.yaml, m1.yaml, m2.yaml). Công văn 750-CV/ĐUK đề nghị cấp ủy viên cấp trên dự, theo dõi, chỉ đạo sinh hoạt chi bộ. Nếu đã có đồng chí cấp ủy cấp trên dự, hãy ghi đồng chí đó vào "guests" (đại biểu dự), với "role" (vai trò của đại biểu) là cấp ủy cấp trên.',
              en: 'No upper-level committee member attended a meeting of Chi bộ Văn phòng Sở Tài chính in Q1 2024 (records of the quarter: m0.yaml, m1.yaml, m2.yaml). Letter 750-CV/ĐUK asks upper-level committee members to attend, follow and guide cell meetings. If one did, list them under guests with role: cap_uy_cap_tren.',
            },
          },
        ],
      },
    ],
  },
};

for (const [id, table] of Object.entries(tables)) crossRuleTester.run(id, table);
