// score-sum: claimed totals that do not add up.
import { defineRule, type Finding, type Lang } from './rule.js';
import { criterionLabel } from './words.js';
import { formatNumber } from '../facts/format.js';

/** "20" → "20", "3.3: 1.5" → "mục 3.3: 1,5". */
const viPart = (part: string) => {
  const [id, value] = part.includes(': ') ? part.split(': ') as [string, string] : [undefined, part];
  return `${id === undefined ? '' : `${criterionLabel(id, 'vi')}: `}${formatNumber(Number(value), 'vi')}`;
};

interface Data { id: string | null; claimed: number; sum: number; parts: string[] }

const message = (d: Data, lang: Lang) => {
  const what = d.id === null ? (lang === 'vi' ? 'Tổng điểm tự chấm' : 'The claimed total') : (lang === 'vi' ? `Điểm ${criterionLabel(d.id, lang)}` : `The claim for ${criterionLabel(d.id, lang)}`);
  const parts = d.parts.join(' + ');
  return lang === 'vi'
    ? `${what} là ${formatNumber(d.claimed, lang)}, nhưng cộng ${d.parts.map(viPart).join(' + ')} được ${formatNumber(d.sum, lang)}. Hãy sửa cho khớp.`
    : `${what} is ${d.claimed}, but ${parts} add up to ${d.sum}. Make them agree.`;
};

const round = (n: number) => Math.round(n * 1e6) / 1e6;

export default defineRule<Data>({
  id: 'score-sum',
  severity: 'error',
  description: { vi: 'Tổng điểm tự chấm không bằng tổng các phần', en: 'Claimed totals do not add up' },
  message: { vi: (d) => message(d, 'vi'), en: (d) => message(d, 'en') },
  check: ({ claims, kindRubric }) => {
    const out: Finding<Data>[] = [];
    // What the record claims for each criterion: its own claim, else the sum of its item claims.
    const parts = kindRubric.criteria.flatMap((c) => {
      const own = claims.scores.get(c.id);
      if (own !== undefined) return [{ value: own, text: String(own) }];
      const items = c.items.filter((i) => i.id !== c.id && claims.scores.has(i.id));
      if (items.length === 0) return [];
      const text = items.map((i) => `${i.id}: ${claims.scores.get(i.id)}`).join(' + ');
      return [{ value: items.reduce((s, i) => s + claims.scores.get(i.id)!, 0), text: items.length > 1 ? `(${text})` : text }];
    });
    if (claims.total !== undefined && parts.length > 0) {
      const sum = round(parts.reduce((s, p) => s + p.value, 0));
      if (round(claims.total) !== sum) {
        out.push({ path: ['assessment', 'total'], data: { id: null, claimed: claims.total, sum, parts: parts.map((p) => p.text) } });
      }
    }
    const claimed = kindRubric.criteria.filter((c) => claims.scores.has(c.id));
    for (const c of claimed) {
      const items = c.items.filter((i) => i.id !== c.id);
      if (items.length === 0 || !items.every((i) => claims.scores.has(i.id))) continue;
      const sum = round(items.reduce((s, i) => s + claims.scores.get(i.id)!, 0));
      const value = claims.scores.get(c.id)!;
      if (round(value) !== sum) {
        out.push({ path: ['assessment', 'scores', c.id], data: { id: c.id, claimed: value, sum, parts: items.map((i) => `${i.id}: ${claims.scores.get(i.id)}`) } });
      }
    }
    return out;
  },
});
