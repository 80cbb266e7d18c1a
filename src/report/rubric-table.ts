// `chibo rubric`: a rubric as text: criteria, items, maxima, how each is scored, levels,
// minimum durations and required agenda, for every kind the rubric scores.
import type { Lang } from '../facts/describe.js';
import { formatNumber } from '../facts/describe.js';
import { AGENDA_NAMES, KIND_NAMES } from '../rules/words.js';
import type { Condition, Item, Rubric } from '../validate/rubric.js';
import type { MeetingKind } from '../validate/record-schema.js';

const W = {
  vi: { kinds: 'Loại sinh hoạt', judged: 'tự đánh giá', otherwise: 'còn lại', capped: 'tối đa', when: 'khi', missing: 'thiếu dữ kiện → tự đánh giá', present: 'có ghi', levels: 'Xếp loại', gate: 'đủ điểm tiêu chí', from: 'từ', points: 'điểm', duration: 'Thời lượng tối thiểu', minutes: 'phút', agenda: 'Nội dung bắt buộc', total: 'Tổng', error: 'lỗi', warning: 'cảnh báo' },
  en: { kinds: 'Meeting kind', judged: 'judged', otherwise: 'otherwise', capped: 'at most', when: 'when', missing: 'fact absent → judged', present: 'written', levels: 'Rating levels', gate: 'full marks in', from: 'from', points: 'points', duration: 'Minimum duration', minutes: 'minutes', agenda: 'Required agenda', total: 'Total', error: 'error', warning: 'warning' },
};

function condition(c: Condition, lang: Lang): string {
  const facts = c.facts.join(' & ');
  if (c.op === 'present') return `${facts} ${W[lang].present}`;
  const value = Array.isArray(c.value) ? c.value.join('|') : typeof c.value === 'number' ? formatNumber(c.value, lang) : String(c.value);
  return `${facts} ${c.op === 'in' ? '∈' : c.op === '>=' ? '≥' : c.op === '<=' ? '≤' : c.op} ${value}`;
}

function scoring(item: Item, lang: Lang): string {
  const s = item.scoring;
  if (s.type === 'judged') return W[lang].judged;
  const bands = s.bands.map((b) => `${b.when ? condition(b.when, lang) : W[lang].otherwise} → ${b.points}`);
  const caps = s.caps.map((c) => `${W[lang].capped} ${c.max} ${W[lang].when} ${condition(c.when, lang)}`);
  return [...bands, ...caps, ...(s.missing === 'judged' ? [W[lang].missing] : [])].join('; ');
}

export function rubricTable(rubric: Rubric, lang: Lang): string {
  const w = W[lang];
  const out = [`${rubric.id}: ${rubric.title}`, rubric.rule];
  if (rubric.source) out.push(rubric.source);
  for (const [kind, k] of Object.entries(rubric.kinds) as [MeetingKind, NonNullable<Rubric['kinds'][MeetingKind]>][]) {
    out.push('', `== ${w.kinds}: ${KIND_NAMES[kind][lang]}${KIND_NAMES[kind][lang] === kind ? '' : ` (${kind})`} ==`);
    for (const c of k.criteria) {
      out.push(`${c.id.padEnd(5)} ${c.name}  [${c.max}]`);
      for (const i of c.items) {
        const label = i.id === c.id ? '' : `${i.id.padEnd(5)} ${i.name}  [${i.max}]`;
        if (label) out.push(`  ${label}`);
        out.push(`  ${' '.repeat(label ? 6 : 0)}${scoring(i, lang)}  (${i.source})`);
      }
    }
    out.push(`${w.total}: ${k.max}`);
    out.push(`${w.duration}: ${k.minDuration.minutes} ${w.minutes} (${k.minDuration.source})`);
    out.push(`${w.agenda}: ${k.agenda.map((a) => `${a.type} (${AGENDA_NAMES[a.type][lang]}, ${w[a.severity]})`).join(', ')}`);
  }
  out.push('', `== ${w.levels} ==`);
  for (const l of rubric.levels) {
    const gate = l.gate.length > 0 ? `; ${w.gate} ${l.gate.join(', ')}` : '';
    out.push(`${l.name.padEnd(11)} ${w.from} ${l.min} ${w.points}${gate}  (${l.source})`);
  }
  return `${out.join('\n')}\n`;
}

export function rubricList(rubrics: Rubric[], _lang: Lang): string {
  return rubrics.map((r) => `${r.id.padEnd(14)} ${r.title} — ${r.rule} [${Object.keys(r.kinds).join(', ')}]`).join('\n') + '\n';
}
