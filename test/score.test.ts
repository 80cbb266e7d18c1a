// Facts, measured items, ceilings, scores, totals and ratings (rubrics.md, "How a record is scored").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeFacts } from '../src/facts/facts.js';
import { rubricFromText } from '../src/data-file.js';
import { claimsOf, score } from '../src/score/score.js';
import { recordSchema } from '../src/validate/record-schema.js';
import type { Rubric } from '../src/rubric/rubric.js';
import { validate } from '../src/validate/validate.js';
import { goodRecord, ROOT } from './helpers.js';

const rubric = (rubricFromText(readFileSync(`${ROOT}rubrics/lai-chau-14.yaml`), 'lai-chau-14.yaml') as { rubric: Rubric }).rubric;

function scored(change: (r: Record<string, any>) => void = () => {}) {
  const data = goodRecord();
  change(data);
  const v = validate(recordSchema, data);
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  const kind = rubric.kinds[v.value.kind]!;
  const facts = computeFacts(v.value, kind.agenda);
  return { facts, score: score(kind, rubric.levels, facts, claimsOf(v.value)) };
}
const crit = (s: ReturnType<typeof scored>['score'], id: string) => s.criteria.find((c) => c.id === id)!;

describe('facts', () => {
  it('are those of the spec example', () => {
    const { facts } = scored();
    expect(facts).toMatchObject({
      eligible: 23, absent_unexcused: 0, duration_minutes: 105, speaker_count: 7, agenda_missing: 0,
      minutes_complete: true, 'preparation.prepared_by': 'secretary', 'previous_resolution.achieved_percent': 95,
      'preparation.documents_posted_days_before': null, tasks_assigned: 1, vote_recorded: true, 'thematic.plan': null,
    });
    expect(facts.attendance_rate).toBeCloseTo(21 / 23, 12);
    expect(facts.speaker_rate).toBeCloseTo(7 / 21, 12);
  });
  it('duration is 0 when the end is not after the start; speaker rate 0 when nobody is present', () => {
    const { facts } = scored((r) => { r.time = { start: '15:00', end: '14:00' }; r.members.present = 0; });
    expect(facts.duration_minutes).toBe(0);
    expect(facts.speaker_rate).toBe(0);
  });
  it('minutes are incomplete when the attendance does not balance', () => {
    expect(scored((r) => { r.members.present = 20; }).facts.minutes_complete).toBe(false);
  });
  it('speakers are counted once each, across the overall list and the agenda parts, names folded', () => {
    const { facts } = scored((r) => {
      r.speakers = ['Hoàng Văn Em', 'Vũ Thị Giang'];
      r.agenda[0].speakers = ['hoang van em', 'Đỗ Văn Hải'];
      r.agenda[1].speakers = [];
    });
    expect(facts.speaker_count).toBe(3);
  });
  it('blank thematic fields are absent', () => {
    expect(scored((r) => { r.thematic = { plan: '  ', topic: 'T' }; }).facts).toMatchObject({ 'thematic.plan': null, 'thematic.topic': 'T' });
  });
});

