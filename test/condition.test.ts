// The condition language: compiled with its checks, evaluated to true, false or unknown, its facts, its words.
import { describe, expect, it } from 'vitest';
import { FACT_IDS, type Facts } from '../src/core/facts.js';
import { describeCondition } from '../src/rules/condition-words.js';
import { compileCondition, evaluate, factsOf, type Condition } from '../src/rubric/condition.js';
import { Mistakes } from '../src/rubric/mistakes.js';
import type { ConditionFile } from '../src/rubric/schema.js';

const facts = (given: Partial<Facts>): Facts =>
  ({ ...Object.fromEntries(FACT_IDS.map((id) => [id, null])), ...given }) as Facts;

function compiled(file: ConditionFile): { cond: Condition | undefined; mistakes: Mistakes } {
  const mistakes = new Mistakes();
  return { cond: compileCondition(file, ['criteria', 0, 'bands', 0, 'when'], mistakes), mistakes };
}

describe('compileCondition', () => {
  it('turns one fact into a list of facts', () => {
    expect(compiled({ fact: 'attendance_rate', op: '>=', value: 0.9 }).cond).toEqual({ facts: ['attendance_rate'], op: '>=', value: 0.9 });
  });
  it('refuses a condition with both or neither of fact and facts', () => {
    for (const file of [{ op: 'present' }, { fact: 'eligible', facts: ['eligible'], op: 'present' }] as ConditionFile[]) {
      const { cond, mistakes } = compiled(file);
      expect(cond).toBeUndefined();
      expect(mistakes.found.map((m) => m.code)).toEqual(['conditionFacts']);
    }
  });
  it('refuses a numeric comparison of a fact that is not a number', () => {
    const { cond, mistakes } = compiled({ fact: 'minutes_complete', op: '>=', value: 1 });
    expect(cond).toBeUndefined();
    expect(mistakes.found.map((m) => [m.code, m.path.join('.')])).toEqual([['conditionNotNumeric', 'criteria.0.bands.0.when.op']]);
  });
  it('refuses `in` without a list and `=` without a value', () => {
    const codes = (file: ConditionFile) => compiled(file).mistakes.found.map((m) => m.code);
    expect(codes({ fact: 'preparation.prepared_by', op: 'in', value: 'secretary' })).toEqual(['conditionInNeedsList']);
    expect(codes({ fact: 'vote_recorded', op: '=' })).toEqual(['conditionNeedsValue']);
  });
});

describe('evaluate', () => {
  const rate: Condition = { facts: ['attendance_rate'], op: '>=', value: 0.9 };
  it('is true or false when the fact is written', () => {
    expect(evaluate(rate, facts({ attendance_rate: 0.95 }))).toBe(true);
    expect(evaluate(rate, facts({ attendance_rate: 0.5 }))).toBe(false);
  });
  it('is unknown when a compared fact is not written', () => {
    expect(evaluate(rate, facts({}))).toBeUndefined();
  });
  it('is false when one written fact fails, though another is not written', () => {
    const both: Condition = { facts: ['attendance_rate', 'speaker_rate'], op: '>=', value: 0.5 };
    expect(evaluate(both, facts({ attendance_rate: 0.2 }))).toBe(false);
    expect(evaluate(both, facts({ attendance_rate: 0.8 }))).toBeUndefined();
    expect(evaluate(both, facts({ attendance_rate: 0.8, speaker_rate: 0.6 }))).toBe(true);
  });
  it('answers a presence test even when the fact is absent', () => {
    const present: Condition = { facts: ['thematic.topic'], op: 'present' };
    expect(evaluate(present, facts({}))).toBe(false);
    expect(evaluate(present, facts({ 'thematic.topic': 'x' }))).toBe(true);
  });
  it('compares =, != and in', () => {
    const f = facts({ 'preparation.prepared_by': 'secretary', vote_recorded: true });
    expect(evaluate({ facts: ['vote_recorded'], op: '=', value: true }, f)).toBe(true);
    expect(evaluate({ facts: ['vote_recorded'], op: '!=', value: true }, f)).toBe(false);
    expect(evaluate({ facts: ['preparation.prepared_by'], op: 'in', value: ['secretary', 'deputy_secretary'] }, f)).toBe(true);
    expect(evaluate({ facts: ['preparation.prepared_by'], op: 'in', value: ['other'] }, f)).toBe(false);
  });
});

