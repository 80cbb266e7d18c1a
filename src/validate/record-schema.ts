// The meeting record, version 1 (record-format.md), as one zod schema: the checker validates with
// it and `chibo schema` prints it as JSON Schema. Descriptions are Vietnamese: editors show them.
import * as z from 'zod';
import { RATING, type Choice } from './text.js';
import type { AgendaType } from '../core/agenda.js';
import {
  AGENDA_TYPE, CELL_TYPE, GUEST_ROLE, MEETING_KIND, memberCountIssues, PREPARER, YES_NO, type FormatCheck,
} from './vocabulary.js';
import { DATE_PATTERN, isCalendarDate, isClockTime, isMonth, MONTH_PATTERN, TIME_PATTERN } from './when.js';

/** What each agenda type covers, for editors. */
const AGENDA_NOTES: Record<AgendaType, string> = {
  opening: 'Khai mạc: điểm danh, thông qua chương trình',
  current_affairs: 'Thông tin thời sự',
  documents: 'Quán triệt, phổ biến văn bản',
  ho_chi_minh_study: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  political_ideology: 'Sinh hoạt chính trị tư tưởng (Hướng dẫn 08-HD/ĐUK)',
  review: 'Đánh giá kết quả tháng',
  plan: 'Phương hướng, nhiệm vụ tháng tới',
  topic: 'Trình bày chuyên đề',
  discussion: 'Thảo luận',
  criticism: 'Tự phê bình và phê bình, biểu dương, nhắc nhở',
  member_affairs: 'Công tác đảng viên: kết nạp, chuyển sinh hoạt, đảng phí',
  conclusion: 'Kết luận',
  vote: 'Biểu quyết',
  assessment: 'Chấm điểm, xếp loại',
  minutes: 'Thư ký đọc, thông qua biên bản',
  closing: 'Bế mạc',
  other: 'Nội dung khác',
};

/**
 * What the exported JSON Schema needs beyond zod's own translation: the pattern of a custom check
 * (with its message for editors), or the spellings of a choice with a description of each value.
 */
export type JsonHint =
  | { pattern: string; message: string }
  | { choice: Choice<string>; values: Record<string, string>; message: string; booleans?: true };
export const jsonHints = z.registry<JsonHint>();

const fail = (format: FormatCheck) => ({ params: { format } });

function checked(check: (text: string) => boolean, format: FormatCheck, pattern: string, message: string) {
  const schema = z.string().refine(check, fail(format));
  jsonHints.add(schema, { pattern, message });
  return schema;
}

export const date = (description: string) =>
  checked(isCalendarDate, 'date', DATE_PATTERN, 'Ngày có thật, viết dạng năm-tháng-ngày, ví dụ 2024-03-15').describe(description);
const clock = (description: string) =>
  checked(isClockTime, 'time', TIME_PATTERN, 'Giờ:phút theo 24 giờ, trong ngoặc kép, ví dụ "14:00"').describe(description);
const count = (description: string) => z.number().int().min(0).describe(description);
const text = (description: string) => z.string().describe(description);
/** Required text that may be left empty: an empty value makes the minutes incomplete instead. */
const fillable = (description: string) => z.string().nullable().transform((v) => v ?? '').describe(description);

/** One of a choice's ids, written in any of its spellings; anything else lists the values. */
function oneOf<Id extends string>(choice: Choice<Id>, values: Record<Id, string>, description: string, format?: FormatCheck) {
  const schema = z.string().transform((value, ctx): Id => {
    const id = choice.parse(value);
    if (id !== undefined) return id;
    if (format) ctx.addIssue({ code: 'custom', params: { format }, input: value });
    else ctx.addIssue({ code: 'invalid_value', values: choice.ids.map((i) => `${i} (${choice.spellings[i].vi[0]})`), input: value });
    return z.NEVER;
  });
  jsonHints.add(schema, { choice, values, message: `Một trong: ${choice.ids.map((i) => choice.spellings[i].vi[0]).join(', ')}` });
  return schema.describe(description);
}

