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

describe('factsOf', () => {
  it('lists the facts a condition reads, in order', () => {
    expect(factsOf({ facts: ['speaker_rate', 'attendance_rate'], op: '>', value: 0 })).toEqual(['speaker_rate', 'attendance_rate']);
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
  ];
  it.each(cases)('describes %j in Vietnamese and in English', (cond, vi, en) => {
    expect(describeCondition(cond, 'vi')).toBe(vi);
    expect(describeCondition(cond, 'en')).toBe(en);
  });
});