describe('all, any and not', () => {
  const big: Condition = { facts: ['members_total'], op: '>=', value: 30 };
  const combined: Condition = { facts: ['kind'], op: '=', value: 'combined' };
  const streak: Condition = { facts: ['excused_streak_year'], op: '<=', value: 3 };
  it('compiles each form, and refuses two forms in one condition or a comparison without op', () => {
    expect(compiled({ all: [{ fact: 'members_total', op: '>=', value: 30 }, { not: { fact: 'kind', op: '=', value: 'combined' } }] }).cond)
      .toEqual({ all: [big, { not: combined }] });
    expect(compiled({ any: [{ fact: 'kind', op: '=', value: 'combined' }] }).cond).toEqual({ any: [combined] });
    expect(compiled({ fact: 'kind', op: '=', value: 'x', not: { fact: 'kind', op: 'present' } }).mistakes.found.map((m) => m.code)).toEqual(['conditionForms']);
    const nested = compiled({ any: [{ fact: 'kind', op: 'present' }, { all: [{ fact: 'kind', value: 'x' }] }] });
    expect(nested.cond).toBeUndefined();
    expect(nested.mistakes.found.map((m) => [m.code, m.path.join('.')])).toEqual([['conditionNeedsOp', 'criteria.0.bands.0.when.any.1.all.0']]);
  });
  it('evaluates in three values: all is false on one false part, any true on one true part, not keeps unknown', () => {
    const f = facts({ members_total: 29, kind: 'regular' });
    expect(evaluate({ all: [big, streak] }, f)).toBe(false);
    expect(evaluate({ all: [{ not: big }, streak] }, f)).toBeUndefined();
    expect(evaluate({ all: [{ not: big }, { not: combined }] }, f)).toBe(true);
    expect(evaluate({ any: [big, combined] }, f)).toBe(false);
    expect(evaluate({ any: [big, streak] }, f)).toBeUndefined();
    expect(evaluate({ any: [streak, { not: big }] }, f)).toBe(true);
    expect(evaluate({ not: streak }, f)).toBeUndefined();
    expect(evaluate({ any: [big, combined] }, facts({ members_total: 30, kind: 'regular' }))).toBe(true);
  });
});

describe('sum', () => {
  it('compares the sum of numeric facts, unknown when one is, and refuses a fact that is not a number', () => {
    const absent = compiled({ sum: ['absent_unexcused', 'speaker_count'], op: '<=', value: 5 }).cond!;
    expect(absent).toEqual({ facts: ['absent_unexcused', 'speaker_count'], op: '<=', value: 5, sum: true });
    expect(evaluate(absent, facts({ absent_unexcused: 2, speaker_count: 3 }))).toBe(true);
    expect(evaluate(absent, facts({ absent_unexcused: 2, speaker_count: 4 }))).toBe(false);
    expect(evaluate(absent, facts({ absent_unexcused: 2 }))).toBeUndefined();
    expect(compiled({ sum: ['absent_unexcused', 'vote_recorded'], op: '<=', value: 5 }).mistakes.found.map((m) => m.code)).toEqual(['conditionNotNumeric']);
    expect(compiled({ sum: ['absent_unexcused', 'eligible'], fact: 'eligible', op: '<=', value: 5 }).mistakes.found.map((m) => m.code)).toEqual(['conditionFacts']);
    expect(describeCondition(absent, 'vi')).toBe('số đảng viên vắng không có lý do cộng số đảng viên phát biểu không quá 5');
    expect(describeCondition(absent, 'en')).toBe('absent_unexcused + speaker_count ≤ 5');
  });
});

