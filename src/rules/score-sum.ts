// score-sum: claimed totals that do not add up.
import { defineRecordRule, type Finding } from './rule.js';
import type { Lang } from '../core/lang.js';
import { criterionLabel } from './words.js';
import { formatNumber } from '../facts/format.js';

/** A claimed number: a criterion's own (`id` null) or an item's. */
interface Claim { id: string | null; value: number }
/** What was added: one claim, or the item claims that stand for a criterion. */
type Part = Claim[];

interface Data { id: string | null; claimed: number; sum: number; parts: Part[] }

const claimText = (c: Claim, lang: Lang) =>
  `${c.id === null ? '' : lang === 'vi' ? `${criterionLabel(c.id, 'vi')}: ` : `${c.id}: `}${formatNumber(c.value, lang)}`;
const partText = (p: Part, lang: Lang) => {
  const text = p.map((c) => claimText(c, lang)).join(' + ');
  return p.length > 1 ? `(${text})` : text;
};

const message = (d: Data, lang: Lang) => {
  const what = d.id === null ? (lang === 'vi' ? 'Tổng điểm tự chấm' : 'The claimed total') : (lang === 'vi' ? `Điểm ${criterionLabel(d.id, lang)}` : `The claim for ${criterionLabel(d.id, lang)}`);
  const parts = d.parts.map((p) => partText(p, lang)).join(' + ');
  return lang === 'vi'
    ? `${what} là ${formatNumber(d.claimed, lang)}, nhưng cộng ${parts} được ${formatNumber(d.sum, lang)}. Hãy sửa cho khớp.`
    : `${what} is ${formatNumber(d.claimed, lang)}, but ${parts} add up to ${formatNumber(d.sum, lang)}. Make them agree.`;
};

const round = (n: number) => Math.round(n * 1e6) / 1e6;

export default defineRecordRule<Data>({
  id: 'score-sum',
  severity: 'error',
  description: { vi: 'Tổng điểm tự chấm không bằng tổng các phần', en: 'Claimed totals do not add up' },
  message: { vi: (d) => message(d, 'vi'), en: (d) => message(d, 'en') },
  check: ({ claims, kindRubric, score }) => {
    const out: Finding<Data>[] = [];
    // What the record claims for each criterion: its own claim, else the sum of its item claims;
    // an unclaimed deduction counts what the facts take off, as the score does.
    const parts = kindRubric.criteria.flatMap((c, i) => {
      const own = claims.scores.get(c.id);
      if (own !== undefined) return [[{ id: null, value: own }]];
      const items = c.items.filter((i) => i.id !== c.id && claims.scores.has(i.id));
      if (items.length > 0) return [items.map((i): Claim => ({ id: i.id, value: claims.scores.get(i.id)! }))];
      const taken = score.criteria[i]!;
      return c.role === 'deduction' && taken.score < 0 ? [[{ id: c.id, value: taken.score }]] : [];
    });
    if (claims.total !== undefined && parts.some((p) => p.some((c) => c.id === null || claims.scores.has(c.id)))) {
      const sum = round(parts.flat().reduce((s, c) => s + c.value, 0));
      // With bonuses or deductions the total may be written as kept within 0 and the maximum.
      const kept = kindRubric.criteria.some((c) => c.role !== 'score') ? Math.min(kindRubric.max, Math.max(0, sum)) : sum;
      if (round(claims.total) !== sum && round(claims.total) !== kept) {
        out.push({ path: ['assessment', 'total'], data: { id: null, claimed: claims.total, sum, parts } });
      }
    }
    const claimed = kindRubric.criteria.filter((c) => claims.scores.has(c.id));
    for (const c of claimed) {
      const items = c.items.filter((i) => i.id !== c.id);
      if (items.length === 0 || !items.every((i) => claims.scores.has(i.id))) continue;
      const sum = round(items.reduce((s, i) => s + claims.scores.get(i.id)!, 0));
      const value = claims.scores.get(c.id)!;
      if (round(value) !== sum) {
        out.push({ path: ['assessment', 'scores', c.id], data: { id: c.id, claimed: value, sum, parts: items.map((i) => [{ id: i.id, value: claims.scores.get(i.id)! }]) } });
      }
    }
    return out;
  },
});
