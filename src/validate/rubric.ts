// A validated rubric file → the rubric for each meeting kind, or the spots where it contradicts itself.
import type { Path } from '../load/source.js';
import { FACT_TYPES, type FactId } from '../facts/catalogue.js';
import type { AgendaType, MeetingKind } from './record-schema.js';
import type { ConditionFile, Operator, RubricFile } from './rubric-schema.js';
import type { RatingId } from './text.js';

/** A text for people: the same in both languages, or one per language. */
export type Localized = string | { vi: string; en: string };
export const inLang = (text: Localized, lang: 'vi' | 'en'): string => (typeof text === 'string' ? text : text[lang]);

export interface Condition {
  facts: FactId[];
  op: Operator;
  value?: number | boolean | string | string[];
}
export interface Band {
  when?: Condition;
  points: number;
}
export type Scoring =
  | { type: 'judged' }
  | { type: 'measured'; bands: Band[]; caps: { when: Condition; max: number }[]; missing: 'zero' | 'judged' };

export interface Item {
  id: string;
  name: string;
  max: number;
  source: Localized;
  scoring: Scoring;
}
export interface Criterion {
  id: string;
  name: string;
  max: number;
  source: Localized;
  items: Item[];
}
export interface KindRubric {
  criteria: Criterion[];
  max: number;
  minDuration: { minutes: number; source: Localized };
  agenda: { type: AgendaType; severity: 'error' | 'warning'; source: Localized }[];
}
export interface Level {
  id: RatingId;
  name: string;
  min: number;
  gate: string[];
  source: Localized;
}
export interface YearlyLevel {
  id: RatingId;
  missingMax?: number;
  everyMonthAtLeast?: RatingId;
  monthsAtLeast?: { rating: RatingId; count: number };
  missingPlusMax?: { ratings: RatingId[]; max: number };
}
export interface Rubric {
  id: string;
  title: string;
  rule: string;
  source?: Localized;
  /** What a reader must know before relying on the rubric (that it is a reconstruction, say). */
  note?: Localized;
  kinds: Partial<Record<MeetingKind, KindRubric>>;
  levels: Level[];
  yearly?: { source: Localized; levels: YearlyLevel[] };
}

export interface RubricMistake {
  path: Path;
  message: { vi: string; en: string };
}

const NUMERIC_OPS: Operator[] = ['>=', '>', '<=', '<'];

function checkCondition(c: ConditionFile, path: Path, out: RubricMistake[]): Condition | undefined {
  const facts = c.facts ?? (c.fact ? [c.fact] : []);
  if ((c.fact === undefined) === (c.facts === undefined)) {
    out.push({ path, message: { vi: 'Điều kiện cần đúng một trong hai mục `fact` hoặc `facts`.', en: 'A condition needs exactly one of `fact` or `facts`.' } });
    return undefined;
  }
  const numeric = NUMERIC_OPS.includes(c.op);
  for (const fact of facts) {
    if (numeric && (FACT_TYPES[fact] !== 'number' || typeof c.value !== 'number')) {
      out.push({ path: [...path, 'op'], message: {
        vi: `Phép so sánh "${c.op}" cần một dữ kiện số và một giá trị số; "${fact}" là dữ kiện kiểu ${FACT_TYPES[fact]}.`,
        en: `The comparison "${c.op}" needs a numeric fact and a numeric value; "${fact}" is a ${FACT_TYPES[fact]} fact.` } });
      return undefined;
    }
  }
  if (c.op === 'in' && !Array.isArray(c.value)) {
    out.push({ path: [...path, 'value'], message: { vi: 'Phép "in" cần một danh sách giá trị.', en: 'The operator "in" needs a list of values.' } });
    return undefined;
  }
  if ((c.op === '=' || c.op === '!=') && (c.value === undefined || Array.isArray(c.value))) {
    out.push({ path: [...path, 'value'], message: { vi: `Phép "${c.op}" cần một giá trị.`, en: `The operator "${c.op}" needs one value.` } });
    return undefined;
  }
  return c.value === undefined ? { facts, op: c.op } : { facts, op: c.op, value: c.value };
}

