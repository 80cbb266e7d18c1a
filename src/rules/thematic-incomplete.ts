// thematic-incomplete: a thematic or combined meeting lacks the thematic block or part of it.
import { isBlank } from '../validate/text.js';
import { defineRecordRule, joinList } from './rule.js';
import type { Lang } from '../core/lang.js';

const FIELDS = ['topic', 'plan', 'presenter', 'conclusion'] as const;
type Field = (typeof FIELDS)[number];
interface Data { missing: Field[]; block: boolean }

const WORDS: Record<Field, Record<Lang, string>> = {
  topic: { vi: '"topic" (tên chuyên đề)', en: 'the topic (topic)' },
  plan: { vi: '"plan" (kế hoạch sinh hoạt chuyên đề)', en: 'the plan it was held under (plan)' },
  presenter: { vi: '"presenter" (đảng viên được phân công chuẩn bị, trình bày chuyên đề)', en: 'the member assigned to prepare and present it (presenter)' },
  conclusion: { vi: '"conclusion" (kết luận tiếp thu, hoàn thiện chuyên đề)', en: 'the conclusion on what to take in (conclusion)' },
};

export default defineRecordRule<Data>({
  id: 'thematic-incomplete',
  severity: 'error',
  description: { vi: 'Sinh hoạt chuyên đề thiếu kế hoạch, người trình bày, chủ đề hoặc kết luận', en: 'A thematic meeting lacks its plan, presenter, topic or conclusion' },
  message: {
    vi: (d) => `${d.block ? 'Buổi sinh hoạt chuyên đề chưa có phần "thematic" (sinh hoạt chuyên đề)' : 'Phần sinh hoạt chuyên đề chưa ghi'}${d.block ? ': cần ghi ' : ' '}${joinList(d.missing.map((f) => WORDS[f].vi), 'vi')}.`,
    en: (d) => `${d.block ? 'The thematic meeting has no thematic block' : 'The thematic block is incomplete'}: it needs ${joinList(d.missing.map((f) => WORDS[f].en), 'en')}.`,
  },
  check: ({ record }) => {
    if (record.kind === 'regular') return [];
    const t = record.thematic;
    if (t === undefined) return [{ path: ['thematic'], at: 'key', data: { missing: [...FIELDS], block: true } }];
    return FIELDS.filter((f) => isBlank(t[f])).map((f) => ({ path: ['thematic', f], data: { missing: [f], block: false } }));
  },
});
