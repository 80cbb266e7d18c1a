// Words for the record's vocabulary, in both languages, shared by messages and reports.
import type { AgendaType, MeetingKind } from '../validate/record-schema.js';
import type { Lang } from '../core/lang.js';

export const KIND_NAMES: Record<MeetingKind, Record<Lang, string>> = {
  regular: { vi: 'thường kỳ', en: 'regular' },
  thematic: { vi: 'chuyên đề', en: 'thematic' },
  combined: { vi: 'thường kỳ kết hợp chuyên đề', en: 'combined regular and thematic' },
};

export const AGENDA_NAMES: Record<AgendaType, Record<Lang, string>> = {
  opening: { vi: 'khai mạc', en: 'opening' },
  current_affairs: { vi: 'thông tin thời sự', en: 'current affairs' },
  documents: { vi: 'quán triệt, phổ biến văn bản', en: 'briefing on documents' },
  ho_chi_minh_study: { vi: 'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', en: 'Hồ Chí Minh study' },
  political_ideology: { vi: 'sinh hoạt chính trị tư tưởng', en: 'political-ideological content' },
  review: { vi: 'đánh giá kết quả tháng', en: "review of the month's results" },
  plan: { vi: 'phương hướng, nhiệm vụ tháng tới', en: "next month's tasks" },
  topic: { vi: 'trình bày chuyên đề', en: 'presentation of the topic' },
  discussion: { vi: 'thảo luận', en: 'discussion' },
  criticism: { vi: 'tự phê bình và phê bình', en: 'self-criticism and criticism' },
  member_affairs: { vi: 'công tác đảng viên', en: 'member affairs' },
  conclusion: { vi: 'kết luận', en: 'conclusion' },
  vote: { vi: 'biểu quyết', en: 'vote' },
  assessment: { vi: 'chấm điểm, xếp loại', en: 'assessment' },
  minutes: { vi: 'thông qua biên bản', en: 'reading of the minutes' },
  closing: { vi: 'bế mạc', en: 'closing' },
  other: { vi: 'nội dung khác', en: 'other' },
};

/** "criterion 3" / "tiêu chí 3", "item 3.3" / "mục 3.3". */
export function criterionLabel(id: string, lang: Lang): string {
  const item = id.includes('.');
  if (lang === 'vi') return `${item ? 'mục' : 'tiêu chí'} ${id}`;
  return `${item ? 'item' : 'criterion'} ${id}`;
}

export const points = (n: number, lang: Lang) => (lang === 'vi' ? `${n} điểm` : `${n} point${n === 1 ? '' : 's'}`);
