// Every rule: a record that triggers it and one that does not.
import { describe, expect, it } from 'vitest';
import { RULES as ALL_RULES } from '../src/rules/index.js';

// The cross-record rules have their own tests (cross.test.ts).
const RULES = ALL_RULES.filter((r) => r.checkAll === undefined);
import { checkText, checkVariant, goodRecord, problemOf, rulesOf } from './helpers.js';
import { CASES } from './rule-cases.js';

describe('every rule', () => {
  it('has a case here', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('fires on a record that breaks it, with a located message in both languages', () => {
        const result = CASES[rule.id]!.trigger();
        const p = problemOf(result, rule.id);
        expect(p, JSON.stringify(result.problems)).toBeDefined();
        expect(p!.message.length).toBeGreaterThan(20);
        if (!['file-unreadable', 'limit-exceeded'].includes(rule.id)) expect(p!.line).toBeGreaterThanOrEqual(1);
      });
      it('stays quiet on a record that keeps it', () => {
        expect(rulesOf(CASES[rule.id]!.pass())).not.toContain(rule.id);
      });
      it('has messages in Vietnamese and English', () => {
        expect(rule.description.vi).not.toEqual(rule.description.en);
      });
    });
  }
});

describe('messages', () => {
  it('rating-overstated names each criterion short and by how much (English)', () => {
    const r = checkVariant((rec) => { rec.assessment.scores['2'] = 18; rec.assessment.total = 95; });
    expect(problemOf(r, 'rating-overstated')!.message).toBe(
      'Rated Tốt, but criterion 2 has 18 of 20 points (2 short); Tốt needs full marks in criteria 1, 2, 4 and 5. The scores allow Khá.',
    );
  });
  it('rating-overstated in Vietnamese', () => {
    const r = checkVariant((rec) => { rec.assessment.scores['2'] = 18; rec.assessment.total = 95; }, 'vi');
    expect(problemOf(r, 'rating-overstated')!.message).toBe(
      'Chi bộ tự xếp loại Tốt, nhưng tiêu chí 2 chỉ đạt 18/20 điểm (thiếu 2); loại Tốt cần đạt điểm tối đa ở các tiêu chí 1, 2, 4 và 5. Với số điểm này, kỳ sinh hoạt chỉ được xếp loại Khá.',
    );
  });
  it('score-overclaimed names the fact that caps the score', () => {
    const r = checkVariant((rec) => { rec.members.absent_unexcused = ['Vũ Văn Nam']; rec.members.present = 20; rec.vote.for = 20; });
    const p = problemOf(r, 'score-overclaimed')!;
    expect(p.message).toContain('1 member absent without reason');
    expect(p.path).toBe('assessment.scores.1');
  });
  it('a bare Tốt with no scores is overstated, judged criteria counting 0', () => {
    const r = checkVariant((rec) => { rec.assessment = { rating: 'Tốt' }; });
    expect(rulesOf(r)).toContain('rating-overstated');
    expect(problemOf(r, 'rating-overstated')!.message).toContain('No scores are written');
    expect(r.score!.criteria.find((c) => c.id === '4')!.score).toBe(0);
    expect(rulesOf(r)).toContain('score-missing');
  });
  it('agenda-missing takes the rubric severity: political_ideology is an error', () => {
    const r = checkVariant((rec) => { rec.agenda = rec.agenda.filter((a: any) => a.type !== 'political_ideology'); });
    expect(problemOf(r, 'agenda-missing')!.severity).toBe('error');
    const w = checkVariant((rec) => { rec.agenda = rec.agenda.filter((a: any) => a.type !== 'plan'); });
    expect(problemOf(w, 'agenda-missing')!.severity).toBe('warning');
  });
  it('names in NFD with double spaces are the same person as in NFC', () => {
    const r = checkVariant((rec) => { rec.speakers.push('Phạm  Thị Dung '.normalize('NFD')); });
    expect(problemOf(r, 'absent-but-active')!.message).toContain('"Phạm Thị Dung"');
  });
  it('names without diacritics or in another case are the same person', () => {
    const r = checkVariant((rec) => { rec.speakers.push('Pham Thi Dung'); });
    expect(problemOf(r, 'absent-but-active')!.message).toBe('"Pham Thi Dung" is listed as absent but is listed as a speaker. Correct the absence lists or this entry.');
    const chair = checkVariant((rec) => { rec.members.absent_unexcused = ['NGUYỄN VĂN AN']; rec.members.present = 20; rec.chair = 'Nguyễn Văn An'; });
    expect(problemOf(chair, 'absent-but-active')).toBeDefined();
    const twice = checkVariant((rec) => { rec.members.absent_unexcused = ['Le Van Cuong']; rec.members.present = 20; });
    expect(problemOf(twice, 'absence-duplicate')!.message).toContain('"Le Van Cuong"');
    expect(rulesOf(checkVariant((rec) => { rec.speakers.push('Pham Thi Dung Anh'); }))).not.toContain('absent-but-active');
  });
  it('the same speaker written twice counts once', () => {
    const r = checkVariant((rec) => { rec.speakers.push(' Hoàng Văn Em'); });
    expect(r.facts!.speaker_count).toBe(7);
    expect(checkVariant((rec) => { rec.speakers.push('hoang van em'); }).facts!.speaker_count).toBe(7);
  });
});
