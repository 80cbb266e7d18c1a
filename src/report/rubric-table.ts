// `chibo rubric`: a rubric as text: criteria, items, maxima, how each is scored, levels,
// minimum durations and required agenda, for every kind the rubric scores, wholly in one language.
import type { FactId } from '../core/facts.js';
import type { Lang } from '../core/lang.js';
import { formatNumber, formatPercent } from '../facts/format.js';
import { FACT_NAMES } from '../rules/fields.js';
import { AGENDA_NAMES, KIND_NAMES } from '../rules/words.js';
import { inLang, type Condition, type Item, type Rubric } from '../validate/rubric.js';
import type { MeetingKind } from '../validate/record-schema.js';

const W = {
  vi: { kinds: 'Loại sinh hoạt', judged: 'chi bộ tự đánh giá', otherwise: 'còn lại', capped: 'tối đa', when: 'khi', missing: 'không ghi dữ kiện → chi bộ tự đánh giá', present: 'có ghi', levels: 'Xếp loại', gate: 'đạt điểm tối đa ở các tiêu chí', from: 'từ', points: 'điểm', duration: 'Thời lượng tối thiểu', minutes: 'phút', agenda: 'Nội dung bắt buộc', total: 'Tổng', error: 'lỗi', warning: 'cảnh báo', note: 'Lưu ý', source: 'Nguồn', and: ' và ', max: 'tối đa' },
  en: { kinds: 'Meeting kind', judged: 'judged', otherwise: 'otherwise', capped: 'at most', when: 'when', missing: 'fact absent → judged', present: 'written', levels: 'Rating levels', gate: 'full marks in', from: 'from', points: 'points', duration: 'Minimum duration', minutes: 'minutes', agenda: 'Required agenda', total: 'Total', error: 'error', warning: 'warning', note: 'Note', source: 'Source', and: ' & ', max: 'max' },
};

/** Values that facts take, in Vietnamese. */
const VALUES_VI: Record<string, string> = {
  secretary: 'bí thư', deputy_secretary: 'phó bí thư', committee_member: 'chi ủy viên', other: 'người khác',
  true: 'có', false: 'không',
};

const RATES = new Set<FactId>(['attendance_rate', 'speaker_rate']);
const UNITS_VI: Partial<Record<FactId, string>> = {
  duration_minutes: ' phút',
  'previous_resolution.achieved_percent': '%',
  'preparation.documents_posted_days_before': ' ngày',
  'followup.resolution_posted_days_after': ' ngày',
};

/** A condition in Vietnamese: "tỷ lệ đảng viên dự họp từ 90% trở lên", "chi ủy họp chuẩn bị: có". */
function conditionVi(c: Condition): string {
  const facts = c.facts.map((f) => FACT_NAMES[f]).join(', ');
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
    default: return typeof v === 'boolean' ? `${facts}: ${value(v)}` : `${facts} bằng ${value(v)}`;
  }
}

function conditionEn(c: Condition): string {
  const facts = c.facts.join(' & ');
  if (c.op === 'present') return `${facts} ${W.en.present}`;
  const value = Array.isArray(c.value) ? c.value.join('|') : typeof c.value === 'number' ? formatNumber(c.value, 'en') : String(c.value);
  return `${facts} ${c.op === 'in' ? '∈' : c.op === '>=' ? '≥' : c.op === '<=' ? '≤' : c.op} ${value}`;
}

const condition = (c: Condition, lang: Lang) => (lang === 'vi' ? conditionVi(c) : conditionEn(c));

function scoring(item: Item, lang: Lang): string {
  const s = item.scoring;
  if (s.type === 'judged') return W[lang].judged;
  const pts = (n: number) => formatNumber(n, lang);
  const bands = s.bands.map((b) => `${b.when ? condition(b.when, lang) : W[lang].otherwise} → ${pts(b.points)}`);
  const caps = s.caps.map((c) => `${W[lang].capped} ${pts(c.max)} ${W[lang].when} ${condition(c.when, lang)}`);
  return [...bands, ...caps, ...(s.missing === 'judged' ? [W[lang].missing] : [])].join('; ');
}

export function rubricTable(rubric: Rubric, lang: Lang): string {
  const w = W[lang];
  const n = (x: number) => formatNumber(x, lang);
  const out = [`${rubric.id}: ${rubric.title}`, rubric.rule];
  if (rubric.source) out.push(`${w.source}: ${inLang(rubric.source, lang)}`);
  if (rubric.note) out.push(`${w.note}: ${inLang(rubric.note, lang)}`);
  for (const [kind, k] of Object.entries(rubric.kinds) as [MeetingKind, NonNullable<Rubric['kinds'][MeetingKind]>][]) {
    const kindName = lang === 'vi' ? KIND_NAMES[kind].vi : `${KIND_NAMES[kind].en}${KIND_NAMES[kind].en === kind ? '' : ` (${kind})`}`;
    out.push('', `== ${w.kinds}: ${kindName} ==`);
    for (const c of k.criteria) {
      out.push(`${c.id.padEnd(5)} ${c.name}  [${n(c.max)}]`);
      for (const i of c.items) {
        const label = i.id === c.id ? '' : `${i.id.padEnd(5)} ${i.name}  [${n(i.max)}]`;
        if (label) out.push(`  ${label}`);
        out.push(`  ${' '.repeat(label ? 6 : 0)}${scoring(i, lang)}  (${inLang(i.source, lang)})`);
      }
    }
    out.push(`${w.total}: ${n(k.max)}`);
    out.push(`${w.duration}: ${k.minDuration.minutes} ${w.minutes} (${inLang(k.minDuration.source, lang)})`);
    const agenda = k.agenda.map((a) => (lang === 'vi' ? `${AGENDA_NAMES[a.type].vi} (${w[a.severity]})` : `${a.type} (${AGENDA_NAMES[a.type].en}, ${w[a.severity]})`));
    out.push(`${w.agenda}: ${agenda.join(', ')}`);
  }
  out.push('', `== ${w.levels} ==`);
  for (const l of rubric.levels) {
    const gate = l.gate.length > 0 ? `; ${w.gate} ${l.gate.join(', ')}` : '';
    out.push(`${l.name.padEnd(11)} ${w.from} ${n(l.min)} ${w.points}${gate}  (${inLang(l.source, lang)})`);
  }
  return `${out.join('\n')}\n`;
}

export function rubricList(rubrics: Rubric[], lang: Lang): string {
  return rubrics.map((r) => `${r.id.padEnd(14)} ${r.title} — ${r.rule} [${Object.keys(r.kinds).map((k) => KIND_NAMES[k as MeetingKind][lang]).join(', ')}]`).join('\n') + '\n';
}