describe('scoring', () => {
  it('gives the spec example 97 and Tốt, criterion 3 with a ceiling of 29', () => {
    const { score: s } = scored();
    expect(s.total).toBe(97);
    expect(s.max).toBe(100);
    expect(s.rating).toBe('tot');
    expect(crit(s, '3')).toMatchObject({ ceiling: 29, claimed: 27, score: 27 });
  });
  it('compares the exact fraction: 43/48 is below 0.90', () => {
    const { score: s } = scored((r) => { r.members = { total: 48, present: 43, absent_excused: Array.from({ length: 5 }, (_, i) => ({ name: `V${i}`, reason: 'x' })) }; });
    expect(crit(s, '1').items[0]!.value).toBe(12);
  });
  it('traces the band that applied and the facts the item reads', () => {
    const { score: s } = scored((r) => { r.members = { total: 48, present: 43, absent_excused: Array.from({ length: 5 }, (_, i) => ({ name: `V${i}`, reason: 'x' })) }; });
    expect(crit(s, '1').items[0]!.trace).toEqual({ band: 1, stopped: null, caps: [], facts: ['attendance_rate'] });
    expect(crit(scored().score, '1').items[0]!.trace).toEqual({ band: 0, stopped: null, caps: [], facts: ['attendance_rate'] });
  });
  it('93 points with criterion 2 at 18/20 is Khá (the gate)', () => {
    const { score: s } = scored((r) => { r.assessment.scores = { 1: 20, 2: 18, 3: 25, 4: 15, 5: 15 }; });
    expect(s.total).toBe(93);
    expect(s.rating).toBe('kha');
  });
  it('never raises a score above the claim, never accepts a claim above the ceiling', () => {
    expect(crit(scored((r) => { r.assessment.scores['3'] = 20; }).score, '3').score).toBe(20);
    expect(crit(scored((r) => { r.assessment.scores['3'] = 30; }).score, '3').score).toBe(29);
  });
  it('uses a judged item claim, cut to 0..max, for the ceiling', () => {
    const s = scored((r) => { r.assessment.scores['3.2'] = 3; r.assessment.scores['3'] = 29; }).score;
    expect(crit(s, '3')).toMatchObject({ ceiling: 27, score: 27 });
  });
  it('without a criterion claim: measured points plus judged claims (unclaimed judged items count 0)', () => {
    const s = scored((r) => { delete r.assessment.scores['3']; r.assessment.scores['3.2'] = 2; }).score;
    expect(crit(s, '3').score).toBe(10 + 2 + 4 + 5 + 5);
    const none = scored((r) => { delete r.assessment.scores['2']; }).score;
    expect(crit(none, '2').score).toBe(15);
  });
  it('a rating-only assessment gets the measured points alone', () => {
    const s = scored((r) => { r.assessment = { rating: 'Tốt' }; }).score;
    expect(crit(s, '4').score).toBe(0);
    expect(crit(s, '2').score).toBe(15);
    expect(s.total).toBe(20 + 15 + 24 + 0 + 15);
  });
  it('criterion 5 is judged when the previous resolution is not written', () => {
    const s = scored((r) => { delete r.previous_resolution; r.assessment.scores['5'] = 11; }).score;
    expect(crit(s, '5')).toMatchObject({ ceiling: 11, score: 11 });
    expect(crit(s, '5').items[0]!.missingFacts).toEqual(['previous_resolution.achieved_percent']);
  });
  it('a missing yes/no fact scores 0 (what the minutes do not show is not credited)', () => {
    const s = scored((r) => { delete r.preparation.committee_met; }).score;
    expect(crit(s, '2').ceiling).toBe(15);
  });
  it('combined meetings need 120 minutes for full duration points', () => {
    const s = scored((r) => { r.kind = 'combined'; r.agenda.push({ type: 'topic' }); r.time.end = '15:40'; }).score;
    expect(crit(s, '3').items.find((i) => i.id === '3.4')!.value).toBe(3);
  });
  it('thematic meetings score their own criteria 2 and 5', () => {
    const s = scored((r) => {
      r.kind = 'thematic';
      r.agenda = [{ type: 'topic' }, { type: 'discussion' }, { type: 'conclusion' }];
      r.thematic = { topic: 'T', plan: 'KH', conclusion: 'C' };
      r.assessment.scores = { 1: 20, 2: 20, 3: 30, 4: 15, 5: 15 };
    }).score;
    expect(crit(s, '2')).toMatchObject({ ceiling: 15, score: 15 });
    expect(crit(s, '5').name).toEqual({ vi: 'Kết luận và tiếp thu hoàn thiện chuyên đề', en: "Conclusion, and the topic completed with members' input" });
    expect(crit(s, '5').score).toBe(15);
  });
  it('the rating follows the bands: 70 Khá, 50 Trung bình, below Kém', () => {
    const at = (two: number, three: number) => scored((r) => { r.assessment.scores = { 1: 20, 2: two, 3: three, 4: 0, 5: 15 }; }).score;
    expect(at(20, 15)).toMatchObject({ total: 70, rating: 'kha' });
    expect(at(20, 14)).toMatchObject({ total: 69, rating: 'trung_binh' });
    expect(at(15, 0)).toMatchObject({ total: 50, rating: 'trung_binh' });
    expect(at(14, 0)).toMatchObject({ total: 49, rating: 'kem' });
  });
});
