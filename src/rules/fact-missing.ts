// fact-missing: a fact a rubric item needs is absent, and the item was taken as judged.
import type { FactId } from '../core/facts.js';
import { FACT_FIELDS } from '../facts/facts.js';
import { FACT_NAMES } from './fields.js';
import { defineRecordRule, joinList } from './rule.js';
import { criterionLabel } from './words.js';

interface Data { item: string; facts: FactId[] }

export default defineRecordRule<Data>({
  id: 'fact-missing',
  severity: 'warning',
  description: { vi: 'Thiếu dữ kiện để chấm một mục; mục được tính theo điểm tự chấm', en: 'A fact an item needs is absent; the item was taken as judged' },
  message: {
    vi: (d) => `Biên bản không ghi ${joinList(d.facts.map((f) => `"${f}" (${FACT_NAMES[f]})`), 'vi')}, nên ${criterionLabel(d.item, 'vi')} được tính theo điểm tự chấm. Hãy ghi dữ kiện này nếu có.`,
    en: (d) => `The record does not give ${joinList(d.facts, 'en')}, so item ${d.item} was taken as judged from the claimed score. Record the fact if it is known.`,
  },
  check: ({ score }) =>
    score.criteria.flatMap((c) =>
      c.items
        .filter((i) => i.missingFacts.length > 0)
        .map((i) => ({ path: [...(FACT_FIELDS[i.missingFacts[0]!] ?? [])], at: 'key' as const, data: { item: i.id, facts: i.missingFacts } })),
    ),
});
