// Rule tables: what the minutes must contain.
import { describe, expect, it } from 'vitest';
import { problemsOf, ruleTester, type Change, type RuleTable } from '../rule-tester.js';

const thematicBlock = { topic: 'T', plan: 'KH 01', presenter: 'Vũ Thị Giang', conclusion: 'C' };

export const tables: Record<string, RuleTable> = {
  'fact-missing': {
    valid: [{ name: 'the previous resolution given', change: () => {} }],
    invalid: [
      {
        name: 'no previous resolution', change: (r) => { delete r.previous_resolution; },
        problems: [
          {
            path: 'previous_resolution.achieved_percent', line: 1, column: 1,
            message: {
              vi: 'Biên bản không ghi "previous_resolution.achieved_percent" (tỷ lệ phần trăm nghị quyết kỳ trước đã thực hiện), nên tiêu chí 5 được tính theo điểm tự chấm. Hãy ghi dữ kiện này nếu có.',
              en: 'The record does not give previous_resolution.achieved_percent, so item 5 was taken as judged from the claimed score. Record the fact if it is known.',
            },
          },
        ],
      },
    ],
  },
  'agenda-missing': {
    valid: [{ name: 'every required item on the agenda', change: () => {} }],
    invalid: [
      {
        name: 'no review: a warning', change: (r) => { r.agenda = r.agenda.filter((a: any) => a.type !== 'review'); },
        problems: [
          {
            path: 'agenda', line: 26, column: 1, severity: 'warning',
            message: {
              vi: 'Chương trình sinh hoạt thiếu nội dung "đánh giá kết quả tháng", bắt buộc với buổi sinh hoạt thường kỳ (Hướng dẫn 12-HD/BTCTW). Nếu buổi sinh hoạt có nội dung này, hãy thêm dòng "- type: review" vào "agenda" (chương trình sinh hoạt).',
              en: 'The agenda lacks "review of the month\'s results" (type: review), required in regular meetings (Hướng dẫn 12-HD/BTCTW). Add it if the meeting covered it.',
            },
          },
        ],
      },
      {
        name: 'no political study: an error', change: (r) => { r.agenda = r.agenda.filter((a: any) => a.type !== 'political_ideology'); },
        problems: [
          {
            path: 'agenda', line: 26, column: 1, severity: 'error',
            message: {
              vi: 'Chương trình sinh hoạt thiếu nội dung "sinh hoạt chính trị tư tưởng", bắt buộc với buổi sinh hoạt thường kỳ (Công văn 750-CV/ĐUK (05/4/2024), Hướng dẫn 08-HD/ĐUK). Nếu buổi sinh hoạt có nội dung này, hãy thêm dòng "- type: political_ideology" vào "agenda" (chương trình sinh hoạt).',
              en: 'The agenda lacks "political-ideological content" (type: political_ideology), required in regular meetings (Công văn 750-CV/ĐUK (05/4/2024), Hướng dẫn 08-HD/ĐUK). Add it if the meeting covered it.',
            },
          },
        ],
      },
    ],
  },
  'minutes-incomplete': {
    valid: [{ name: 'chair, minutes taker, conclusion and reasons all given', change: () => {} }],
    invalid: [
      {
        name: 'a blank reason for an excused absence', change: (r) => { r.members.absent_excused[1].reason = '  '; },
        problems: [
          {
            path: 'members.absent_excused[1]', line: 18, column: 7,
            message: {
              vi: 'Đồng chí "Phạm Thị Dung" được ghi vắng có lý do nhưng không ghi lý do. Hãy ghi lý do vào "reason" (lý do vắng).',
              en: '"Phạm Thị Dung" is listed as absent with reason, but no reason is written. Add the reason.',
            },
          },
        ],
      },
      {
        name: 'a blank chair and conclusion', change: (r) => { r.chair = ' '; r.conclusion = ''; },
        problems: [
          {
            path: 'chair', line: 9, column: 8,
            message: {
              vi: 'Biên bản để trống người chủ trì. Hãy ghi đầy đủ.',
              en: 'The minutes leave blank who chaired the meeting. Fill it in.',
            },
          },
          {
            path: 'conclusion', line: 46, column: 13,
            message: {
              vi: 'Biên bản để trống kết luận của người chủ trì. Hãy ghi đầy đủ.',
              en: 'The minutes leave blank the chair\'s conclusion. Fill it in.',
            },
          },
        ],
      },
    ],
  },
  'task-incomplete': {
    valid: [{ name: 'a task with assignee and due date', change: () => {} }],
    invalid: [
      {
        name: 'a task with neither assignee nor due date', change: (r) => { r.tasks.push({ task: 'Việc không rõ người' }); },
        problems: [
          {
            path: 'tasks[1]', line: 55, column: 5,
            message: {
              vi: 'Nhiệm vụ "Việc không rõ người" chưa có người thực hiện và thời hạn. Phân công nhiệm vụ cần rõ người, rõ việc, rõ thời gian, rõ trách nhiệm.',
              en: 'The task "Việc không rõ người" has no assignee and due date. An assignment needs a person, a task and a deadline.',
            },
          },
        ],
      },
      {
        name: 'a task with an assignee but no due date', change: (r) => { delete r.tasks[0].due; },
        problems: [
          {
            path: 'tasks[0]', line: 52, column: 5,
            message: {
              vi: 'Nhiệm vụ "Hoàn thành báo cáo quý I" chưa có thời hạn. Phân công nhiệm vụ cần rõ người, rõ việc, rõ thời gian, rõ trách nhiệm.',
              en: 'The task "Hoàn thành báo cáo quý I" has no due date. An assignment needs a person, a task and a deadline.',
            },
          },
        ],
      },
    ],
  },
  'thematic-incomplete': {
    valid: [
      { name: 'a regular meeting needs no thematic block', change: () => {} },
      { name: 'a combined meeting with a full thematic block', change: (r) => { r.kind = 'combined'; r.agenda.push({ type: 'topic' }); r.time.end = '16:00'; r.thematic = { ...thematicBlock }; } },
    ],
    invalid: [
      {
        name: 'a combined meeting without a thematic block', change: (r) => { r.kind = 'combined'; r.agenda.push({ type: 'topic' }); r.time.end = '16:00'; },
        problems: [
          {
            path: 'thematic', line: 1, column: 1,
            message: {
              vi: 'Buổi sinh hoạt chuyên đề chưa có phần "thematic" (sinh hoạt chuyên đề): cần ghi "topic" (tên chuyên đề), "plan" (kế hoạch sinh hoạt chuyên đề), "presenter" (đảng viên được phân công chuẩn bị, trình bày chuyên đề) và "conclusion" (kết luận tiếp thu, hoàn thiện chuyên đề).',
              en: 'The thematic meeting has no thematic block: it needs the topic (topic), the plan it was held under (plan), the member assigned to prepare and present it (presenter) and the conclusion on what to take in (conclusion).',
            },
          },
        ],
      },
      {
        name: 'a blank presenter', change: (r) => { r.kind = 'combined'; r.agenda.push({ type: 'topic' }); r.time.end = '16:00'; r.thematic = { ...thematicBlock, presenter: '' }; },
        problems: [
          {
            path: 'thematic.presenter', line: 70, column: 14,
            message: {
              vi: 'Phần sinh hoạt chuyên đề chưa ghi "presenter" (đảng viên được phân công chuẩn bị, trình bày chuyên đề).',
              en: 'The thematic block is incomplete: it needs the member assigned to prepare and present it (presenter).',
            },
          },
        ],
      },
    ],
  },
  'hidden-character': {
    valid: [{ name: 'names in plain Vietnamese', change: () => {} }],
    invalid: [
      {
        name: 'a zero-width space in a guest with a role, a soft hyphen in a speaker of an agenda part', change: (r) => { r.guests = [{ name: 'Vàng\u200b A Chu', role: 'cấp ủy cấp trên' }]; r.agenda[5].speakers = ['Hoàng\u00ad Văn Em']; },
        problems: [
          {
            path: 'guests[0].name', line: 69, column: 11,
            message: {
              vi: '2 tên có ký tự ẩn hoặc ký tự đổi chiều chữ: đại biểu "Vàng\u200b A Chu" (U+200B); người phát biểu "Hoàng\u00ad Văn Em" (U+00AD). Nhìn thì giống, nhưng khi đối chiếu các tên này khác với tên gõ thông thường. Hãy xóa và gõ lại các tên này.',
              en: 'Invisible or direction-changing characters in 2 names: a guest "Vàng\u200b A Chu" (U+200B); a speaker "Hoàng\u00ad Văn Em" (U+00AD). They look like the same name typed plainly but compare as different. Delete and retype them.',
            },
          },
        ],
      },
      {
        name: 'a zero-width space in the chair', change: (r) => { r.chair = 'Nguyễn Văn\u200b An'; },
        problems: [
          {
            path: 'chair', line: 9, column: 8,
            message: {
              vi: 'Tên có ký tự ẩn hoặc ký tự đổi chiều chữ: người chủ trì "Nguyễn Văn\u200b An" (U+200B). Nhìn thì giống, nhưng khi đối chiếu tên này khác với tên gõ thông thường. Hãy xóa và gõ lại tên này.',
              en: 'Invisible or direction-changing characters in a name: the chair "Nguyễn Văn\u200b An" (U+200B). It looks like the same name typed plainly but compares as different. Delete and retype it.',
            },
          },
        ],
      },
      {
        name: 'a soft hyphen in a speaker', change: (r) => { r.speakers[2] = 'Đỗ Văn\u00ad Hải'; },
        problems: [
          {
            path: 'speakers[2]', line: 41, column: 5,
            message: {
              vi: 'Tên có ký tự ẩn hoặc ký tự đổi chiều chữ: người phát biểu "Đỗ Văn\u00ad Hải" (U+00AD). Nhìn thì giống, nhưng khi đối chiếu tên này khác với tên gõ thông thường. Hãy xóa và gõ lại tên này.',
              en: 'Invisible or direction-changing characters in a name: a speaker "Đỗ Văn\u00ad Hải" (U+00AD). It looks like the same name typed plainly but compares as different. Delete and retype it.',
            },
          },
        ],
      },
    ],
  },
};

