// Rule tables for what the loading stages raise: bytes that are not text, text that is not YAML,
// YAML beyond the limits, a record the format does not allow, a rubric that cannot score it.
import { stringify } from 'yaml';
import { DEFAULT_LIMITS } from '../../src/parse/source.js';
import { EXAMPLES, goodRecord } from '../helpers.js';
import { ruleTester, type RuleTable } from '../rule-tester.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const clean = () => stringify(goodRecord());

export const tables: Record<string, RuleTable> = {
  'file-unreadable': {
    valid: [
      { name: 'UTF-8 text', change: () => {} },
      { name: 'UTF-8 text after a byte order mark', text: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(clean())]) },
    ],
    invalid: [
      {
        name: 'bytes that are not UTF-8 on line 2', text: new Uint8Array([...utf8('format: chibo/v1\ncell: '), 0xff, 0xfe, 0x0a]),
        problems: [
          {
            path: null, line: 2, column: 7,
            message: {
              vi: 'Tệp không phải văn bản UTF-8 ở vị trí này; hãy lưu lại tệp với bảng mã UTF-8.',
              en: 'The file is not UTF-8 text at this point; save it again with the UTF-8 encoding.',
            },
          },
        ],
      },
      {
        name: 'a character cut short at the end of line 1', text: new Uint8Array([...utf8('cell: Chi b'), 0xe1, 0xbb, 0x0a]),
        problems: [
          {
            path: null, line: 1, column: 12,
            message: {
              vi: 'Tệp không phải văn bản UTF-8 ở vị trí này; hãy lưu lại tệp với bảng mã UTF-8.',
              en: 'The file is not UTF-8 text at this point; save it again with the UTF-8 encoding.',
            },
          },
        ],
      },
    ],
  },
  'limit-exceeded': {
    valid: [{ name: 'the clean record within the default limits', change: () => {} }],
    invalid: [
      {
        name: 'one byte more than maxBytes', text: 'a: 1\n', env: { limits: { ...DEFAULT_LIMITS, maxBytes: 4 } },
        problems: [
          {
            path: null, line: null, column: null,
            message: {
              vi: 'Tệp quá lớn: 5 byte, giới hạn là 4 byte. Tệp không được kiểm tra; nếu tệp đúng là biên bản, hãy nâng giới hạn bằng --max-file-size.',
              en: 'The file is too large: 5 bytes, the limit is 4 bytes. The file was not checked; if it really is a record, raise the limit with --max-file-size.',
            },
          },
        ],
      },
      {
        name: 'nesting deeper than maxDepth', text: 'a:\n  b:\n    c:\n      d: 1\n', env: { limits: { ...DEFAULT_LIMITS, maxDepth: 2 } },
        problems: [
          {
            path: null, line: 3, column: 5,
            message: {
              vi: 'Các bảng, danh sách lồng nhau quá sâu: 3, giới hạn là 2. Tệp không được kiểm tra; nếu tệp đúng là biên bản, hãy nâng giới hạn bằng --max-depth.',
              en: 'Mappings and lists are nested too deep: 3, the limit is 2. The file was not checked; if it really is a record, raise the limit with --max-depth.',
            },
          },
        ],
      },
      {
        name: 'more aliases than maxAliases', text: 'a: &x 1\nb: *x\nc: *x\n', env: { limits: { ...DEFAULT_LIMITS, maxAliases: 1 } },
        problems: [
          {
            path: null, line: 2, column: 4,
            message: {
              vi: 'Quá nhiều tham chiếu YAML (*tên): 2, giới hạn là 1. Tệp không được kiểm tra; nếu tệp đúng là biên bản, hãy nâng giới hạn bằng --max-aliases.',
              en: 'Too many YAML aliases (*name): 2, the limit is 1. The file was not checked; if it really is a record, raise the limit with --max-aliases.',
            },
          },
        ],
      },
    ],
  },
  'yaml-syntax': {
    valid: [{ name: 'the clean record', change: () => {} }],
    invalid: [
      {
        name: 'a key written twice', text: 'cell: a\ncell: b\n',
        problems: [
          {
            path: null, line: 2, column: 1,
            message: {
              vi: 'Mục ở dòng này đã được viết một lần ở trên, trong cùng một nhóm; mỗi mục chỉ được viết một lần: hãy gộp hoặc xóa một trong hai.',
              en: 'The key on this line is already written above, in the same mapping; write each key once: merge or delete one of them.',
            },
          },
        ],
      },
      {
        name: 'a line without its colon', text: 'format: chibo/v1\nchair An\nkind: regular\n',
        problems: [
          {
            path: null, line: 2, column: 1,
            message: {
              vi: 'Tên mục không được kéo dài nhiều dòng; có thể thiếu dấu hai chấm.',
              en: 'A key cannot span several lines; a colon may be missing.',
            },
          },
        ],
      },
      {
        name: 'an unclosed quote', text: 'format: chibo/v1\nchair: "An\n',
        problems: [
          {
            path: null, line: 3, column: 1,
            message: {
              vi: 'Thiếu ký tự đóng (dấu ngoặc hoặc dấu nháy).',
              en: 'A closing character (bracket or quote) is missing.',
            },
          },
        ],
      },
      {
        name: 'a tab for indentation', text: 'members:\n\ttotal: 3\n',
        problems: [
          {
            path: null, line: 2, column: 1,
            message: {
              vi: 'Dòng này thụt lề bằng ký tự Tab, nhưng YAML chỉ cho phép thụt lề bằng dấu cách. Hãy xóa Tab và gõ dấu cách thay vào.',
              en: 'A tab is used for indentation; YAML allows spaces only.',
            },
          },
        ],
      },
    ],
  },
  schema: {
    valid: [
      { name: 'the clean record', change: () => {} },
      {
        name: 'the fields of the minutes template, in Vietnamese spellings', change: (r) => {
          Object.assign(r.members, { official: 22, probationary: 3, probationary_present: 2 });
          r.vote.for = 19;
          r.guests = ['Đồng chí Trần Văn Tâm', { name: 'Đồng chí Vàng A Chu', role: 'Cấp uỷ cấp trên' }, { name: 'Đồng chí Lò Văn Sơn', role: 'can bo cap tren' }];
          r.agenda[5] = { type: 'discussion', speakers: ['Hoàng Văn Em'], conclusion: 'Thống nhất kế hoạch tháng 4.' };
          r.minutes_approval = { for: 19, against: 0 };
          r.review = { by: 'Ban Thường vụ Đảng ủy Khối', date: '2024-03-28', scores: { 1: 20 }, rating: 'tốt' };
        },
      },
      { name: 'official members alone, the probationary ones implied', change: (r) => { r.members.official = 25; r.members.probationary_present = 0; } },
    ],
    invalid: [
      {
        name: 'official and probationary members that do not add up to the total', change: (r) => { r.members.official = 20; r.members.probationary = 3; },
        problems: [
          {
            path: 'members.official', line: 21, column: 13,
            message: {
              vi: '"members.official" (số đảng viên chính thức): 20 đảng viên chính thức + 3 đảng viên dự bị = 23, không bằng tổng số 25 đảng viên. Hãy sửa cho khớp: chính thức + dự bị = tổng số.',
              en: 'members.official: 20 official + 3 probationary members = 23, not the total of 25. Make official + probationary equal the total.',
            },
          },
        ],
      },
      {
        name: 'more probationary members present than the cell has', change: (r) => { r.members.probationary = 2; r.members.probationary_present = 3; },
        problems: [
          {
            path: 'members.probationary_present', line: 22, column: 25,
            message: {
              vi: '"members.probationary_present" (số đảng viên dự bị có mặt): Số đảng viên dự bị có mặt (3) nhiều hơn số đảng viên dự bị của chi bộ (2). Hãy sửa một trong hai số.',
              en: 'members.probationary_present: 3 probationary members present, but the cell has only 2 probationary members. Correct one of the two.',
            },
          },
        ],
      },
      {
        name: 'more probationary members present than members present', change: (r) => { r.members.probationary = 24; r.members.probationary_present = 22; },
        problems: [
          {
            path: 'members.probationary_present', line: 22, column: 25,
            message: {
              vi: '"members.probationary_present" (số đảng viên dự bị có mặt): Số đảng viên dự bị có mặt (22) nhiều hơn số đảng viên có mặt (21). Hãy sửa một trong hai số.',
              en: 'members.probationary_present: 22 probationary members present, more than the 21 members present. Correct one of the two.',
            },
          },
        ],
      },
      {
        name: 'more probationary members than members', change: (r) => { r.members.probationary = 26; },
        problems: [
          {
            path: 'members.probationary', line: 21, column: 17,
            message: {
              vi: '"members.probationary" (số đảng viên dự bị): Số đảng viên dự bị (26) không thể nhiều hơn tổng số đảng viên (25).',
              en: 'members.probationary: 26 probationary members cannot be more than the total of 25.',
            },
          },
        ],
      },
      {
        name: 'a rating of the review that is not one of the four', change: (r) => { r.review = { by: 'Ban Thường vụ Đảng ủy Khối', date: '2024-03-28', rating: 'Xuất sắc' }; },
        problems: [
          {
            path: 'review.rating', line: 69, column: 11,
            message: {
              vi: '"review.rating" (xếp loại cấp trên công nhận): Xếp loại không hợp lệ: cần một trong Tốt, Khá, Trung bình, Kém.',
              en: 'review.rating: Invalid rating: write one of Tốt, Khá, Trung bình, Kém (or good, fair, average, poor).',
            },
          },
        ],
      },
      {
        name: 'a review that does not say who reviewed', change: (r) => { r.review = { date: '2024-03-28', rating: 'Tốt' }; },
        problems: [
          {
            path: 'review.by', line: 66, column: 1,
            message: {
              vi: 'Thiếu mục bắt buộc "review.by" (cấp trên thẩm định).',
              en: 'The required key "by" is missing in review.',
            },
          },
        ],
      },
      {
        name: 'a guest role that is not one of the list', change: (r) => { r.guests = ['Đồng chí Trần Văn Tâm', { name: 'Đồng chí Vàng A Chu', role: 'bí thư' }]; },
        problems: [
          {
            path: 'guests[1].role', line: 69, column: 11,
            message: {
              vi: '"guests[1].role" (vai trò của đại biểu, mục thứ 2 của đại biểu dự) phải là một trong: cap_uy_cap_tren (cấp ủy cấp trên), can_bo_cap_tren (cán bộ cấp trên), khac (khác).',
              en: 'guests[1].role must be one of: cap_uy_cap_tren (cấp ủy cấp trên), can_bo_cap_tren (cán bộ cấp trên), khac (khác).',
            },
          },
        ],
      },
      {
        name: 'a guest with a role but no name', change: (r) => { r.guests = [{ role: 'khác' }]; },
        problems: [
          {
            path: 'guests[0].name', line: 67, column: 5,
            message: {
              vi: 'Thiếu mục bắt buộc "guests[0].name" (họ tên đại biểu, mục thứ 1 của đại biểu dự).',
              en: 'The required key "name" is missing in guests[0].',
            },
          },
        ],
      },
      {
        name: 'a misspelled key', change: (r) => { r.chiar = r.chair; delete r.chair; },
        problems: [
          {
            path: 'chair', line: 1, column: 1,
            message: {
              vi: 'Thiếu mục bắt buộc "chair" (người chủ trì).',
              en: 'The required key "chair" is missing.',
            },
          },
          {
            path: 'chiar', line: 65, column: 1,
            message: {
              vi: 'Mục "chiar" không có trong mẫu biên bản (có thể gõ nhầm "chair" – người chủ trì). Hãy sửa lại tên mục.',
              en: 'Unknown key "chiar": perhaps a typo for "chair".',
            },
          },
        ],
      },
      {
        name: 'a number written as words', change: (r) => { r.members.present = 'hai mốt'; },
        problems: [
          {
            path: 'members.present', line: 14, column: 12,
            message: {
              vi: '"members.present" (số đảng viên có mặt) phải là một số, không phải chữ "hai mốt".',
              en: 'members.present must be a number, not "hai mốt".',
            },
          },
        ],
      },
      {
        name: 'a date that does not exist', change: (r) => { r.date = '2024-02-30'; },
        problems: [
          {
            path: 'date', line: 5, column: 7,
            message: {
              vi: '"date" (ngày sinh hoạt): Ngày "2024-02-30" không có thật: tháng 2/2024 chỉ có 29 ngày.',
              en: 'date: There is no such date as "2024-02-30": February 2024 has 29 days.',
            },
          },
        ],
      },
      {
        name: 'a time on a 12-hour clock', change: (r) => { r.time.end = '3:45 PM'; },
        problems: [
          {
            path: 'time.end', line: 8, column: 8,
            message: {
              vi: '"time.end" (giờ kết thúc): Giờ "3:45 PM" viết chưa đúng dạng giờ:phút. Hãy viết "15:45" (theo 24 giờ, trong ngoặc kép).',
              en: 'time.end: The time "3:45 PM" is not written as hours:minutes. Write "15:45" (24-hour clock, in quotes).',
            },
          },
        ],
      },
    ],
  },
  'rubric-unavailable': {
    valid: [{ name: 'a bundled rubric named by id', change: (r) => { r.rubric = 'lai-chau-14'; } }],
    invalid: [
      {
        name: 'a rubric id that does not exist', change: (r) => { r.rubric = 'no-such-rubric'; },
        problems: [
          {
            path: 'rubric', line: 66, column: 9,
            message: {
              vi: `Không tải được bộ tiêu chí "no-such-rubric": không có bộ tiêu chí có sẵn nào tên như vậy, và không có tệp ${EXAMPLES}no-such-rubric. Hãy sửa mục "rubric" (bộ tiêu chí chấm điểm), hoặc chọn bộ tiêu chí bằng --rubric.`,
              en: `The rubric "no-such-rubric" cannot be loaded: there is no bundled rubric of that name and no file ${EXAMPLES}no-such-rubric. Fix the rubric key, or choose a rubric with --rubric.`,
            },
          },
        ],
      },
    ],
  },
  'rubric-kind': {
    valid: [{ name: 'a regular meeting under a rubric for regular meetings', change: (r) => { r.rubric = '../test/fixtures/rubrics/regular-only.yaml'; } }],
    invalid: [
      {
        name: 'a thematic meeting under a rubric for regular meetings',
        change: (r) => {
          r.rubric = '../test/fixtures/rubrics/regular-only.yaml';
          r.kind = 'thematic';
          r.thematic = { topic: 't', plan: 'p', presenter: 'x', conclusion: 'c' };
        },
        problems: [
          {
            path: 'kind', line: 4, column: 7,
            message: {
              vi: 'Bộ tiêu chí "regular-only" không chấm buổi sinh hoạt chuyên đề (chỉ chấm sinh hoạt thường kỳ). Hãy chọn bộ tiêu chí khác hoặc sửa "kind" (loại sinh hoạt).',
              en: 'The rubric "regular-only" does not score "thematic" meetings (it scores: regular). Choose another rubric or correct the kind.',
            },
          },
        ],
      },
    ],
  },
};

for (const [id, table] of Object.entries(tables)) ruleTester.run(id, table);
