// score-overclaimed: a claim above what the record's facts support; the message names the facts.
import type { FactId, Facts } from '../core/facts.js';
import { describeFact } from '../facts/describe.js';
import { formatNumber } from '../facts/format.js';
import { defineRecordRule, type Finding } from './rule.js';
import type { Lang } from '../core/lang.js';
import { criterionLabel } from './words.js';

interface Shortfall { item: string; value: number; max: number; facts: FactId[]; claimed: boolean }
interface Data { id: string; claimed: number; ceiling: number; shortfalls: Shortfall[]; facts: Facts }

const why = (s: Shortfall, facts: Facts, lang: Lang) => {
  const reason = s.facts.length > 0
    ? s.facts.map((f) => describeFact(f, facts, lang)).join(', ')
    : lang === 'vi' ? 'theo điểm tự chấm của mục' : 'as the item itself is claimed';
  return lang === 'vi'
    ? `${criterionLabel(s.item, lang)} đạt ${formatNumber(s.value, lang)}/${formatNumber(s.max, lang)} điểm (${reason})`
    : `${s.item}: ${s.value}/${s.max} (${reason})`;
};

const message = (d: Data, lang: Lang) => {
  const reasons = d.shortfalls.map((s) => why(s, d.facts, lang)).join('; ');
  return lang === 'vi'
    ? `${criterionLabel(d.id, lang).replace(/^./, (c) => c.toUpperCase())} tự chấm ${formatNumber(d.claimed, lang)} điểm, nhưng theo biên bản chỉ được tối đa ${formatNumber(d.ceiling, lang)} điểm: ${reasons}. Hãy chấm lại, hoặc ghi đủ dữ kiện nếu biên bản còn thiếu.`
    : `${criterionLabel(d.id, lang).replace(/^./, (c) => c.toUpperCase())} is claimed at ${d.claimed}, but the record's facts support at most ${d.ceiling}: ${reasons}. Lower the claim, or record the missing facts if the minutes left them out.`;
};

export default defineRecordRule<Data>({
  id: 'score-overclaimed',
  severity: 'error',
  description: { vi: 'Điểm tự chấm cao hơn mức dữ kiện biên bản cho phép', en: 'A claim above what the record supports' },
  message: { vi: (d) => message(d, 'vi'), en: (d) => message(d, 'en') },
  check: ({ score, facts }) => {
    const out: Finding<Data>[] = [];
    for (const c of score.criteria) {
      // The scorer's trace names the facts behind each measured item's points.
      const shortfall = (i: (typeof c.items)[number]): Shortfall =>
        ({ item: i.id, value: i.value, max: i.max, facts: i.trace?.facts ?? [], claimed: i.claim !== null });
      if (c.claimed !== null && c.claimed <= c.max && c.claimed > c.ceiling) {
        const shortfalls = c.items.filter((i) => i.value < i.max).map(shortfall);
        out.push({ path: ['assessment', 'scores', c.id], data: { id: c.id, claimed: c.claimed, ceiling: c.ceiling, shortfalls, facts } });
      }
      for (const i of c.items) {
        if (i.id === c.id || !i.measured || i.claim === null || i.claim > i.max || i.claim <= i.value) continue;
        out.push({ path: ['assessment', 'scores', i.id], data: { id: i.id, claimed: i.claim, ceiling: i.value, shortfalls: [shortfall(i)], facts } });
      }
    }
    return out;
  },
});