/** true or false, or có / không in any spelling. */
function yesNo(description: string) {
  const schema = z.unknown().transform((value, ctx): boolean => {
    if (typeof value === 'boolean') return value;
    const id = typeof value === 'string' ? YES_NO.parse(value) : undefined;
    if (id !== undefined) return id === 'yes';
    ctx.addIssue({ code: 'custom', params: { format: 'yes-no' }, input: value });
    return z.NEVER;
  });
  jsonHints.add(schema, { choice: YES_NO, values: { yes: 'Có (true)', no: 'Không (false)' }, message: 'Có hoặc không (true hoặc false)', booleans: true });
  return schema.describe(description);
}

const rating = (description: string) => oneOf(
  RATING,
  { tot: 'Xếp loại Tốt', kha: 'Xếp loại Khá', trung_binh: 'Xếp loại Trung bình', kem: 'Xếp loại Kém' },
  description,
  'rating',
);

const scores = (description: string) =>
  z.record(z.string(), z.number().describe('Điểm')).describe(description);

const guestRole = oneOf(
  GUEST_ROLE,
  {
    cap_uy_cap_tren: 'Đồng chí cấp ủy cấp trên dự, theo dõi, chỉ đạo buổi sinh hoạt',
    can_bo_cap_tren: 'Cán bộ cơ quan tham mưu, giúp việc của cấp ủy cấp trên',
    khac: 'Đại biểu khác',
  },
  'Vai trò của đại biểu: cấp ủy cấp trên, cán bộ cấp trên hoặc khác',
);

const members = z
  .strictObject({
    total: z.number().int().min(1).describe('Tổng số đảng viên của chi bộ'),
    exempt: count('Số đảng viên được miễn sinh hoạt (không tính vào các số khác)').optional(),
    present: count('Số đảng viên có mặt'),
    official: count('Số đảng viên chính thức (chính thức + dự bị = tổng số)').optional(),
    probationary: count('Số đảng viên dự bị (tính trong tổng số)').optional(),
    probationary_present: count('Số đảng viên dự bị có mặt (tính trong số có mặt); đảng viên dự bị không biểu quyết').optional(),
    absent_excused: z
      .array(
        z.strictObject({
          name: text('Họ tên đảng viên vắng có lý do'),
          reason: fillable('Lý do vắng (để trống thì biên bản bị coi là ghi chưa đầy đủ)').optional(),
        }),
      )
      .describe('Đảng viên vắng có lý do: họ tên và lý do')
      .optional(),
    absent_unexcused: z.array(text('Họ tên')).describe('Đảng viên vắng không lý do, theo họ tên').optional(),
  })
  .superRefine((m, ctx) => {
    for (const { key, format, numbers } of memberCountIssues(m)) ctx.addIssue({ code: 'custom', path: [key], params: numbers ? { format, numbers } : { format } });
  })
  .describe('Số lượng đảng viên');

