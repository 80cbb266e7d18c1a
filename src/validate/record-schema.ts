// The meeting record, version 1 (record-format.md), as one zod schema: the checker validates with
// it and `chibo schema` prints it as JSON Schema. Descriptions are Vietnamese: editors show them.
import * as z from 'zod';
import { parseRating } from './text.js';

export const MEETING_KINDS = ['regular', 'thematic', 'combined'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const AGENDA_TYPES = [
  'opening', 'current_affairs', 'documents', 'ho_chi_minh_study', 'political_ideology', 'review',
  'plan', 'topic', 'discussion', 'criticism', 'member_affairs', 'conclusion', 'vote', 'assessment',
  'minutes', 'closing', 'other',
] as const;
export type AgendaType = (typeof AGENDA_TYPES)[number];

/** A custom check's name travels in `params.format`, so messages can explain it. */
export type FormatCheck = 'date' | 'time' | 'month' | 'rating' | 'blank' | 'exempt';

const fail = (format: FormatCheck) => ({ params: { format } });

export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const isClockTime = (text: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(text);
export const isMonth = (text: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(text);

const date = (description: string) =>
  z.string().refine(isCalendarDate, fail('date')).describe(description);
const clock = (description: string) =>
  z.string().refine(isClockTime, fail('time')).describe(description);
const count = (description: string) => z.number().int().min(0).describe(description);
const text = (description: string) => z.string().describe(description);

const rating = z
  .string()
  .transform((value, ctx) => {
    const id = parseRating(value);
    if (id === undefined) {
      ctx.addIssue({ code: 'custom', params: { format: 'rating' }, input: value });
      return z.NEVER;
    }
    return id;
  })
  .describe('Tự xếp loại: Tốt, Khá, Trung bình hoặc Kém (có hoặc không dấu, hoặc good/fair/average/poor)');

const members = z
  .strictObject({
    total: z.number().int().min(1).describe('Tổng số đảng viên của chi bộ'),
    exempt: count('Số đảng viên được miễn sinh hoạt (không tính vào các số khác)').optional(),
    present: count('Số đảng viên có mặt'),
    absent_excused: z
      .array(
        z.strictObject({
          name: text('Họ tên đảng viên vắng có lý do'),
          reason: text('Lý do vắng').optional(),
        }),
      )
      .describe('Đảng viên vắng có lý do: họ tên và lý do')
      .optional(),
    absent_unexcused: z.array(text('Họ tên')).describe('Đảng viên vắng không lý do, theo họ tên').optional(),
  })
  .superRefine((m, ctx) => {
    if ((m.exempt ?? 0) >= m.total) ctx.addIssue({ code: 'custom', path: ['exempt'], params: { format: 'exempt' } });
  })
  .describe('Số lượng đảng viên');

export const recordSchema = z
  .strictObject({
    format: z.literal('chibo/v1').describe('Phiên bản định dạng biên bản: chibo/v1').optional(),
    rubric: text('Bộ tiêu chí chấm điểm: mã bộ tiêu chí có sẵn hoặc đường dẫn tới tệp').optional(),
    cell: z.string().refine((s) => s.trim() !== '', fail('blank')).describe('Tên chi bộ'),
    organization: text('Đảng bộ cấp trên').optional(),
    kind: z
      .enum(MEETING_KINDS)
      .describe('Loại sinh hoạt: regular (thường kỳ), thematic (chuyên đề), combined (thường kỳ kết hợp chuyên đề)'),
    date: date('Ngày họp, dạng YYYY-MM-DD'),
    period: z.string().refine(isMonth, fail('month')).describe('Tháng của kỳ sinh hoạt, dạng YYYY-MM; mặc định là tháng của ngày họp').optional(),
    place: text('Địa điểm họp').optional(),
    time: z
      .strictObject({
        start: clock('Giờ bắt đầu, dạng HH:MM (24 giờ)'),
        end: clock('Giờ kết thúc, dạng HH:MM (24 giờ), sau giờ bắt đầu'),
      })
      .describe('Thời gian họp'),
    chair: text('Người chủ trì'),
    minutes_taker: text('Thư ký ghi biên bản'),
    guests: z.array(text('Họ tên, chức vụ')).describe('Đại biểu dự họp, ví dụ đồng chí cấp ủy cấp trên').optional(),
    members,
    preparation: z
      .strictObject({
        prepared_by: z
          .enum(['secretary', 'deputy_secretary', 'committee_member', 'other'])
          .describe('Người chuẩn bị nội dung: secretary (bí thư), deputy_secretary (phó bí thư), committee_member (chi ủy viên), other (khác)')
          .optional(),
        committee_met: z.boolean().describe('Chi ủy (hoặc bí thư, phó bí thư) đã họp trước để chuẩn bị').optional(),
        draft_resolution: z.boolean().describe('Đã chuẩn bị dự thảo nghị quyết hoặc kết luận').optional(),
        notice_sent: z.boolean().describe('Đã thông báo thời gian, địa điểm, nội dung cho đảng viên').optional(),
        documents_posted_days_before: count('Số ngày trước buổi họp tài liệu được đăng trên ứng dụng Sổ tay đảng viên điện tử (bỏ trống: chưa đăng)').optional(),
      })
      .describe('Công tác chuẩn bị')
      .optional(),
    agenda: z
      .array(
        z.strictObject({
          type: z.enum(AGENDA_TYPES).describe('Loại nội dung (opening, current_affairs, political_ideology, review, plan, topic, discussion, conclusion, …)'),
          title: text('Tiêu đề nội dung').optional(),
          note: text('Ghi chú').optional(),
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
    conclusion: text('Kết luận của chủ trì'),
    vote: z
      .strictObject({
        for: count('Số tán thành'),
        against: count('Số không tán thành'),
        abstain: count('Số không biểu quyết'),
      })
      .describe('Kết quả biểu quyết nghị quyết hoặc kết luận')
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
        achieved_percent: z.number().min(0).max(100).describe('Tỷ lệ (%) nghị quyết kỳ trước đã thực hiện'),
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
        scores: z
          .record(z.string(), z.number().describe('Điểm tự chấm'))
          .describe('Điểm tự chấm theo tiêu chí ("1": 20) và có thể theo tiểu mục ("3.3": 4)')
          .optional(),
        total: z.number().describe('Tổng điểm tự chấm').optional(),
        rating,
      })
      .partial({ rating: true })
      .describe('Tự đánh giá, chấm điểm, xếp loại')
      .optional(),
    notes: text('Ghi chú khác').optional(),
  })
  .describe('Biên bản sinh hoạt chi bộ (định dạng chibo/v1)');

export type MeetingRecord = z.output<typeof recordSchema>;
