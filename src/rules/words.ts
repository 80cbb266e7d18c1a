// Words for the record's vocabulary, in both languages, shared by messages and reports.
import type { MeetingKind } from '../validate/vocabulary.js';
import { AGENDA_NAMES } from '../core/agenda.js';
import type { Lang } from '../core/lang.js';

export const KIND_NAMES: Record<MeetingKind, Record<Lang, string>> = {
  regular: { vi: 'thường kỳ', en: 'regular' },
  thematic: { vi: 'chuyên đề', en: 'thematic' },
  combined: { vi: 'thường kỳ kết hợp chuyên đề', en: 'combined regular and thematic' },
};

export { AGENDA_NAMES };

/** "criterion 3" / "tiêu chí 3", "item 3.3" / "mục 3.3". */
export function criterionLabel(id: string, lang: Lang): string {
  const item = id.includes('.');
  if (lang === 'vi') return `${item ? 'mục' : 'tiêu chí'} ${id}`;
  return `${item ? 'item' : 'criterion'} ${id}`;
}

/** A quarter of a year as people write it: "quý II/2024", "Q2 2024". */
export const quarterName = (quarter: number, year: number, lang: Lang): string =>
  (lang === 'vi' ? `quý ${['I', 'II', 'III', 'IV'][quarter - 1]}/${year}` : `Q${quarter} ${year}`);

export const points = (n: number, lang: Lang) => (lang === 'vi' ? `${n} điểm` : `${n} point${n === 1 ? '' : 's'}`);
