// The second bundled rubric, hd42-an-phu: each item of its table at the edges of its bands.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { checkText, EXAMPLES, problemOf, rulesOf } from './helpers.js';

const base = () => parseYaml(readFileSync(`${EXAMPLES}hd42-regular.yaml`, 'utf8'), { version: '1.2' }) as Record<string, any>;

function scored(change: (r: Record<string, any>) => void) {
  const r = base();
  change(r);
  const result = checkText(stringify(r));
  if (!result.score) throw new Error(JSON.stringify(result.problems));
  const item = (id: string) => result.score!.criteria.flatMap((c) => c.items).find((i) => i.id === id)!.value;
  return { result, item, criterion: (id: string) => result.score!.criteria.find((c) => c.id === id)! };
}

/** 20 eligible members; `present` of them present, the rest excused. */
const attendance = (present: number, unexcused = 0) => (r: Record<string, any>) => {
  r.members = {
    total: 20, present,
    absent_excused: Array.from({ length: 20 - present - unexcused }, (_, i) => ({ name: `Vắng ${i}`, reason: 'Ốm' })),
    absent_unexcused: Array.from({ length: unexcused }, (_, i) => `Không lý do ${i}`),
  };
  r.speakers = r.speakers.slice(0, Math.min(present, r.speakers.length));
  r.vote = { for: present, against: 0, abstain: 0 };
};

describe('hd42-an-phu', () => {
  it('scores the example as the table says: 97 points, Tốt, no problems', () => {
    const { result } = scored(() => {});
    expect(result.rubric).toBe('hd42-an-phu');
    expect(result.problems).toEqual([]);
    expect(result.score).toMatchObject({ total: 97, max: 100, rating: 'tot' });
  });

  it.each([[90, 5], [89, 4], [75, 4], [74, 3], [60, 3], [59, 2], [45, 2], [44, 1]])(
    'criterion 1, regular: %i minutes → %i', (minutes, points) => {
      const end = 19 * 60 + minutes;
      const { item } = scored((r) => { r.time.end = `${Math.floor(end / 60)}:${String(end % 60).padStart(2, '0')}`; });
      expect(item('1')).toBe(points);
    });

  it.each([[120, 5], [119, 4], [105, 4], [104, 3], [90, 3], [89, 2], [60, 2], [59, 1]])(
    'criterion 1, combined: %i minutes → %i', (minutes, points) => {
      const end = 18 * 60 + minutes;
      const { item } = scored((r) => {
        r.kind = 'combined'; r.time.start = '18:00';
        r.time.end = `${Math.floor(end / 60)}:${String(end % 60).padStart(2, '0')}`;
        r.agenda.push({ type: 'topic' });
        r.thematic = { topic: 'T', plan: 'KH', presenter: 'Võ Thị Kim', conclusion: 'C' };
      });
      expect(item('1')).toBe(points);
    });

  it.each([[18, 4], [17, 3], [15, 3], [14, 2], [13, 2], [12, 1]])('2.1: %i of 20 present → %i', (present, points) => {
    expect(scored(attendance(present)).item('2.1')).toBe(points);
  });

  it('2.1 is capped at 1 point with one member absent without reason', () => {
    const { item, result } = scored(attendance(19, 1));
    expect(item('2.1')).toBe(1);
    expect(problemOf(result, 'score-overclaimed')!.message).toContain('1 member absent without reason');
  });

  it.each([[11, 19, 5], [10, 20, 4], [8, 20, 4], [7, 20, 3], [6, 20, 3], [5, 20, 2]])(
    '4.5: %i speakers of %i present → %i (more than half for 5)', (speakers, present, points) => {
      const { item } = scored((r) => {
        attendance(present)(r);
        r.speakers = Array.from({ length: speakers }, (_, i) => `Người ${i}`);
      });
      expect(item('4.5')).toBe(points);
    });

  it.each([[0, 1], [2, 1], [3, 0]])('8.3: resolution posted %i days after → %i', (days, points) => {
    expect(scored((r) => { r.followup.resolution_posted_days_after = days; }).item('8.3')).toBe(points);
  });
  it('8.3 scores 0 when the resolution is not posted; 8.1 scores 0 without a vote', () => {
    const { item } = scored((r) => { delete r.followup; delete r.vote; });
    expect(item('8.3')).toBe(0);
    expect(item('8.1')).toBe(0);
  });
  it('3.5 needs documents a day before; 4.8 credits documents posted at all', () => {
    const sameDay = scored((r) => { r.preparation.documents_posted_days_before = 0; });
    expect([sameDay.item('3.5'), sameDay.item('4.8')]).toEqual([0, 1]);
    const none = scored((r) => { delete r.preparation.documents_posted_days_before; });
    expect([none.item('3.5'), none.item('4.8')]).toEqual([0, 0]);
  });
  it.each([[90, 30], [89.9, 27], [80, 27], [70, 24], [60, 20], [50, 15], [49, 10]])('7: %d%% achieved → %i', (pct, points) => {
    expect(scored((r) => { r.previous_resolution.achieved_percent = pct; }).item('7')).toBe(points);
  });
  it('7 is judged, with fact-missing, when the previous resolution is not written', () => {
    const { result, criterion } = scored((r) => { delete r.previous_resolution; });
    expect(rulesOf(result)).toContain('fact-missing');
    expect(criterion('7')).toMatchObject({ ceiling: 27, score: 27 });
  });
  it('4.2 is worth 15 in regular meetings; 4.3 exists only in combined and thematic ones', () => {
    const regular = scored(() => {});
    expect(regular.criterion('4').items.map((i) => [i.id, i.max])).toEqual([['4.1', 5], ['4.2', 15], ['4.4', 2], ['4.5', 5], ['4.6', 1], ['4.7', 1], ['4.8', 1]]);
    const thematic = scored((r) => {
      r.kind = 'thematic';
      r.agenda = [{ type: 'topic' }, { type: 'discussion' }, { type: 'conclusion' }];
      r.thematic = { topic: 'T', plan: 'KH', conclusion: 'C' };
    });
    expect(thematic.criterion('4').items.map((i) => [i.id, i.max])).toEqual([['4.1', 5], ['4.2', 10], ['4.3', 5], ['4.4', 2], ['4.5', 5], ['4.6', 1], ['4.7', 1], ['4.8', 1]]);
    expect(thematic.item('4.3')).toBe(0);
    expect(rulesOf(thematic.result)).toContain('thematic-incomplete');
  });
  it('has no gate: 90 points with criterion 7 short is still Tốt', () => {
    const { result } = scored((r) => { r.previous_resolution.achieved_percent = 70; r.assessment.scores['7'] = 24; r.assessment.total = 94; });
    expect(result.score).toMatchObject({ total: 94, rating: 'tot' });
  });
});
