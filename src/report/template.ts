// `chibo init`: a record template with a Vietnamese comment on every field.
import path from 'node:path';
import { packageFile } from '../paths.js';

export const SCHEMA_FILE = packageFile('schema/meeting.schema.json');

/** The template; its schema line points at the installed package's schema, relative to `dir`. */
export function recordTemplate(dir: string): string {
  const schema = path.relative(dir, SCHEMA_FILE).split(path.sep).join('/');
  return `# yaml-language-server: $schema=${schema}
# Biên bản sinh hoạt chi bộ (định dạng chibo/v1). Kiểm tra bằng: chibo check <tệp>
format: chibo/v1
# Bộ tiêu chí chấm điểm (bỏ trống: lai-chau-14). Điểm mẫu ở mục assessment theo lai-chau-14;
# bộ khác có tiêu chí khác, xem bằng: chibo rubric <tên>
# rubric: lai-chau-14
cell: Chi bộ ...                  # Tên chi bộ
organization: Đảng bộ ...         # Đảng bộ cấp trên (không bắt buộc)
cell_type: cơ quan                # Loại hình chi bộ: cơ quan, sự nghiệp, doanh nghiệp, xã/phường, thôn/tổ dân phố, lực lượng vũ trang, khác
cell_has_committee: có            # Chi bộ có chi ủy (không: chỉ có bí thư)
kind: regular                     # regular: thường kỳ; thematic: chuyên đề; combined: thường kỳ kết hợp chuyên đề
date: 2024-03-15                  # Ngày sinh hoạt (năm-tháng-ngày)
period: 2024-03                   # Kỳ sinh hoạt (năm-tháng); bỏ trống: tháng của ngày sinh hoạt
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
speakers: [Lê Văn C, Phạm Thị D, Hoàng Văn E]  # Đảng viên phát biểu ý kiến, theo họ tên (mục 3.3 chấm theo tỷ lệ người phát biểu trên số có mặt)
commendations: []                 # Biểu dương, nhắc nhở, phê bình: - { name: Họ tên, kind: praise | reminder | criticism }
conclusion: ...                   # Kết luận của người chủ trì
vote: { for: 5, against: 0, abstain: 0 }  # Biểu quyết: tán thành, không tán thành, không biểu quyết (chỉ đảng viên chính thức)
minutes_approval: { for: 5, against: 0 }  # Biểu quyết thông qua biên bản: tán thành, không tán thành
tasks: []                         # Phân công: - { task: Việc, assignee: Người thực hiện, due: 2024-04-05 }
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
assessment:                       # Tự chấm điểm, xếp loại (chi bộ đề nghị)
  scores: { "1": 20, "2": 20, "3": 30, "4": 15, "5": 15 }  # Điểm từng tiêu chí (có thể chấm từng mục: "3.3": 5)
  total: 100                      # Tổng điểm tự chấm
  rating: Tốt                     # Tốt, Khá, Trung bình hoặc Kém
# Khi cấp trên đã thẩm định, công nhận hoặc quyết định xếp loại:
# review:
#   by: Đảng ủy ...               # Cấp trên thẩm định
#   date: 2024-04-05              # Ngày thẩm định
#   rating: Tốt                   # Xếp loại cấp trên công nhận
#   scores: { "2": 18 }           # Điểm cấp trên chấm lại (không bắt buộc; tiêu chí không ghi giữ điểm tự chấm)
notes: ""                         # Ghi chú khác
`;
}