type ScoringFile = Pick<RubricFile['criteria'][number], 'judged' | 'bands' | 'caps' | 'missing' | 'max'>;

function checkScoring(s: ScoringFile, path: Path, out: RubricMistake[]): Scoring | undefined {
  if (s.judged === true && s.bands === undefined) return { type: 'judged' };
  if (s.bands === undefined || s.judged === true) {
    out.push({ path, message: {
      vi: 'Mỗi mục cần đúng một cách chấm: `judged: true` hoặc `bands`.',
      en: 'Each item needs exactly one way of scoring: `judged: true` or `bands`.' } });
    return undefined;
  }
  const before = out.length;
  const bands: Band[] = [];
  s.bands.forEach((b, i) => {
    const at = [...path, 'bands', i];
    if (b.points > s.max) {
      out.push({ path: [...at, 'points'], message: {
        vi: `Mức điểm ${b.points} lớn hơn điểm tối đa ${s.max} của mục.`,
        en: `A band gives ${b.points} points, more than the item's maximum of ${s.max}.` } });
    }
    if (b.when === undefined && i < s.bands!.length - 1) {
      out.push({ path: at, message: {
        vi: 'Chỉ mức cuối cùng được phép không có điều kiện ("các trường hợp còn lại").',
        en: 'Only the last band may have no condition ("otherwise").' } });
    }
    const when = b.when && checkCondition(b.when, [...at, 'when'], out);
    bands.push(when ? { when, points: b.points } : { points: b.points });
    const prev = s.bands![i - 1];
    if (prev && prev.points < b.points) {
      out.push({ path: [...at, 'points'], message: {
        vi: `Các mức phải xếp từ điểm cao xuống điểm thấp: ${b.points} đứng sau ${prev.points}.`,
        en: `Bands must go from most points to fewest: ${b.points} comes after ${prev.points}.` } });
    }
    const [p, c] = [prev?.when, b.when];
    if (p && c && p.fact && p.fact === c.fact && typeof p.value === 'number' && typeof c.value === 'number') {
      const down = (p.op === '>=' || p.op === '>') && (c.op === '>=' || c.op === '>');
      const up = (p.op === '<=' || p.op === '<') && (c.op === '<=' || c.op === '<');
      if ((down && c.value > p.value) || (up && c.value < p.value) || ((down || up) && c.value === p.value && c.op === p.op)) {
        out.push({ path: [...at, 'when', 'value'], message: {
          vi: `Ngưỡng ${c.value} không theo thứ tự sau ngưỡng ${p.value} của mức trước.`,
          en: `The threshold ${c.value} is out of order after the previous band's ${p.value}.` } });
      }
    }
  });
  const caps = (s.caps ?? []).flatMap((cap, i) => {
    const at = [...path, 'caps', i];
    if (cap.max > s.max) {
      out.push({ path: [...at, 'max'], message: {
        vi: `Mức trần ${cap.max} lớn hơn điểm tối đa ${s.max} của mục.`,
        en: `The cap ${cap.max} is above the item's maximum of ${s.max}.` } });
    }
    const when = checkCondition(cap.when, [...at, 'when'], out);
    return when ? [{ when, max: cap.max }] : [];
  });
  if (out.length > before) return undefined;
  return { type: 'measured', bands, caps, missing: s.missing ?? 'zero' };
}

const list = (ids: string[]) => ids.join(', ');

