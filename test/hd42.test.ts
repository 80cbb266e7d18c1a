// The second bundled rubric, hd42-an-phu: each item of its table at the edges of its bands.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { checkText, chiboJson, EXAMPLES, problemOf, rulesOf, spawnChibo } from './helpers.js';

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
  it('scores the example as the table says: 97 points, Tốt; checked alone, 2.2 keeps its claim and says why', () => {
    const { result, item } = scored(() => {});
    expect(result.rubric).toBe('hd42-an-phu');
    expect(rulesOf(result)).toEqual(['fact-missing']);
    expect(problemOf(result, 'fact-missing')).toMatchObject({
      path: 'date', line: 6,
      message: "Item 2.2 needs facts from the cell's other records: excused_streak_year. They are known only when records are checked together (a folder, or several files); checked alone, the item was taken as judged from the claimed score.",
    });
    expect(item('2.2')).toBe(1);
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

  /** A cell of `total` members, one of them excused. */
  const cellOf = (total: number) => (r: Record<string, any>) => {
    r.members = { total, present: total - 1, absent_excused: [{ name: 'Huỳnh Văn Lộc', reason: 'Ốm' }] };
    r.vote = { for: total - 1, against: 0, abstain: 0 };
  };
  const lasting = (minutes: number) => (r: Record<string, any>) => {
    const end = 18 * 60 + minutes;
    r.time = { start: '18:00', end: `${Math.floor(end / 60)}:${String(end % 60).padStart(2, '0')}` };
  };
  it.each([[29, 90, 5], [29, 89, 4], [30, 90, 3], [30, 119, 4], [30, 120, 5], [31, 59, 1], [29, 44, 1]])(
    'criterion 1, regular, %i members (all counted): %i minutes → %i (120-minute scale from 30 members)', (total, minutes, points) => {
      const { item } = scored((r) => { cellOf(total)(r); lasting(minutes)(r); });
      expect(item('1')).toBe(points);
    });
  it.each([[29, 90, false], [29, 89, true], [30, 119, true], [30, 120, false]])(
    'duration-short follows the same scale: %i members, %i minutes → warned: %s', (total, minutes, warned) => {
      const { result } = scored((r) => { cellOf(total)(r); lasting(minutes)(r); });
      const p = problemOf(result, 'duration-short');
      expect(p !== undefined).toBe(warned);
      if (p) expect(p.message).toContain(`less than the ${total >= 30 ? 120 : 90} minutes required`);
    });
  it('criterion 1 counts every member for the scale, the exempt too: 28 + 2 exempt is a cell of 30', () => {
    const { item } = scored((r) => { cellOf(30)(r); r.members.exempt = 2; r.members.present = 27; lasting(90)(r); });
    expect(item('1')).toBe(3);
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
  it('3.3 gives full marks to a cell with no chi ủy; a cell with one, or that does not say, needs the chi ủy to have met', () => {
    const noCommittee = scored((r) => { r.cell_has_committee = false; r.preparation.committee_met = false; });
    expect(noCommittee.item('3.3')).toBe(2);
    const withCommittee = scored((r) => { r.cell_has_committee = true; r.preparation.committee_met = false; });
    expect(withCommittee.item('3.3')).toBe(0);
    const unsaid = scored((r) => { r.preparation.committee_met = false; });
    expect(unsaid.item('3.3')).toBe(0);
    expect(scored((r) => { r.cell_has_committee = true; }).item('3.3')).toBe(2);
  });

  it('4.1 is all steps or nothing: 5, or 0 for one step missing (no 3), the reading of the minutes a step', () => {
    expect(scored(() => {}).item('4.1')).toBe(5);
    expect(scored((r) => { r.agenda = r.agenda.filter((a: any) => a.type !== 'minutes'); }).item('4.1')).toBe(0);
    expect(scored((r) => { r.agenda = r.agenda.filter((a: any) => a.type !== 'review'); }).item('4.1')).toBe(0);
  });

  it('has no gate: 90 points with criterion 7 short is still Tốt', () => {
    const { result } = scored((r) => { r.previous_resolution.achieved_percent = 70; r.assessment.scores['7'] = 24; r.assessment.total = 94; });
    expect(result.score).toMatchObject({ total: 94, rating: 'tot' });
  });
});

describe('hd42-an-phu across records: 2.2 and the thematic month', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** Writes the records, one per month from December 2025 back, and checks the folder (JSON report). */
  async function batch(records: Record<string, any>[]) {
    const dir = mkdtempSync(path.join(tmpdir(), 'chibo-hd42-'));
    dirs.push(dir);
    records.forEach((r, i) => writeFileSync(path.join(dir, `m${i}.yaml`), stringify(r)));
    const run = await chiboJson(['check', '.', '--as-of', '2026-12-31'], { cwd: dir });
    return (file: string) => run.report.results.find((x: any) => x.file === file);
  }
  /** The example moved to `month` (2026), with `away` excused. */
  const inMonth = (month: number, away = false, change: (r: Record<string, any>) => void = () => {}) => {
    const r = base();
    const mm = String(month).padStart(2, '0');
    r.date = `2026-${mm}-10`;
    if (away) r.members.absent_excused = [{ name: 'Huỳnh Văn Lộc', reason: 'Đi công tác' }];
    else { r.members.present = 20; delete r.members.absent_excused; r.vote = { for: 20, against: 0, abstain: 0 }; }
    change(r);
    return r;
  };
  const thematic = (r: Record<string, any>) => {
    r.kind = 'thematic';
    r.date = r.date.replace(/-10$/, '-25');
    r.agenda = [{ type: 'topic' }, { type: 'discussion' }, { type: 'conclusion' }, { type: 'minutes' }];
    r.thematic = { topic: 'Chuyển đổi số', plan: 'KH 01', presenter: 'Võ Thị Kim', conclusion: 'Thống nhất' };
    r.speakers = [...r.speakers, 'Huỳnh Văn Lộc'];
    delete r.assessment;
  };

  it('2.2: the same member absent with reason 4 meetings in a row takes the point off the fourth; 3 in a row keep it', async () => {
    const record = await batch([inMonth(1, true), inMonth(2, true), inMonth(3, true), inMonth(4, true), inMonth(5)]);
    const criterion2 = (f: string) => record(f).score.criteria.find((c: any) => c.id === '2');
    expect(record('m2.yaml').facts.excused_streak_year).toBe(3);
    expect(criterion2('m2.yaml')).toMatchObject({ ceiling: 5, score: 5 });
    expect(record('m3.yaml').facts.excused_streak_year).toBe(4);
    expect(criterion2('m3.yaml')).toMatchObject({ claimed: 5, ceiling: 4, score: 4 });
    expect(record('m3.yaml').problems.map((p: any) => p.rule)).toEqual(expect.arrayContaining(['absence-streak', 'score-overclaimed']));
    // The longest run of the year so far: it stays after the member comes back.
    expect(record('m4.yaml').facts.excused_streak_year).toBe(4);
    expect(record('m0.yaml').problems.map((p: any) => p.rule)).not.toContain('fact-missing');
  });

  it('2.2 in a batch on worker threads: the second pass, with the other records\' facts, runs there too, with the same report', async () => {
    const records = [inMonth(1, true), inMonth(2, true), inMonth(3, true), inMonth(4, true), inMonth(5)];
    const dir = mkdtempSync(path.join(tmpdir(), 'chibo-hd42-'));
    dirs.push(dir);
    records.forEach((r, i) => writeFileSync(path.join(dir, `m${i}.yaml`), stringify(r)));
    const reports = ['1', '2'].map((threads) => {
      const run = spawnChibo(['check', '.', '--as-of', '2026-12-31', '--format', 'json'], { cwd: dir, env: { CHIBO_THREADS: threads } });
      expect(run.stderr).toBe('');
      return run.stdout;
    });
    expect(reports[1]).toBe(reports[0]);
    const results = JSON.parse(reports[1]!).results;
    expect(results.map((r: any) => r.facts.excused_streak_year)).toEqual([1, 2, 3, 4, 4]);
    expect(results[3].score.criteria.find((c: any) => c.id === '2')).toMatchObject({ claimed: 5, ceiling: 4, score: 4 });
  });

  it('the first pass over a batch defers a record whose rubric reads other records\' facts, and only such a record', () => {
    const deferred = checkText(stringify(inMonth(4, true)), 'en', { deferAcross: true });
    expect(deferred).toMatchObject({ deferred: true, rubric: 'hd42-an-phu', facts: null, score: null, problems: [] });
    expect(deferred.meeting).toMatchObject({ month: '2026-04', excused: [{ name: 'Huỳnh Văn Lộc', index: 0 }] });
    const older = base();
    older.date = '2024-03-15';
    delete older.rubric;
    const scored = checkText(stringify(older), 'en', { deferAcross: true });
    expect(scored.rubric).toBe('lai-chau-14');
    expect(scored).not.toHaveProperty('deferred');
    // Nor a record that cannot be scored: its problems are what a report needs.
    const broken = inMonth(4, true);
    delete broken.chair;
    const invalid = checkText(stringify(broken), 'en', { deferAcross: true });
    expect(rulesOf(invalid)).toContain('schema');
    expect(invalid).not.toHaveProperty('deferred');
  });

  it('2.2 without the other records: the claim stands, and fact-missing says why', () => {
    const result = checkText(stringify(inMonth(4, true)));
    expect(result.facts!.excused_streak_year).toBeNull();
    expect(result.score!.criteria.find((c) => c.id === '2')).toMatchObject({ ceiling: 5, score: 5 });
    expect(rulesOf(result)).toContain('fact-missing');
  });

  it('a month with a thematic meeting: 4.3 counts in the thematic meeting; a regular month keeps 4.2 at 15', async () => {
    const record = await batch([inMonth(1), inMonth(1, false, thematic), inMonth(2)]);
    expect(record('m0.yaml').facts).toMatchObject({ thematic_in_month: true, thematic_in_quarter: true });
    expect(record('m2.yaml').facts).toMatchObject({ thematic_in_month: false, thematic_in_quarter: true });
    expect(record('m1.yaml').facts).toMatchObject({ kind: 'thematic', thematic_in_month: true });
    expect(record('m1.yaml').score.criteria.find((c: any) => c.id === '4')).toMatchObject({ max: 30, ceiling: 30 });
  });

  it('a thematic meeting is its own month\'s thematic meeting, checked alone or not: 4.3 needs no other record', () => {
    const result = checkText(stringify(inMonth(1, false, thematic)));
    expect(result.facts).toMatchObject({ thematic_in_month: true, thematic_in_quarter: true, excused_streak_year: null });
    expect(result.score!.criteria.flatMap((c) => c.items).find((i) => i.id === '4.3')).toMatchObject({ measured: true, value: 5 });
  });
});
