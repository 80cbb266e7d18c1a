// Rule tables for the rules that look across a batch of records (one cell's months, judged on
// 2024-12-31 unless a case says otherwise).
import { crossRuleTester, type Change, type CrossRuleTable } from '../rule-tester.js';

const thematic: Change = (r) => {
  r.kind = 'thematic';
  r.date = r.date.replace(/-15$/, '-25');
  r.agenda = [{ type: 'topic' }, { type: 'discussion' }, { type: 'conclusion' }];
  r.thematic = { topic: 'T', plan: 'KH', presenter: 'Vũ Thị Giang', conclusion: 'C' };
};
const away: Change = (r) => { r.members.absent_excused[0] = { name: 'Lê Văn Cường', reason: 'Ốm' }; };
const noReview: Change = (r) => { r.agenda = r.agenda.filter((a: any) => a.type !== 'review'); };
const bare: Change = (r) => { r.cell = 'Chi bo Van phong So Tai chinh'; };

export const tables: Record<string, CrossRuleTable> = {
  'meeting-missing': {
    valid: [
      { name: 'consecutive months', months: [['2024-01'], ['2024-02'], ['2024-03']] },
      { name: 'a gap between two different cells', months: [['2024-01'], ['2024-04', (r) => { r.cell = 'Chi bộ khác'; }]] },
    ],
    invalid: [
      {
        name: 'two months missing between January and April', months: [['2024-01'], ['2024-04']],
        problems: [
          {
            file: 'm1.yaml', path: 'date', line: 5, column: 7,
            message: {
              vi: 'Chi bộ Văn phòng Sở Tài chính không có biên bản sinh hoạt thường kỳ tháng 2/2024 và tháng 3/2024 (giữa m0.yaml và m1.yaml). Chi bộ sinh hoạt thường kỳ mỗi tháng một lần; hãy bổ sung biên bản nếu đã họp.',
              en: 'Chi bộ Văn phòng Sở Tài chính has no regular meeting for 02/2024 and 03/2024 (between m0.yaml and m1.yaml). Cells meet monthly; add the record if the meeting was held.',
            },
          },
        ],
      },
      {
        name: 'the month of a thematic meeting alone is missing', months: [['2024-01'], ['2024-02', thematic], ['2024-03']],
        problems: [
          {
            file: 'm2.yaml', path: 'date', line: 5, column: 7,
            message: {
              vi: 'Chi bộ Văn phòng Sở Tài chính không có biên bản sinh hoạt thường kỳ tháng 2/2024 (giữa m0.yaml và m2.yaml). Chi bộ sinh hoạt thường kỳ mỗi tháng một lần; hãy bổ sung biên bản nếu đã họp.',
              en: 'Chi bộ Văn phòng Sở Tài chính has no regular meeting for 02/2024 (between m0.yaml and m2.yaml). Cells meet monthly; add the record if the meeting was held.',
            },
          },
        ],
      },
    ],
  },
  'thematic-missing': {
    valid: [
      { name: 'a quarter with a thematic meeting', months: [['2024-01'], ['2024-02'], ['2024-02', thematic], ['2024-03']] },
      { name: 'a quarter not wholly covered', months: [['2024-02'], ['2024-03'], ['2024-04']] },
    ],
    invalid: [
      {
        name: 'a whole quarter without a thematic meeting', months: [['2024-01'], ['2024-02'], ['2024-03']],
        problems: [
          {
            file: 'm2.yaml', path: 'kind', line: 4, column: 7,
            message: {
              vi: 'Chi bộ Văn phòng Sở Tài chính không có buổi sinh hoạt chuyên đề nào trong quý I/2024 (các biên bản của quý: m0.yaml, m1.yaml, m2.yaml). Chi bộ sinh hoạt chuyên đề ít nhất mỗi quý một lần.',
              en: 'Chi bộ Văn phòng Sở Tài chính held no thematic meeting in Q1 2024 (records of the quarter: m0.yaml, m1.yaml, m2.yaml). Cells hold a thematic meeting at least once a quarter.',
            },
          },
        ],
      },
    ],
  },
  'duplicate-meeting': {
    valid: [
      { name: 'a thematic meeting in the same month', months: [['2024-01'], ['2024-01', thematic]] },
      { name: 'meetings in consecutive months', months: [['2024-01'], ['2024-02']] },
    ],
    invalid: [
      {
        name: 'two regular meetings in January', months: [['2024-01'], ['2024-01', (r) => { r.date = '2024-01-28'; }]],
        problems: [
          {
            file: 'm1.yaml', path: 'date', line: 5, column: 7,
            message: {
              vi: 'Chi bộ Văn phòng Sở Tài chính đã có biên bản sinh hoạt thường kỳ tháng 1/2024 (m0.yaml). Mỗi tháng chỉ có một biên bản sinh hoạt thường kỳ: hãy kiểm tra "period" (kỳ sinh hoạt) và "date" (ngày sinh hoạt), hoặc bỏ bản trùng.',
              en: 'Chi bộ Văn phòng Sở Tài chính already has a regular meeting for 01/2024 (m0.yaml). One regular record per month: check period and date, or remove the copy.',
            },
          },
        ],
      },
      {
        name: 'a February meeting held for January', months: [['2024-01'], ['2024-02', (r) => { r.date = '2024-02-02'; r.period = '2024-01'; }]],
        problems: [
          {
            file: 'm1.yaml', path: 'date', line: 5, column: 7,
            message: {
              vi: 'Chi bộ Văn phòng Sở Tài chính đã có biên bản sinh hoạt thường kỳ tháng 1/2024 (m0.yaml). Mỗi tháng chỉ có một biên bản sinh hoạt thường kỳ: hãy kiểm tra "period" (kỳ sinh hoạt) và "date" (ngày sinh hoạt), hoặc bỏ bản trùng.',
              en: 'Chi bộ Văn phòng Sở Tài chính already has a regular meeting for 01/2024 (m0.yaml). One regular record per month: check period and date, or remove the copy.',
            },
          },
        ],
      },
    ],
  },
  'absence-streak': {
    valid: [
      { name: 'three absences in a row', months: [['2024-01', away], ['2024-02', away], ['2024-03', away]] },
      { name: 'four absences with a meeting attended between', months: [['2024-01', away], ['2024-02', away], ['2024-03'], ['2024-04', away], ['2024-05', away]] },
    ],
    invalid: [
      {
        name: 'four absences in a row', months: [['2024-01', away], ['2024-02', away], ['2024-03', away], ['2024-04', away]],
        problems: [
          {
            file: 'm3.yaml', path: 'members.absent_excused[0].name', line: 16, column: 13,
            message: {
              vi: 'Đồng chí Lê Văn Cường vắng có lý do 4 kỳ sinh hoạt thường kỳ liên tiếp của Chi bộ Văn phòng Sở Tài chính (tháng 1/2024, tháng 2/2024, tháng 3/2024 và tháng 4/2024). Hướng dẫn 12-HD/BTCTW: vắng quá 3 kỳ liên tiếp cần được chi bộ xem xét.',
              en: 'Lê Văn Cường was absent with reason from 4 regular meetings of Chi bộ Văn phòng Sở Tài chính in a row (01/2024, 02/2024, 03/2024 and 04/2024). Hướng dẫn 12-HD/BTCTW: more than 3 in a row is for the cell to review.',
            },
          },
        ],
      },
    ],
  },
  'tasks-not-reviewed': {
    valid: [
      { name: 'the next month reviews', months: [['2024-01'], ['2024-02']] },
      { name: 'no tasks assigned the month before', months: [['2024-01', (r) => { delete r.tasks; }], ['2024-02', noReview]] },
    ],
    invalid: [
      {
        name: 'tasks assigned in January, no review in February', months: [['2024-01'], ['2024-02', noReview]],
        problems: [
          {
            file: 'm1.yaml', path: 'agenda', line: 26, column: 1,
            message: {
              vi: 'Biên bản tháng 2/2024 không có nội dung đánh giá kết quả thực hiện nhiệm vụ tháng trước (dòng "- type: review" trong "agenda" – chương trình sinh hoạt), trong khi tháng trước (m0.yaml) đã phân công nhiệm vụ. Hãy đánh giá việc thực hiện các nhiệm vụ đó.',
              en: 'The record for 02/2024 has no review item, although the month before (m0.yaml) assigned tasks. Review how those tasks were carried out.',
            },
          },
        ],
      },
    ],
  },
  'cell-name-variant': {
    valid: [
      { name: 'one spelling', months: [['2024-01'], ['2024-02']] },
      { name: 'spacing and Unicode form only', months: [['2024-01'], ['2024-02', (r) => { r.cell = ` ${r.cell.normalize('NFD').replace(' ', '  ')}`; }]] },
    ],
    invalid: [
      {
        name: 'a spelling without diacritics', months: [['2024-01'], ['2024-02', bare], ['2024-03']],
        problems: [
          {
            file: 'm1.yaml', path: 'cell', line: 2, column: 7,
            message: {
              vi: 'Tên chi bộ được viết theo 2 cách: "Chi bộ Văn phòng Sở Tài chính" (m0.yaml, m2.yaml); "Chi bo Van phong So Tai chinh" (m1.yaml). chibo coi đây là một chi bộ và ghi tên "Chi bộ Văn phòng Sở Tài chính" (cách viết nhiều nhất). Hãy viết tên chi bộ thống nhất, đủ dấu, trong mọi biên bản.',
              en: 'The cell\'s name is spelt in 2 ways: "Chi bộ Văn phòng Sở Tài chính" (m0.yaml, m2.yaml); "Chi bo Van phong So Tai chinh" (m1.yaml). chibo takes them as one cell, named "Chi bộ Văn phòng Sở Tài chính" (the most frequent spelling). Write the cell\'s name the same way, with its diacritics, in every record.',
            },
          },
        ],
      },
    ],
  },
};

for (const [id, table] of Object.entries(tables)) crossRuleTester.run(id, table);