/** Turns a validated rubric file into a rubric per meeting kind, or lists its contradictions. */
export function compileRubric(file: RubricFile): { rubric: Rubric } | { mistakes: RubricMistake[] } {
  const out: RubricMistake[] = [];
  const applies = (own: MeetingKind[] | undefined, kind: MeetingKind) => own === undefined || own.includes(kind);
  const kinds: Partial<Record<MeetingKind, KindRubric>> = {};

  const outsideKinds = (own: MeetingKind[] | undefined, path: Path) => {
    const stray = (own ?? []).filter((k) => !file.kinds.includes(k));
    if (stray.length > 0) {
      out.push({ path: [...path, 'kinds'], message: {
        vi: `Loại sinh hoạt ${list(stray)} không có trong \`kinds\` của bộ tiêu chí (${list(file.kinds)}).`,
        en: `Meeting kind ${list(stray)} is not among the rubric's \`kinds\` (${list(file.kinds)}).` } });
    }
  };

  // Compile each criterion and item once, then pick them per kind.
  const criteria = file.criteria.map((c, ci) => {
    const path: Path = ['criteria', ci];
    outsideKinds(c.kinds, path);
    let items: { kinds?: MeetingKind[]; item: Item; path: Path }[];
    if (c.items) {
      if (c.judged !== undefined || c.bands !== undefined || c.caps !== undefined || c.missing !== undefined) {
        out.push({ path, message: {
          vi: `Tiêu chí ${c.id} có \`items\` thì cách chấm đặt ở từng mục, không đặt ở tiêu chí.`,
          en: `Criterion ${c.id} has \`items\`: scoring goes on each item, not on the criterion.` } });
      }
      items = c.items.flatMap((it, ii) => {
        const at: Path = [...path, 'items', ii];
        outsideKinds(it.kinds, at);
        if (!it.id.startsWith(`${c.id}.`)) {
          out.push({ path: [...at, 'id'], message: {
            vi: `Mã mục "${it.id}" phải bắt đầu bằng mã tiêu chí "${c.id}.".`,
            en: `Item id "${it.id}" must start with its criterion's id "${c.id}.".` } });
        }
        const scoring = checkScoring(it, at, out);
        return scoring ? [{ kinds: it.kinds, item: { id: it.id, name: it.name, max: it.max, source: it.source, scoring }, path: at }] : [];
      });
    } else {
      const scoring = checkScoring(c, path, out);
      items = scoring ? [{ item: { id: c.id, name: c.name, max: c.max, source: c.source, scoring }, path }] : [];
    }
    return { file: c, path, items };
  });

  for (const kind of file.kinds) {
    const chosen: Criterion[] = [];
    for (const c of criteria) {
      if (!applies(c.file.kinds, kind)) continue;
      if (chosen.some((x) => x.id === c.file.id)) {
        out.push({ path: [...c.path, 'id'], message: {
          vi: `Tiêu chí ${c.file.id} được khai báo hai lần cho loại ${kind}.`,
          en: `Criterion ${c.file.id} is declared twice for ${kind} meetings.` } });
        continue;
      }
      const items = c.items.filter((i) => applies(i.kinds, kind));
      const ids = new Set<string>();
      for (const i of items) {
        if (ids.has(i.item.id)) {
          out.push({ path: [...i.path, 'id'], message: {
            vi: `Mục ${i.item.id} được khai báo hai lần cho loại ${kind}.`,
            en: `Item ${i.item.id} is declared twice for ${kind} meetings.` } });
        }
        ids.add(i.item.id);
      }
      const sum = items.reduce((s, i) => s + i.item.max, 0);
      if (items.length > 0 && Math.abs(sum - c.file.max) > 1e-9) {
        out.push({ path: [...c.path, 'max'], message: {
          vi: `Tiêu chí ${c.file.id} có tối đa ${c.file.max} điểm nhưng các mục của nó (loại ${kind}) cộng lại ${sum}.`,
          en: `Criterion ${c.file.id} has a maximum of ${c.file.max}, but its items for ${kind} meetings add up to ${sum}.` } });
      }
      chosen.push({ id: c.file.id, name: c.file.name, max: c.file.max, source: c.file.source, items: items.map((i) => i.item) });
    }
    const minDuration = file.minimum_duration[kind];
    if (!minDuration) {
      out.push({ path: ['minimum_duration'], message: {
        vi: `Thiếu thời lượng tối thiểu cho loại ${kind}.`, en: `The minimum duration for ${kind} meetings is missing.` } });
    }
    if (chosen.length === 0) {
      out.push({ path: ['criteria'], message: {
        vi: `Không có tiêu chí nào cho loại ${kind}.`, en: `No criterion applies to ${kind} meetings.` } });
    }
    const agenda = (file.agenda ?? [])
      .filter((a) => applies(a.kinds, kind))
      .map((a) => ({ type: a.type, severity: a.severity, source: a.source }));
    kinds[kind] = { criteria: chosen, max: chosen.reduce((s, c) => s + c.max, 0), minDuration: minDuration ?? { minutes: 0, source: '' }, agenda };
  }
  (file.agenda ?? []).forEach((a, i) => outsideKinds(a.kinds, ['agenda', i]));

  file.levels.forEach((level, i) => {
    const prev = file.levels[i - 1];
    if (prev && prev.min <= level.min) {
      out.push({ path: ['levels', i, 'min'], message: {
        vi: `Các mức xếp loại phải xếp từ cao xuống thấp: mức ${level.id} cần điểm tối thiểu nhỏ hơn ${prev.min} của mức ${prev.id}.`,
        en: `Rating levels go from best to worst: ${level.id} needs a minimum below ${prev.id}'s ${prev.min}.` } });
    }
    (level.gate ?? []).forEach((id, g) => {
      const missingIn = file.kinds.filter((k) => !kinds[k]?.criteria.some((c) => c.id === id));
      if (missingIn.length > 0) {
        out.push({ path: ['levels', i, 'gate', g], message: {
          vi: `Điều kiện của mức ${level.id} nêu tiêu chí "${id}", nhưng tiêu chí này không có (loại ${list(missingIn)}).`,
          en: `The gate of level ${level.id} names criterion "${id}", which does not exist (for ${list(missingIn)} meetings).` } });
      }
    });
  });
  const last = file.levels[file.levels.length - 1];
  if (last && last.min !== 0) {
    out.push({ path: ['levels', file.levels.length - 1, 'min'], message: {
      vi: 'Mức xếp loại cuối cùng phải có điểm tối thiểu 0, để buổi sinh hoạt nào cũng được xếp loại.',
      en: 'The last rating level must have a minimum of 0, so that every meeting gets a rating.' } });
  }
  const yearly = file.yearly?.levels ?? [];
  const lastYearly = yearly[yearly.length - 1];
  if (lastYearly && (lastYearly.missing_max ?? lastYearly.every_month_at_least ?? lastYearly.months_at_least ?? lastYearly.missing_plus_max) !== undefined) {
    out.push({ path: ['yearly', 'levels', yearly.length - 1], message: {
      vi: 'Mức xếp loại năm cuối cùng không được có điều kiện, để chi bộ nào cũng được xếp loại.',
      en: 'The last yearly level must have no conditions, so that every cell gets a rating.' } });
  }
  if (out.length > 0) return { mistakes: out };
  const levels = file.levels.map((l) => ({ id: l.id, name: l.name, min: l.min, gate: l.gate ?? [], source: l.source }));
  const rubric: Rubric = { id: file.id, title: file.title, rule: file.rule, kinds, levels };
  if (file.source !== undefined) rubric.source = file.source;
  if (file.note !== undefined) rubric.note = file.note;
  if (file.yearly) {
    rubric.yearly = {
      source: file.yearly.source,
      levels: file.yearly.levels.map((l) => ({
        id: l.id,
        ...l.missing_max !== undefined && { missingMax: l.missing_max },
        ...l.every_month_at_least && { everyMonthAtLeast: l.every_month_at_least },
        ...l.months_at_least && { monthsAtLeast: l.months_at_least },
        ...l.missing_plus_max && { missingPlusMax: l.missing_plus_max },
      })),
    };
  }
  return { rubric };
}