export const recordSchema = z
  .strictObject({
    format: z.literal('chibo/v1').describe('Phiên bản định dạng biên bản: chibo/v1').optional(),
    rubric: text('Bộ tiêu chí chấm điểm: mã bộ tiêu chí có sẵn hoặc đường dẫn tới tệp').optional(),
    cell: checked((s) => s.trim() !== '', 'blank', '\\S', 'Tên chi bộ không được để trống').describe('Tên chi bộ'),
    organization: text('Đảng bộ cấp trên').optional(),
    cell_type: oneOf(
      CELL_TYPE,
      {
        co_quan: 'Chi bộ cơ quan',
        su_nghiep: 'Chi bộ đơn vị sự nghiệp',
        doanh_nghiep: 'Chi bộ doanh nghiệp',
        xa_phuong: 'Chi bộ xã, phường',
        thon_to_dan_pho: 'Chi bộ thôn, bản, tổ dân phố',
        luc_luong_vu_trang: 'Chi bộ trong lực lượng vũ trang',
        khac: 'Loại khác',
      },
      'Loại hình chi bộ: cơ quan, sự nghiệp, doanh nghiệp, xã/phường, thôn/tổ dân phố, lực lượng vũ trang hoặc khác',
    ).optional(),
    cell_has_committee: yesNo('Chi bộ có chi ủy: có hoặc không (không: chi bộ chỉ có bí thư, không có chi ủy)').optional(),
    kind: oneOf(
      MEETING_KIND,
      { regular: 'Sinh hoạt thường kỳ', thematic: 'Sinh hoạt chuyên đề', combined: 'Sinh hoạt thường kỳ kết hợp chuyên đề trong một buổi' },
      'Loại sinh hoạt: thường kỳ (regular), chuyên đề (thematic), thường kỳ kết hợp chuyên đề (combined)',
    ),
    date: date('Ngày họp, dạng YYYY-MM-DD'),
    period: checked(isMonth, 'month', MONTH_PATTERN, 'Tháng viết dạng năm-tháng, ví dụ 2024-03').describe('Tháng của kỳ sinh hoạt, dạng YYYY-MM; mặc định là tháng của ngày họp').optional(),
    place: text('Địa điểm họp').optional(),
    time: z
      .strictObject({
        start: clock('Giờ bắt đầu, dạng HH:MM (24 giờ)'),
        end: clock('Giờ kết thúc, dạng HH:MM (24 giờ), sau giờ bắt đầu'),
      })
      .describe('Thời gian họp'),
    chair: fillable('Người chủ trì'),
    minutes_taker: fillable('Thư ký ghi biên bản'),
    guests: z
      .array(
        z.union([
          text('Họ tên, chức vụ'),
          z.strictObject({
            name: text('Họ tên, chức vụ của đại biểu'),
            role: guestRole,
          }),
        ]),
      )
      .describe('Đại biểu dự họp: họ tên, hoặc { name: họ tên, role: vai trò }, ví dụ đồng chí cấp ủy cấp trên (role: cấp ủy cấp trên)')
      .optional(),
    members,
    preparation: z
      .strictObject({
        prepared_by: oneOf(
          PREPARER,
          { secretary: 'Bí thư chi bộ', deputy_secretary: 'Phó bí thư chi bộ', committee_member: 'Một chi ủy viên', other: 'Người khác' },
          'Người chuẩn bị nội dung: bí thư, phó bí thư, chi ủy viên hoặc khác',
        ).optional(),
        committee_met: yesNo('Chi ủy (hoặc bí thư, phó bí thư) đã họp trước để chuẩn bị: có hoặc không').optional(),
        draft_resolution: yesNo('Đã chuẩn bị dự thảo nghị quyết hoặc kết luận: có hoặc không').optional(),
        notice_sent: yesNo('Đã thông báo thời gian, địa điểm, nội dung cho đảng viên: có hoặc không').optional(),
        documents_posted_days_before: count('Số ngày trước buổi họp tài liệu được đăng trên ứng dụng Sổ tay đảng viên điện tử (bỏ trống: chưa đăng)').optional(),
      })
      .describe('Công tác chuẩn bị')
      .optional(),
    agenda: z
      .array(
        z.strictObject({
          type: oneOf(AGENDA_TYPE, AGENDA_NOTES, 'Loại nội dung, bằng tiếng Việt hoặc mã tiếng Anh (khai mạc / opening, thông tin thời sự / current_affairs, …)'),
          title: text('Tiêu đề nội dung').optional(),
          note: text('Ghi chú').optional(),
          speakers: z.array(text('Họ tên')).describe('Đảng viên phát biểu ở nội dung này, theo họ tên').optional(),
          conclusion: text('Kết luận của chủ trì về nội dung này').optional(),
        }),
      )
      .describe('Các nội dung của buổi sinh hoạt, theo thứ tự tiến hành'),
    speakers: z.array(text('Họ tên')).describe('Đảng viên phát biểu ý kiến, theo họ tên').optional(),
    commendations: z
      .array(
        z.strictObject({
          name: text('Họ tên đảng viên'),
          kind: z.enum(['praise', 'reminder', 'criticism']).describe('praise (biểu dương), reminder (nhắc nhở), criticism (phê bình)'),
          note: text('Ghi chú').optional(),
        }),
      )
      .describe('Biểu dương, nhắc nhở, phê bình')
      .optional(),
    conclusion: fillable('Kết luận của chủ trì'),
    vote: z
      .strictObject({
        for: count('Số tán thành'),
        against: count('Số không tán thành'),
        abstain: count('Số không biểu quyết'),
      })
      .describe('Kết quả biểu quyết nghị quyết hoặc kết luận')
      .optional(),
    minutes_approval: z
      .strictObject({
        for: count('Số tán thành thông qua biên bản'),
        against: count('Số không tán thành'),
      })
      .describe('Kết quả biểu quyết thông qua biên bản')
      .optional(),
    tasks: z
      .array(
        z.strictObject({
          task: text('Nhiệm vụ'),
          assignee: text('Người thực hiện').optional(),
          due: date('Thời hạn, dạng YYYY-MM-DD').optional(),
        }),
      )
      .describe('Phân công nhiệm vụ')
      .optional(),
    previous_resolution: z
      .strictObject({
        achieved_percent: z.number().min(0).max(100).describe('Tỷ lệ (%) nghị quyết kỳ trước đã thực hiện').optional(),
      })
      .describe('Kết quả thực hiện nghị quyết kỳ trước')
      .optional(),
    followup: z
      .strictObject({
        resolution_posted_days_after: count('Số ngày sau buổi họp nghị quyết hoặc kết luận được đăng trên ứng dụng (bỏ trống: chưa đăng)').optional(),
      })
      .describe('Việc làm sau buổi họp')
      .optional(),
    thematic: z
      .strictObject({
        topic: text('Tên chuyên đề').optional(),
        plan: text('Kế hoạch sinh hoạt chuyên đề, ví dụ "Kế hoạch số 05-KH/CB"').optional(),
        presenter: text('Đảng viên được phân công chuẩn bị và trình bày chuyên đề').optional(),
        conclusion: text('Kết luận: những ý kiến cần tiếp thu để hoàn thiện chuyên đề').optional(),
      })
      .describe('Sinh hoạt chuyên đề (bắt buộc với thematic và combined)')
      .optional(),
    assessment: z
      .strictObject({
        scores: scores('Điểm tự chấm theo tiêu chí ("1": 20) và có thể theo tiểu mục ("3.3": 4)').optional(),
        total: z.number().describe('Tổng điểm tự chấm').optional(),
        rating: rating('Tự xếp loại (chi bộ đề nghị): Tốt, Khá, Trung bình hoặc Kém (có hoặc không dấu, hoặc good/fair/average/poor)').optional(),
      })
      .describe('Tự đánh giá, chấm điểm, xếp loại (chi bộ đề nghị)')
      .optional(),
    review: z
      .strictObject({
        by: text('Cấp ủy hoặc đồng chí cấp trên thẩm định, quyết định xếp loại'),
        date: date('Ngày thẩm định, dạng YYYY-MM-DD'),
        scores: scores('Điểm cấp trên chấm theo tiêu chí ("1": 20) và có thể theo tiểu mục ("3.3": 4); tiêu chí cấp trên không chấm giữ điểm tự chấm').optional(),
        rating: rating('Xếp loại cấp trên công nhận hoặc quyết định: Tốt, Khá, Trung bình hoặc Kém'),
      })
      .describe('Cấp trên thẩm định, công nhận hoặc quyết định xếp loại')
      .optional(),
    notes: text('Ghi chú khác').optional(),
  })
  .describe('Biên bản sinh hoạt chi bộ (định dạng chibo/v1)');

export type MeetingRecord = z.output<typeof recordSchema>;
