// A rubric condition described for people: in Vietnamese words for a cell secretary, in the
// rubric's own terms (fact ids and operators) in English. Beside the fact names it needs.
import type { FactId } from '../core/facts.js';
import type { Lang } from '../core/lang.js';
import { formatNumber, formatPercent } from '../facts/format.js';
import type { Comparison, Condition } from '../rubric/condition.js';
import { FACT_NAMES } from './fields.js';

/** Values that facts take, in Vietnamese. */
const VALUES_VI: Record<string, string> = {
  secretary: 'bí thư', deputy_secretary: 'phó bí thư', committee_member: 'chi ủy viên', other: 'người khác',
  true: 'có', false: 'không',
  regular: 'thường kỳ', thematic: 'chuyên đề', combined: 'thường kỳ kết hợp chuyên đề',
  co_quan: 'cơ quan', su_nghiep: 'đơn vị sự nghiệp', doanh_nghiep: 'doanh nghiệp', xa_phuong: 'xã, phường',
  thon_to_dan_pho: 'thôn, bản, tổ dân phố', luc_luong_vu_trang: 'lực lượng vũ trang', khac: 'loại khác',
};

const RATES = new Set<string>(['attendance_rate', 'speaker_rate']);
const UNITS_VI: Partial<Record<string, string>> = {
  duration_minutes: ' phút',
  excused_streak_year: ' kỳ',
  'previous_resolution.achieved_percent': '%',
  'preparation.documents_posted_days_before': ' ngày',
  'followup.resolution_posted_days_after': ' ngày',
};

/** A comparison in Vietnamese: "tỷ lệ đảng viên dự họp từ 90% trở lên", "chi ủy họp chuẩn bị: có". */
function comparisonVi(c: Comparison<string>, names: Readonly<Record<string, string>>): string {
  const facts = c.facts.map((f) => names[f] ?? f).join(c.sum ? ' cộng ' : ', ');
  if (c.op === 'present') return `${facts}: có ghi`;
  const value = (v: number | boolean | string) => {
    if (typeof v !== 'number') return VALUES_VI[String(v)] ?? String(v);
    if (c.facts.every((f) => RATES.has(f))) return formatPercent(v, 'vi');
    const unit = UNITS_VI[c.facts[0]!] ?? '';
    return `${formatNumber(v, 'vi')}${c.facts.every((f) => (UNITS_VI[f] ?? '') === unit) ? unit : ''}`;
  };
  const v = c.value;
  if (Array.isArray(v)) return `${facts}: ${v.map(value).join(' hoặc ')}`;
  if (v === undefined) return facts;
  switch (c.op) {
    case '>=': return `${facts} từ ${value(v)} trở lên`;
    case '>': return `${facts} trên ${value(v)}`;
    case '<=': return `${facts} không quá ${value(v)}`;
    case '<': return `${facts} dưới ${value(v)}`;
    case '!=': return `${facts} khác ${value(v)}`;
    default: return typeof v === 'number' ? `${facts} bằng ${value(v)}` : `${facts}: ${value(v)}`;
  }
}

function comparisonEn(c: Comparison<string>): string {
  const facts = c.facts.join(c.sum ? ' + ' : ' & ');
  if (c.op === 'present') return `${facts} written`;
  const value = Array.isArray(c.value) ? c.value.join('|') : typeof c.value === 'number' ? formatNumber(c.value, 'en') : String(c.value);
  return `${facts} ${c.op === 'in' ? '∈' : c.op === '>=' ? '≥' : c.op === '<=' ? '≤' : c.op} ${value}`;
}

const WORDS = {
  vi: { all: ' và ', any: ' hoặc ', not: 'không đúng ' },
  en: { all: ' and ', any: ' or ', not: 'not ' },
};

/**
 * A condition as a rubric table prints it: in Vietnamese words, or in the rubric's own terms in
 * English; parts of `all` and `any` in parentheses when they hold parts of their own.
 */
export function describeCondition<F extends string = FactId>(
  c: Condition<F>,
  lang: Lang,
  names: Readonly<Record<F, string>> = FACT_NAMES as unknown as Readonly<Record<F, string>>,
): string {
  const part = (x: Condition<F>) => ('all' in x || 'any' in x ? `(${describeCondition(x, lang, names)})` : describeCondition(x, lang, names));
  if ('all' in c) return c.all.map(part).join(WORDS[lang].all);
  if ('any' in c) return c.any.map(part).join(WORDS[lang].any);
  if ('not' in c) {
    // "not written" reads plainly; any other negation keeps its part in parentheses.
    if ('op' in c.not && c.not.op === 'present') {
      const facts = lang === 'vi' ? c.not.facts.map((f) => names[f]).join(', ') : c.not.facts.join(' & ');
      return lang === 'vi' ? `không ghi ${facts}` : `${facts} not written`;
    }
    return `${WORDS[lang].not}(${describeCondition(c.not, lang, names)})`;
  }
  return lang === 'vi' ? comparisonVi(c, names) : comparisonEn(c);
}
