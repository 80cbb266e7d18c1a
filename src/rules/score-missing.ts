// score-missing: a criterion with judged items has no claim.
import { defineRecordRule, joinList } from './rule.js';
import { criterionLabel } from './words.js';
import { inLang, type Localized } from '../rubric/rubric.js';

interface Data { id: string; name: Localized; items: string[] }

export default defineRecordRule<Data>({
  id: 'score-missing',
  severity: 'warning',
  description: { vi: 'Tiêu chí tự đánh giá chưa được chấm điểm', en: 'A criterion with judged items has no claim' },
  message: {
    vi: (d) => `Chưa tự chấm ${criterionLabel(d.id, 'vi')} (${inLang(d.name, 'vi')}); ${d.items.length === 1 && d.items[0] === d.id ? 'tiêu chí này' : `${d.items.length === 1 ? 'mục' : 'các mục'} ${joinList(d.items, 'vi')}`} do chi bộ tự đánh giá nên được tính 0 điểm. Hãy ghi điểm vào "assessment.scores" (điểm tự chấm).`,
    en: (d) => `${criterionLabel(d.id, 'en').replace(/^./, (c) => c.toUpperCase())} (${inLang(d.name, 'en')}) has no claimed score; ${d.items.length === 1 && d.items[0] === d.id ? 'it is judged' : `${d.items.length === 1 ? 'item' : 'items'} ${joinList(d.items, 'en')} ${d.items.length === 1 ? 'is' : 'are'} judged`} by the cell and so count${d.items.length === 1 ? 's' : ''} 0. Write the score in assessment.scores.`,
  },
  check: ({ claims, score }) => {
    if (!claims.present) return [];
    const path = claims.scores.size > 0 ? ['assessment', 'scores'] : ['assessment'];
    return score.criteria
      .filter((c) => c.claimed === null)
      .flatMap((c) => {
        const items = c.items.filter((i) => !i.measured && i.claim === null).map((i) => i.id);
        return items.length > 0 ? [{ path, at: 'key' as const, data: { id: c.id, name: c.name, items } }] : [];
      });
  },
});
