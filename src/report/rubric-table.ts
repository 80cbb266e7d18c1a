// `chibo rubric`: a rubric as text: criteria, items, maxima, how each is scored, levels,
// minimum durations and required agenda, for every kind the rubric scores, wholly in one language.
import type { Lang } from '../core/lang.js';
import { formatNumber, formatSpan } from '../facts/format.js';
import { describeCondition as condition } from '../rules/condition-words.js';
import { AGENDA_NAMES, KIND_NAMES } from '../rules/words.js';
import { YEARLY_FACT_NAMES } from '../rules/fields.js';
import { inLang, type Item, type Rubric } from '../rubric/rubric.js';
import type { MeetingKind } from '../validate/vocabulary.js';

const W = {
  vi: { yearly: 'Xếp loại năm', deduction: 'điểm trừ, trừ tối đa', bonus: 'điểm thưởng, tối đa', clamped: 'điểm thưởng và điểm trừ tính thêm; tổng giữ trong khoảng 0 đến', vetoes: 'không xét khi', streak: 'Vắng có lý do liên tiếp (absence-streak): cảnh báo khi quá', meetings: 'kỳ', kinds: 'Loại sinh hoạt', judged: 'chi bộ tự đánh giá', otherwise: 'còn lại', capped: 'tối đa', when: 'khi', missing: 'không ghi dữ kiện → chi bộ tự đánh giá', levels: 'Xếp loại', gate: 'đạt điểm tối đa ở các tiêu chí', from: 'từ', points: 'điểm', duration: 'Thời lượng tối thiểu', minutes: 'phút', agenda: 'Nội dung bắt buộc', total: 'Tổng', error: 'lỗi', warning: 'cảnh báo', unscored: 'không tính điểm', note: 'Lưu ý', source: 'Nguồn', version: 'phiên bản', inForce: 'Áp dụng cho buổi sinh hoạt', and: ' và ', max: 'tối đa' },
  en: { yearly: 'Yearly rating', deduction: 'deduction, up to', bonus: 'bonus, up to', clamped: 'bonuses and deductions on top; the total stays within 0 and', vetoes: 'barred when', streak: 'Absences with reason in a row (absence-streak): warned above', meetings: 'meetings', kinds: 'Meeting kind', judged: 'judged', otherwise: 'otherwise', capped: 'at most', when: 'when', missing: 'fact absent → judged', levels: 'Rating levels', gate: 'full marks in', from: 'from', points: 'points', duration: 'Minimum duration', minutes: 'minutes', agenda: 'Required agenda', total: 'Total', error: 'error', warning: 'warning', unscored: 'not scored', note: 'Note', source: 'Source', version: 'version', inForce: 'In force for meetings', and: ' & ', max: 'max' },
};

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
  const out = [`${rubric.id}: ${inLang(rubric.title, lang)}${rubric.version === undefined ? '' : ` (${w.version} ${rubric.version})`}`, rubric.rule];
  if (rubric.inForce.from !== undefined || rubric.inForce.until !== undefined) out.push(`${w.inForce}: ${formatSpan(rubric.inForce, lang)}`);
  if (rubric.source) out.push(`${w.source}: ${inLang(rubric.source, lang)}`);
  if (rubric.note) out.push(`${w.note}: ${inLang(rubric.note, lang)}`);
  for (const [kind, k] of Object.entries(rubric.kinds) as [MeetingKind, NonNullable<Rubric['kinds'][MeetingKind]>][]) {
    const kindName = lang === 'vi' ? KIND_NAMES[kind].vi : `${KIND_NAMES[kind].en}${KIND_NAMES[kind].en === kind ? '' : ` (${kind})`}`;
    out.push('', `== ${w.kinds}: ${kindName} ==`);
    for (const c of k.criteria) {
      const max = c.role === 'score' ? n(c.max) : `${w[c.role]} ${n(c.max)}`;
      out.push(`${c.id.padEnd(5)} ${inLang(c.name, lang)}  [${max}]`);
      for (const i of c.items) {
        const label = i.id === c.id ? '' : `${i.id.padEnd(5)} ${inLang(i.name, lang)}  [${n(i.max)}]`;
        if (label) out.push(`  ${label}`);
        out.push(`  ${' '.repeat(label ? 6 : 0)}${scoring(i, lang)}  (${inLang(i.source, lang)})`);
      }
    }
    const adjusted = k.criteria.some((c) => c.role !== 'score');
    out.push(`${w.total}: ${n(k.max)}${adjusted ? ` (${w.clamped} ${n(k.max)})` : ''}`);
    const durations = k.minDuration.map((d) => {
      const minutes = `${d.minutes} ${w.minutes}`;
      const when = d.when ? ` ${w.when} ${condition(d.when, lang)}` : k.minDuration.length > 1 ? ` (${w.otherwise})` : '';
      return `${minutes}${when} (${inLang(d.source, lang)})`;
    });
    out.push(`${w.duration}: ${durations.join('; ')}`);
    const agenda = k.agenda.map((a) => {
      const how = a.scored ? w[a.severity] : `${w[a.severity]}, ${w.unscored}`;
      return lang === 'vi' ? `${AGENDA_NAMES[a.type].vi} (${how})` : `${a.type} (${AGENDA_NAMES[a.type].en}, ${how})`;
    });
    out.push(`${w.agenda}: ${agenda.join(', ')}`);
  }
  out.push('', `== ${w.levels} ==`);
  for (const l of rubric.levels) {
    const gateWords = lang === 'vi' && l.gate.some((id) => id.includes('.')) ? 'đạt điểm tối đa ở các tiêu chí, mục' : w.gate;
    const gate = l.gate.length > 0 ? `; ${gateWords} ${l.gate.join(', ')}` : '';
    out.push(`${inLang(l.name, lang).padEnd(11)} ${w.from} ${n(l.min)} ${w.points}${gate}  (${inLang(l.source, lang)})`);
    for (const v of l.vetoes) out.push(`${' '.repeat(12)}${w.vetoes} ${condition(v.when, lang)}: ${v.message[lang]}  (${inLang(v.source, lang)})`);
  }
  if (rubric.yearly) {
    out.push('', `== ${w.yearly} ==  (${inLang(rubric.yearly.source, lang)})`);
    for (const l of rubric.yearly.levels) {
      const level = rubric.levels.find((x) => x.id === l.id);
      const name = level ? inLang(level.name, lang) : l.id;
      out.push(`${name.padEnd(11)} ${l.when ? `${w.when} ${condition(l.when, lang, YEARLY_FACT_NAMES)}` : w.otherwise}`);
    }
  }
  out.push('', `${w.streak} ${n(rubric.absenceStreak.max)} ${w.meetings}  (${inLang(rubric.absenceStreak.source, lang)})`);
  return `${out.join('\n')}\n`;
}

export function rubricList(rubrics: Rubric[], lang: Lang): string {
  return rubrics.map((r) => `${r.id.padEnd(14)} ${inLang(r.title, lang)} — ${r.rule} [${Object.keys(r.kinds).map((k) => KIND_NAMES[k as MeetingKind][lang]).join(', ')}]${r.inForce.from !== undefined || r.inForce.until !== undefined ? ` (${formatSpan(r.inForce, lang)})` : ''}`).join('\n') + '\n';
}
