// The types of agenda item a record may name (record-format.md): one vocabulary for the record
// schema and for the facts a rubric reads ("is this agenda type present").

export const AGENDA_TYPES = [
  'opening', 'current_affairs', 'documents', 'ho_chi_minh_study', 'political_ideology', 'review',
  'plan', 'topic', 'discussion', 'criticism', 'member_affairs', 'conclusion', 'vote', 'assessment',
  'minutes', 'closing', 'other',
] as const;
export type AgendaType = (typeof AGENDA_TYPES)[number];

/** The agenda types in words, in both languages. */
export const AGENDA_NAMES: Record<AgendaType, { vi: string; en: string }> = {
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