describe('factsOf', () => {
  it('lists the facts a condition reads, in order', () => {
    expect(factsOf({ facts: ['speaker_rate', 'attendance_rate'], op: '>', value: 0 })).toEqual(['speaker_rate', 'attendance_rate']);
  });
  it('reads through all, any and not, each fact once', () => {
    expect(factsOf({ all: [{ facts: ['kind'], op: 'present' }, { not: { any: [{ facts: ['members_total'], op: '>', value: 1 }, { facts: ['kind'], op: '=', value: 'x' }] } }] }))
      .toEqual(['kind', 'members_total']);
  });
});

describe('describeCondition', () => {
  const cases: [Condition, string, string][] = [
    [{ facts: ['attendance_rate'], op: '>=', value: 0.9 }, 'tỷ lệ đảng viên dự họp từ 90% trở lên', 'attendance_rate ≥ 0.9'],
    [{ facts: ['absent_unexcused'], op: '=', value: 0 }, 'số đảng viên vắng không có lý do bằng 0', 'absent_unexcused = 0'],
    [{ facts: ['preparation.prepared_by'], op: 'in', value: ['secretary', 'deputy_secretary'] }, 'người chuẩn bị nội dung: bí thư hoặc phó bí thư', 'preparation.prepared_by ∈ secretary|deputy_secretary'],
    [{ facts: ['preparation.committee_met'], op: '=', value: true }, 'chi ủy họp chuẩn bị: có', 'preparation.committee_met = true'],
    [{ facts: ['duration_minutes'], op: '<', value: 90 }, 'thời lượng buổi sinh hoạt dưới 90 phút', 'duration_minutes < 90'],
    [{ facts: ['thematic.topic'], op: 'present' }, 'tên chuyên đề: có ghi', 'thematic.topic written'],
    [{ facts: ['kind'], op: '=', value: 'combined' }, 'loại sinh hoạt: thường kỳ kết hợp chuyên đề', 'kind = combined'],
    [{ facts: ['agenda_has.minutes'], op: '=', value: true }, 'chương trình có nội dung "thông qua biên bản": có', 'agenda_has.minutes = true'],
    [{ facts: ['cell_type'], op: 'in', value: ['xa_phuong', 'co_quan'] }, 'loại hình chi bộ: xã, phường hoặc cơ quan', 'cell_type ∈ xa_phuong|co_quan'],
    [{ facts: ['excused_streak_year'], op: '<=', value: 3 }, 'số kỳ sinh hoạt liên tiếp nhiều nhất trong năm mà một đảng viên vắng có lý do không quá 3 kỳ', 'excused_streak_year ≤ 3'],
    [{ any: [{ facts: ['members_total'], op: '>=', value: 30 }, { facts: ['kind'], op: '=', value: 'combined' }] },
      'tổng số đảng viên từ 30 trở lên hoặc loại sinh hoạt: thường kỳ kết hợp chuyên đề', 'members_total ≥ 30 or kind = combined'],
    [{ all: [{ any: [{ facts: ['members_total'], op: '>=', value: 30 }] }, { not: { facts: ['thematic_in_month'], op: '=', value: true } }] },
      '(tổng số đảng viên từ 30 trở lên) và không đúng (trong tháng có sinh hoạt chuyên đề: có)', '(members_total ≥ 30) and not (thematic_in_month = true)'],
    [{ not: { facts: ['thematic.plan'], op: 'present' } }, 'không ghi kế hoạch sinh hoạt chuyên đề', 'thematic.plan not written'],
  ];
  it.each(cases)('describes %j in Vietnamese and in English', (cond, vi, en) => {
    expect(describeCondition(cond, 'vi')).toBe(vi);
    expect(describeCondition(cond, 'en')).toBe(en);
  });
});
