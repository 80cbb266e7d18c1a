// `chibo init`: a record template with a Vietnamese comment on every field, dated the day it is
// made and naming the rubric in force that day, with a self-assessment at that rubric's full marks.
import path from 'node:path';
import { packageFile } from '../paths.js';
import { formatDate } from '../facts/format.js';
import { inLang, type Rubric } from '../rubric/rubric.js';

export const SCHEMA_FILE = packageFile('schema/meeting.schema.json');

/** What the template is made for: the meeting day, and the rubric in force that day, as the record names it. */
export interface TemplateFor {
  date: string;
  /** A bundled id, or a path relative to the template's folder. */
  rubricRef: string;
  rubric: Rubric;
}

/** The day `days` after a YYYY-MM-DD day. */
function later(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The self-assessment at the rubric's full marks for a regular meeting. */
function assessment(rubric: Rubric): string {
  const regular = rubric.kinds.regular;
  const best = rubric.levels[0];
  if (!regular || !best) return '';
  const scores = regular.criteria.map((c) => `"${c.id}": ${c.max}`).join(', ');
  const item = regular.criteria.flatMap((c) => c.items).find((i) => i.id.includes('.'));
  const names = rubric.levels.map((l) => inLang(l.name, 'vi'));
  const line = (text: string, comment: string) => `${text.padEnd(32)}  # ${comment}\n`;
  return line('assessment:', 'Tự chấm điểm, xếp loại (chi bộ đề nghị)') +
    line(`  scores: { ${scores} }`, `Điểm từng tiêu chí${item ? ` (có thể chấm từng mục, ví dụ "${item.id}": ${item.max})` : ''}`) +
    line(`  total: ${regular.max}`, 'Tổng điểm tự chấm') +
    line(`  rating: ${inLang(best.name, 'vi')}`, names.length > 1 ? `${names.slice(0, -1).join(', ')} hoặc ${names[names.length - 1]}` : names.join(''));
}

/** The template; its schema line points at the installed package's schema, relative to `dir`. */
export function recordTemplate(dir: string, made: TemplateFor): string {
  const schema = path.relative(dir, SCHEMA_FILE).split(path.sep).join('/');
  const { date, rubricRef, rubric } = made;
  return `# yaml-language-server: $schema=${schema}
# Biên bản sinh hoạt chi bộ (định dạng chibo/v1). Kiểm tra bằng: chibo check <tệp>
format: chibo/v1
# Bộ tiêu chí chấm điểm áp dụng ngày ${formatDate(date, 'vi')}: ${inLang(rubric.title, 'vi')}.
# Điểm mẫu ở mục assessment theo bộ này; xem các tiêu chí bằng: chibo rubric ${rubricRef}
rubric: ${rubricRef}
cell: Chi bộ ...                  # Tên chi bộ
organization: Đảng bộ ...         # Đảng bộ cấp trên (không bắt buộc)
cell_type: cơ quan                # Loại hình chi bộ: cơ quan, sự nghiệp, doanh nghiệp, xã/phường, thôn/tổ dân phố, lực lượng vũ trang, khác
cell_has_committee: có            # Chi bộ có chi ủy (không: chỉ có bí thư)
kind: regular                     # regular: thường kỳ; thematic: chuyên đề; combined: thường kỳ kết hợp chuyên đề
date: ${date}                  # Ngày sinh hoạt (năm-tháng-ngày)
period: ${date.slice(0, 7)}                   # Kỳ sinh hoạt (năm-tháng); bỏ trống: tháng của ngày sinh hoạt
place: Hội trường ...             # Địa điểm sinh hoạt
time:
  start: "14:00"                  # Giờ bắt đầu (HH:MM, 24 giờ)
  end: "15:45"                    # Giờ kết thúc, sau giờ bắt đầu
chair: Nguyễn Văn A               # Người chủ trì
minutes_taker: Trần Thị B         # Thư ký ghi biên bản
guests:                           # Đại biểu dự họp: họ tên, hoặc { name, role } để ghi vai trò
  - name: Đồng chí ..., Đảng ủy viên  # Họ tên, chức vụ
    role: cấp ủy cấp trên         # Vai trò: cấp ủy cấp trên, cán bộ cấp trên, khác
members:
  total: 6                        # Tổng số đảng viên của chi bộ
  exempt: 0                       # Số được miễn công tác và sinh hoạt đảng
  present: 6                      # Số có mặt (có mặt + vắng = tổng số - số được miễn)
  official: 5                     # Số đảng viên chính thức (chính thức + dự bị = tổng số)
  probationary: 1                 # Số đảng viên dự bị
  probationary_present: 1         # Số đảng viên dự bị có mặt (đảng viên dự bị không biểu quyết)
  absent_excused: []              # Vắng có lý do: - { name: Họ tên, reason: Lý do }
  absent_unexcused: []            # Vắng không lý do: - Họ tên
preparation:
  prepared_by: secretary          # Người chuẩn bị nội dung: secretary, deputy_secretary, committee_member, other
  committee_met: true             # Chi ủy đã họp trước để chuẩn bị
  draft_resolution: true          # Đã có dự thảo nghị quyết hoặc kết luận
  notice_sent: true               # Đã thông báo thời gian, địa điểm, nội dung cho đảng viên
  documents_posted_days_before: 1 # Tài liệu đăng lên Sổ tay đảng viên điện tử trước bao nhiêu ngày (bỏ: chưa đăng)
agenda:                           # Các nội dung, theo thứ tự tiến hành
  - type: opening                 # Khai mạc, điểm danh, thông qua chương trình
  - type: current_affairs         # Thông tin thời sự
  - type: documents               # Quán triệt, phổ biến văn bản (Công văn 750-CV/ĐUK)
  - type: political_ideology      # Sinh hoạt chính trị tư tưởng (bắt buộc hằng tháng)
    title: ...                    # Tiêu đề nội dung (không bắt buộc)
  - type: review                  # Đánh giá kết quả tháng
  - type: plan                    # Phương hướng, nhiệm vụ tháng tới
  - type: discussion              # Thảo luận
    speakers: [Lê Văn C]          # Ai phát biểu ở nội dung này (không bắt buộc; tính chung với "speakers")
    conclusion: ...               # Chủ trì kết luận nội dung này (không bắt buộc)
  - type: conclusion              # Kết luận
  - type: vote                    # Biểu quyết
  - type: assessment              # Chấm điểm, xếp loại
  - type: minutes                 # Thư ký đọc, thông qua biên bản
speakers: [Lê Văn C, Phạm Thị D, Hoàng Văn E, Nguyễn Văn A]  # Đảng viên phát biểu ý kiến, theo họ tên (chấm theo tỷ lệ người phát biểu trên số có mặt)
commendations: []                 # Biểu dương, nhắc nhở, phê bình: - { name: Họ tên, kind: praise | reminder | criticism }
conclusion: ...                   # Kết luận của người chủ trì
vote: { for: 5, against: 0, abstain: 0 }  # Biểu quyết: tán thành, không tán thành, không biểu quyết (chỉ đảng viên chính thức)
minutes_approval: { for: 5, against: 0 }  # Biểu quyết thông qua biên bản: tán thành, không tán thành
tasks:                            # Phân công: việc, người thực hiện, thời hạn
  - { task: ..., assignee: Lê Văn C, due: ${later(date, 21)} }
previous_resolution:
  achieved_percent: 100           # Tỷ lệ (%) nghị quyết kỳ trước đã thực hiện
followup:
  resolution_posted_days_after: 1 # Nghị quyết đăng lên ứng dụng sau bao nhiêu ngày (bỏ: chưa đăng)
# Với sinh hoạt chuyên đề (thematic, combined), bắt buộc:
# thematic:
#   topic: ...                    # Tên chuyên đề
#   plan: Kế hoạch số ...-KH/CB   # Kế hoạch sinh hoạt chuyên đề
#   presenter: ...                # Đảng viên được phân công chuẩn bị, trình bày
#   conclusion: ...               # Những ý kiến cần tiếp thu để hoàn thiện chuyên đề
${assessment(rubric)}# Khi cấp trên đã thẩm định, công nhận hoặc quyết định xếp loại:
# review:
#   by: Đảng ủy ...               # Cấp trên thẩm định
#   date: ${later(date, 21)}              # Ngày thẩm định
#   rating: Tốt                   # Xếp loại cấp trên công nhận
#   scores: { "2": 18 }           # Điểm cấp trên chấm lại (không bắt buộc; tiêu chí không ghi giữ điểm tự chấm)
notes: ""                         # Ghi chú khác
`;
}