for (const [id, table] of Object.entries(tables)) ruleTester.run(id, table);

// hidden-character tests every name together before it places any: a hidden character planted in
// each kind of name, alone, must be found and placed.
describe('hidden-character finds a hidden character in every kind of name', () => {
  const ZWSP = '\u200b';
  const planted: [string, Change][] = [
    ['cell', (r) => { r.cell += ZWSP; }],
    ['organization', (r) => { r.organization += ZWSP; }],
    ['chair', (r) => { r.chair += ZWSP; }],
    ['minutes_taker', (r) => { r.minutes_taker += ZWSP; }],
    ['thematic.presenter', (r) => { r.kind = 'thematic'; r.thematic = { ...thematicBlock, presenter: `Vũ Thị${ZWSP} Giang` }; }],
    ['guests[1]', (r) => { r.guests = ['Lò Văn Sáng', `Vàng A${ZWSP} Chu`]; }],
    ['guests[0].name', (r) => { r.guests = [{ name: `Vàng A${ZWSP} Chu`, role: 'cấp ủy cấp trên' }]; }],
    ['members.absent_excused[0].name', (r) => { r.members.absent_excused[0].name += ZWSP; }],
    ['members.absent_unexcused[0]', (r) => { r.members.absent_unexcused = [`Lò Thị${ZWSP} Mai`]; r.members.absent_excused.pop(); }],
    ['speakers[6]', (r) => { r.speakers[6] += ZWSP; }],
    ['agenda[5].speakers[0]', (r) => { r.agenda[5].speakers = [`Hoàng Văn${ZWSP} Em`]; }],
    ['commendations[0].name', (r) => { r.commendations = [{ name: `Ngô Thị${ZWSP} Lan`, kind: 'praise' }]; }],
    ['tasks[0].assignee', (r) => { r.tasks[0].assignee += ZWSP; }],
  ];
  it.each(planted)('%s', (path, change) => {
    const found = problemsOf('hidden-character', { name: path, change }, 'en');
    expect(found.map((p) => p.path)).toEqual([path]);
    expect(found[0]!.message).toContain('(U+200B)');
  });
});
