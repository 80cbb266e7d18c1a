// Rule tables: who was there, who spoke, how they voted.
import { ruleTester, type RuleTable } from '../rule-tester.js';

export const tables: Record<string, RuleTable> = {
  'attendance-mismatch': {
    valid: [
      { name: 'the clean record: 21 present + 2 excused = 25 - 2 exempt', change: () => {} },
      { name: 'no exempt members, every absence listed', change: (r) => { delete r.members.exempt; r.members.present = 23; r.vote.for = 23; } },
    ],
    invalid: [
      {
        name: 'one present too many', change: (r) => { r.members.present = 22; },
        problems: [
          {
            path: 'members.present', line: 14, column: 12,
            message: {
              vi: 'Số đảng viên không khớp: 22 có mặt + 2 vắng có lý do + 0 vắng không lý do = 24, nhưng tổng số 25 đảng viên trừ 2 đồng chí được miễn công tác và sinh hoạt đảng là 23. Hãy sửa số có mặt hoặc danh sách vắng.',
              en: 'Member numbers do not add up: 22 present + 2 excused + 0 unexcused = 24, but the total of 25 less 2 exempt is 23. Correct the number present or the absence lists.',
            },
          },
        ],
      },
      {
        name: 'an unexcused absence not subtracted from present', change: (r) => { r.members.absent_unexcused = ['Vũ Văn Nam']; },
        problems: [
          {
            path: 'members.present', line: 14, column: 12,
            message: {
              vi: 'Số đảng viên không khớp: 21 có mặt + 2 vắng có lý do + 1 vắng không lý do = 24, nhưng tổng số 25 đảng viên trừ 2 đồng chí được miễn công tác và sinh hoạt đảng là 23. Hãy sửa số có mặt hoặc danh sách vắng.',
              en: 'Member numbers do not add up: 21 present + 2 excused + 1 unexcused = 24, but the total of 25 less 2 exempt is 23. Correct the number present or the absence lists.',
            },
          },
        ],
      },
      {
        name: 'flow-style members, as written by hand',
        text: 'format: chibo/v1\ncell: Chi bộ A\nkind: regular\ndate: 2024-03-15\ntime: { start: "14:00", end: "15:45" }\nchair: An\nminutes_taker: Bình\nagenda: [{ type: opening }]\nmembers: { total: 10, present: 9 }\nconclusion: Xong.\n',
        problems: [
          {
            path: 'members.present', line: 9, column: 32,
            message: {
              vi: 'Số đảng viên không khớp: 9 có mặt + 0 vắng có lý do + 0 vắng không lý do = 9, nhưng tổng số 10 đảng viên trừ 0 đồng chí được miễn công tác và sinh hoạt đảng là 10. Hãy sửa số có mặt hoặc danh sách vắng.',
              en: 'Member numbers do not add up: 9 present + 0 excused + 0 unexcused = 9, but the total of 10 less 0 exempt is 10. Correct the number present or the absence lists.',
            },
          },
        ],
      },
    ],
  },
  'absence-duplicate': {
    valid: [{ name: 'two different people absent', change: () => {} }],
    invalid: [
      {
        name: 'the same person excused and unexcused, spelled with extra spaces', change: (r) => { r.members.absent_unexcused = ['Lê  Văn Cường ']; r.members.present = 20; },
        problems: [
          {
            path: 'members.absent_unexcused[0]', line: 21, column: 7,
            message: {
              vi: '"Lê Văn Cường" vừa được ghi vắng có lý do vừa vắng không lý do; mỗi người chỉ ghi ở một danh sách.',
              en: '"Lê Văn Cường" is listed as absent both with and without reason; list each person once.',
            },
          },
        ],
      },
      {
        name: 'the same person twice in the excused list', change: (r) => { r.members.absent_excused.push({ name: 'Phạm Thị Dung', reason: 'Ốm' }); r.members.present = 20; },
        problems: [
          {
            path: 'members.absent_excused[2].name', line: 20, column: 13,
            message: {
              vi: '"Phạm Thị Dung" được ghi vắng hai lần; hãy bỏ dòng trùng.',
              en: '"Phạm Thị Dung" is listed as absent twice; remove the repeated entry.',
            },
          },
        ],
      },
    ],
  },
  'absent-but-active': {
    valid: [
      { name: 'speakers of an agenda part who are present', change: (r) => { r.agenda[5].speakers = ['Hoàng Văn Em', 'Vũ Thị Giang']; } },
      { name: 'no absent member speaks or chairs', change: () => {} },
      { name: 'a longer name that contains an absent one', change: (r) => { r.speakers.push('Phạm Thị Dung Anh'); } },
    ],
    invalid: [
      {
        name: 'an excused member among the speakers of an agenda part, spelt without diacritics', change: (r) => { r.agenda[5].speakers = ['Hoàng Văn Em', 'Pham Thi Dung']; },
        problems: [
          {
            path: 'agenda[5].speakers[1]', line: 36, column: 9,
            message: {
              vi: '"Pham Thi Dung" được ghi là vắng mặt nhưng lại phát biểu. Hãy sửa danh sách vắng hoặc phần này.',
              en: '"Pham Thi Dung" is listed as absent but is listed as a speaker. Correct the absence lists or this entry.',
            },
          },
        ],
      },
      {
        name: 'an excused member listed as speaker', change: (r) => { r.speakers.push('Phạm Thị Dung'); },
        problems: [
          {
            path: 'speakers[7]', line: 46, column: 5,
            message: {
              vi: '"Phạm Thị Dung" được ghi là vắng mặt nhưng lại phát biểu. Hãy sửa danh sách vắng hoặc phần này.',
              en: '"Phạm Thị Dung" is listed as absent but is listed as a speaker. Correct the absence lists or this entry.',
            },
          },
        ],
      },
      {
        name: 'an unexcused member chairs, written in capitals', change: (r) => { r.members.absent_unexcused = ['NGUYỄN VĂN AN']; r.members.present = 20; },
        problems: [
          {
            path: 'chair', line: 9, column: 8,
            message: {
              vi: '"Nguyễn Văn An" được ghi là vắng mặt nhưng lại chủ trì buổi sinh hoạt. Hãy sửa danh sách vắng hoặc phần này.',
              en: '"Nguyễn Văn An" is listed as absent but chaired the meeting. Correct the absence lists or this entry.',
            },
          },
        ],
      },
    ],
  },
  'speakers-exceed-present': {
    valid: [
      {
        name: 'a speaker of the list and of an agenda part counts once',
        change: (r) => { r.members = { total: 3, present: 2, absent_unexcused: ['A'] }; r.speakers = ['X', 'Y']; r.agenda[5].speakers = ['y', 'X']; r.vote = { for: 2, against: 0, abstain: 0 }; },
      },
      {
        name: 'speakers equal to present',
        change: (r) => { r.members = { total: 3, present: 2, absent_unexcused: ['A'] }; r.speakers = ['X', 'Y']; r.vote = { for: 2, against: 0, abstain: 0 }; },
      },
    ],
    invalid: [
      {
        name: 'speakers of agenda parts only, more than present', change: (r) => { r.members = { total: 3, present: 2, absent_unexcused: ['A'] }; r.vote = { for: 2, against: 0, abstain: 0 }; delete r.speakers; r.agenda[5].speakers = ['X', 'Y']; r.agenda[6].speakers = ['y', 'Z']; },
        problems: [
          {
            path: 'agenda[5].speakers', line: 29, column: 5,
            message: {
              vi: 'Có 3 người phát biểu nhưng chỉ 2 đảng viên có mặt. Hãy kiểm tra danh sách phát biểu (khách mời không ghi vào đây) hoặc số có mặt.',
              en: '3 people spoke but only 2 members were present. Check the speakers (guests do not belong there) or the number present.',
            },
          },
        ],
      },
      {
        name: 'one speaker more than present',
        change: (r) => { r.members = { total: 3, present: 1, absent_unexcused: ['A', 'B'] }; r.speakers = ['X', 'Y']; r.vote = { for: 1, against: 0, abstain: 0 }; },
        problems: [
          {
            path: 'speakers', line: 34, column: 1,
            message: {
              vi: 'Có 2 người phát biểu nhưng chỉ 1 đảng viên có mặt. Hãy kiểm tra danh sách phát biểu (khách mời không ghi vào đây) hoặc số có mặt.',
              en: '2 people spoke but only 1 member was present. Check the speakers (guests do not belong there) or the number present.',
            },
          },
        ],
      },
      {
        name: 'one speaker with no member present',
        change: (r) => { r.members = { total: 1, present: 0, absent_unexcused: ['A'] }; r.speakers = ['X']; delete r.vote; },
        problems: [
          {
            path: 'speakers', line: 33, column: 1,
            message: {
              vi: 'Có 1 người phát biểu nhưng chỉ 0 đảng viên có mặt. Hãy kiểm tra danh sách phát biểu (khách mời không ghi vào đây) hoặc số có mặt.',
              en: '1 person spoke but only 0 members were present. Check the speakers (guests do not belong there) or the number present.',
            },
          },
        ],
      },
    ],
  },
  'vote-mismatch': {
    valid: [
      { name: 'official members present all vote, probationary ones written', change: (r) => { Object.assign(r.members, { probationary: 3, probationary_present: 2 }); r.vote.for = 19; } },
      { name: 'the minutes approved by all present', change: (r) => { r.minutes_approval = { for: 20, against: 1 }; } },
      { name: 'for + against + abstain equal to present', change: (r) => { r.vote = { for: 19, against: 1, abstain: 1 }; } },
      { name: 'no vote recorded', change: (r) => { delete r.vote; } },
    ],
    invalid: [
      {
        name: 'probationary members present counted in the vote', change: (r) => { r.members.probationary = 3; r.members.probationary_present = 2; },
        problems: [
          {
            path: 'vote', line: 49, column: 1,
            message: {
              vi: 'Tổng số biểu quyết là 21, nhiều hơn 19 đảng viên chính thức có mặt (đảng viên dự bị không biểu quyết). Hãy sửa kết quả biểu quyết.',
              en: 'The vote counts add up to 21, more than the 19 official members present (probationary members do not vote). Correct the vote.',
            },
          },
        ],
      },
      {
        name: 'more votes approving the minutes than members present', change: (r) => { r.minutes_approval = { for: 21, against: 1 }; },
        problems: [
          {
            path: 'minutes_approval', line: 66, column: 1,
            message: {
              vi: 'Tổng số biểu quyết thông qua biên bản là 22, nhiều hơn 21 đảng viên có mặt. Hãy sửa kết quả biểu quyết thông qua biên bản.',
              en: 'The votes approving the minutes add up to 22, more than the 21 members present. Correct that vote.',
            },
          },
        ],
      },
      {
        name: 'one vote more than present', change: (r) => { r.vote = { for: 19, against: 1, abstain: 2 }; },
        problems: [
          {
            path: 'vote', line: 47, column: 1,
            message: {
              vi: 'Tổng số biểu quyết là 22, nhiều hơn 21 đảng viên có mặt. Hãy sửa kết quả biểu quyết.',
              en: 'The vote counts add up to 22, more than the 21 members present. Correct the vote.',
            },
          },
        ],
      },
      {
        name: 'two votes with one member present',
        change: (r) => { r.members = { total: 3, present: 1, absent_unexcused: ['A', 'B'] }; r.speakers = ['X']; r.vote = { for: 1, against: 1, abstain: 0 }; },
        problems: [
          {
            path: 'vote', line: 37, column: 1,
            message: {
              vi: 'Tổng số biểu quyết là 2, nhiều hơn 1 đảng viên có mặt. Hãy sửa kết quả biểu quyết.',
              en: 'The vote counts add up to 2, more than the 1 member present. Correct the vote.',
            },
          },
        ],
      },
      {
        name: 'flow-style vote written by hand',
        text: 'format: chibo/v1\ncell: Chi bộ A\nkind: regular\ndate: 2024-03-15\ntime: { start: "14:00", end: "15:45" }\nchair: An\nminutes_taker: Bình\nagenda: [{ type: opening }]\nmembers: { total: 10, present: 10 }\nconclusion: Xong.\nvote: { for: 10, against: 1, abstain: 0 }\n',
        problems: [
          {
            path: 'vote', line: 11, column: 1,
            message: {
              vi: 'Tổng số biểu quyết là 11, nhiều hơn 10 đảng viên có mặt. Hãy sửa kết quả biểu quyết.',
              en: 'The vote counts add up to 11, more than the 10 members present. Correct the vote.',
            },
          },
        ],
      },
    ],
  },
};

for (const [id, table] of Object.entries(tables)) ruleTester.run(id, table);
