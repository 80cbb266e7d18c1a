// fact-missing: a fact a rubric item needs is not known, and the item was taken as judged: a
// field the record does not give, or a fact from the cell's other records when it is checked alone.
import { isAcrossFact, type FactId } from '../core/facts.js';
import { FACT_FIELDS } from '../facts/facts.js';
import { FACT_NAMES } from './fields.js';
import { defineRecordRule, joinList } from './rule.js';
import { criterionLabel } from './words.js';

interface Data { item: string; facts: FactId[]; across: boolean }

/** Facts the record gives, by key and name ("…" (…)): the key says what to write. Facts from other records have no key to write, so they go by name alone. */
const named = (facts: readonly FactId[]) => joinList(facts.map((f) => `"${f}" (${FACT_NAMES[f]})`), 'vi');

export default defineRecordRule<Data>({
  id: 'fact-missing',
  severity: 'warning',
  description: { vi: 'Thiếu dữ kiện để chấm một mục; mục được tính theo điểm tự chấm', en: 'A fact an item needs is absent; the item was taken as judged' },
  message: {
    vi: (d) => d.across
      ? `${criterionLabel(d.item, 'vi').replace(/^./, (c) => c.toUpperCase())} cần dữ kiện từ các biên bản khác của chi bộ: ${joinList(d.facts.map((f) => FACT_NAMES[f]), 'vi')}. Dữ kiện này chỉ có khi kiểm tra các biên bản cùng nhau (cả thư mục hoặc nhiều tệp); kiểm tra riêng biên bản này nên mục được tính theo điểm tự chấm.`
      : `Biên bản không ghi ${named(d.facts)}, nên ${criterionLabel(d.item, 'vi')} được tính theo điểm tự chấm. Hãy ghi dữ kiện này nếu có.`,
    en: (d) => d.across
      ? `Item ${d.item} needs facts from the cell's other records: ${joinList(d.facts, 'en')}. They are known only when records are checked together (a folder, or several files); checked alone, the item was taken as judged from the claimed score.`
      : `The record does not give ${joinList(d.facts, 'en')}, so item ${d.item} was taken as judged from the claimed score. Record the fact if it is known.`,
  },
  check: ({ score }) =>
    score.criteria.flatMap((c) =>
      c.items
        .filter((i) => i.missingFacts.length > 0)
        .map((i) => {
          const across = i.missingFacts.filter(isAcrossFact);
          // Facts from other records point at the meeting's date: which other records count depends on it.
          if (across.length > 0) return { path: ['date'], data: { item: i.id, facts: across, across: true } };
          return { path: [...(FACT_FIELDS[i.missingFacts[0]!] ?? [])], at: 'key' as const, data: { item: i.id, facts: i.missingFacts, across: false } };
        }),
    ),
});
