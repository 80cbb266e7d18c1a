// The rubric language at its edges: item gates, vetoes, deductions and bonuses, conditions on the
// cell and the meeting, facts from other records; and the README's worked example, loaded as written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkAcross, type LoadedRubric } from '../src/check.js';
import { acrossFacts } from '../src/facts/across.js';
import type { MeetingInfo } from '../src/facts/meeting.js';
import { rubricFromText } from '../src/data-file.js';
import { rubricTable } from '../src/report/rubric-table.js';
import type { Rubric } from '../src/rubric/rubric.js';
import { checkText, goodRecord, problemOf, ROOT, rulesOf } from './helpers.js';

/** The YAML block of the README that holds `id: <id>`, as written there. */
function readmeRubric(id: string): string {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.startsWith(`id: ${id}\n`));
  if (!block) throw new Error(`README has no rubric ${id}`);
  return block;
}

function compiled(text: string): Rubric {
  const r = rubricFromText(new TextEncoder().encode(text), 'r.yaml');
  if ('error' in r) throw new Error(JSON.stringify(r.error.mistakes));
  return r.rubric;
}

const loaded = (rubric: Rubric): LoadedRubric => ({ key: `test:${rubric.id}`, rubric });

/** goodRecord() changed, then checked with `rubric`. */
function check(rubric: Rubric, change: (r: Record<string, any>) => void, lang: 'vi' | 'en' = 'en') {
  const r = goodRecord();
  delete r.rubric;
  change(r);
  return checkText(stringify(r), lang, { rubric: loaded(rubric) });
}

describe("the README's worked example (item gate, veto, deduction, cell condition)", () => {
  const rubric = compiled(readmeRubric('my-province-2'));
  /** 20 members, all present, a 100-minute meeting, the resolution posted; claims 1: 10, 2: 10. */
  const good = (r: Record<string, any>) => {
    r.members = { total: 20, present: 20 };
    r.vote = { for: 20, against: 0, abstain: 0 };
    r.time = { start: '14:00', end: '15:40' };
    r.followup = { resolution_posted_days_after: 1 };
    r.assessment = { scores: { '1': 10, '2': 10 }, total: 20, rating: 'Tốt' };
  };

  it('loads: 20 points at most, the deduction not counted', () => {
    expect(rubric.kinds.regular!.max).toBe(20);
    expect(rubric.kinds.regular!.criteria.map((c) => [c.id, c.role])).toEqual([['1', 'score'], ['2', 'score'], ['3', 'deduction']]);
  });

  it('scores a good record 20, Tốt, with no problem', () => {
    const result = check(rubric, good);
    expect(result.problems).toEqual([]);
    expect(result.score).toMatchObject({ total: 20, sum: 20, max: 20, rating: 'tot' });
  });

  it('an item gate: attendance short of full marks bars Tốt, though the total is 18', () => {
    const result = check(rubric, (r) => {
      good(r);
      r.members = { total: 20, present: 17, absent_excused: [{ name: 'A', reason: 'Ốm' }, { name: 'B', reason: 'Ốm' }, { name: 'C', reason: 'Ốm' }] };
      r.vote = { for: 17, against: 0, abstain: 0 };
      r.assessment = { scores: { '1': 7, '2': 10 }, total: 17, rating: 'Tốt' };
    });
    expect(result.score).toMatchObject({ total: 17, rating: 'kha' });
    expect(result.score!.levels[0]).toEqual({ id: 'tot', min: false, short: [{ id: '1.1', score: 3, max: 6 }], vetoed: [], unknown: [] });
    expect(problemOf(result, 'rating-overstated')!.message).toBe(
      'Rated Tốt, but item 1.1 has 3 of 6 points (3 short) and the total is 17, below the 18 that Tốt needs; Tốt needs full marks in item 1.1. The scores allow Khá.');
  });

  it('the gate met: the item at full marks while another item is short', () => {
    const result = check(rubric, (r) => {
      good(r);
      r.time = { start: '14:00', end: '15:00' };
      r.assessment = { scores: { '1': 6, '2': 10 }, total: 16, rating: 'Khá' };
    });
    expect(result.score!.levels[0]!.short).toEqual([]);
    expect(result.score).toMatchObject({ total: 16, rating: 'kha' });
  });

  it('a veto bars Tốt at 20 points, and rating-overstated names it in both languages', () => {
    const absent = (r: Record<string, any>) => {
      good(r);
      r.members = { total: 21, present: 20, absent_unexcused: ['Nguyễn Văn Vắng'] };
    };
    const en = check(rubric, absent);
    expect(en.score).toMatchObject({ total: 20, rating: 'kha' });
    expect(en.score!.levels[0]).toMatchObject({ min: true, short: [], vetoed: [0] });
    expect(problemOf(en, 'rating-overstated')!.message).toBe(
      'Rated Tốt, but Tốt is barred: a member was absent without reason (02-QĐ/TU, Điều 5). The scores allow Khá.');
    const vi = check(rubric, absent, 'vi');
    expect(problemOf(vi, 'rating-overstated')!.message).toBe(
      'Chi bộ tự xếp loại Tốt, nhưng loại Tốt không được xét khi có đảng viên vắng không lý do (02-QĐ/TU, Điều 5). Với số điểm này, kỳ sinh hoạt chỉ được xếp loại Khá.');
  });

  it('a cell condition: 90 minutes is full marks for 29 members, not for 30 (counting the exempt)', () => {
    const at = (total: number, exempt: number, minutes: number) => check(rubric, (r) => {
      good(r);
      r.members = { total, exempt, present: total - exempt };
      r.vote = { for: total - exempt, against: 0, abstain: 0 };
      r.time = { start: '14:00', end: `${14 + Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}` };
    }).score!.criteria[0]!.items[1]!.value;
    expect([at(29, 0, 90), at(29, 0, 89), at(30, 0, 90), at(30, 0, 120), at(30, 2, 119)]).toEqual([4, 0, 0, 4, 0]);
  });

  it('a deduction takes points off, and never takes the total below 0', () => {
    const unposted = check(rubric, (r) => { good(r); delete r.followup; r.assessment = { scores: { '1': 10, '2': 10 }, total: 15, rating: 'Khá' }; });
    expect(rulesOf(unposted)).toEqual([]);
    expect(unposted.score!.criteria[2]).toMatchObject({ role: 'deduction', score: -5 });
    const ignored = check(rubric, (r) => { good(r); delete r.followup; r.assessment = { scores: { '1': 10, '2': 10 }, total: 20, rating: 'Khá' }; });
    expect(problemOf(ignored, 'score-sum')!.message).toBe('The claimed total is 20, but 10 + 10 + 3: -5 add up to 15. Make them agree.');
    expect(unposted.score).toMatchObject({ sum: 15, total: 15, rating: 'kha' });
    const nothing = check(rubric, (r) => {
      good(r);
      delete r.followup;
      r.members = { total: 20, present: 10, absent_excused: Array.from({ length: 10 }, (_, i) => ({ name: `V${i}`, reason: 'Ốm' })) };
      r.vote = { for: 10, against: 0, abstain: 0 };
      r.time = { start: '14:00', end: '14:30' };
      r.assessment = { scores: { '1': 0, '2': 2 } };
    });
    expect(nothing.score).toMatchObject({ sum: -3, total: 0, rating: 'kem' });
  });

  it('claims on a deduction lie within minus its maximum and 0; a total may be written as kept within 0 and the maximum', () => {
    const claimed = check(rubric, (r) => {
      good(r);
      delete r.followup;
      r.assessment = { scores: { '1': 10, '2': 10, '3': -5 }, total: 15, rating: 'Khá' };
    });
    expect(rulesOf(claimed)).toEqual([]);
    expect(claimed.score!.criteria[2]).toMatchObject({ claimed: -5, score: -5 });
    const out = check(rubric, (r) => { good(r); r.assessment = { scores: { '1': 10, '2': 10, '3': -6 }, total: 14, rating: 'Khá' }; });
    expect(problemOf(out, 'score-range')!.message).toBe('The claimed -6 for criterion 3 is outside -5–0.');
    // A claim smaller than the facts' deduction cannot stand: the record shows the resolution unposted.
    const smaller = check(rubric, (r) => { good(r); delete r.followup; r.assessment = { scores: { '1': 10, '2': 10, '3': 0 }, total: 20, rating: 'Tốt' }; });
    expect(smaller.score!.criteria[2]).toMatchObject({ claimed: 0, ceiling: -5, score: -5 });
    expect(rulesOf(smaller)).toEqual(expect.arrayContaining(['score-overclaimed', 'rating-overstated']));
  });

  it('the pretty report shows what a deduction took off', async () => {
    const { default: pretty } = await import('../src/report/pretty.js');
    const result = check(rubric, (r) => { good(r); delete r.followup; r.assessment = { scores: { '1': 10, '2': 10 }, total: 15, rating: 'Khá' }; });
    const text = [...pretty({ results: () => [result], summary: { files: 1, errors: 0, warnings: 0, ratings: { tot: 0, kha: 1, trung_binh: 0, kem: 0 } } }, { lang: 'en', color: 0, toolVersion: '0' })].join('');
    expect(text).toMatch(/3 {2}Điểm trừ +– +-5 +-5$/m);
    expect(text).not.toContain('score-sum');
    expect(text).toMatch(/Total +15 +15\/20 {2}Khá/);
  });

  it('`chibo rubric` shows the gate, the veto, the deduction and the cell condition in words', () => {
    const en = rubricTable(rubric, 'en');
    expect(en).toContain('3     Điểm trừ  [deduction, up to 5]');
    expect(en).toContain('followup.resolution_posted_days_after not written → -5');
    expect(en).toContain('members_total ≥ 30 and duration_minutes ≥ 120 → 4');
    expect(en).toContain('Total: 20 (bonuses and deductions on top; the total stays within 0 and 20)');
    expect(en).toContain('Tốt         from 18 points; full marks in 1.1  (02-QĐ/TU, Điều 5)');
    expect(en).toContain('barred when absent_unexcused > 0: a member was absent without reason  (02-QĐ/TU, Điều 5)');
    const vi = rubricTable(rubric, 'vi');
    expect(vi).toContain('3     Điểm trừ  [điểm trừ, trừ tối đa 5]');
    expect(vi).toContain('tổng số đảng viên từ 30 trở lên và thời lượng buổi sinh hoạt từ 120 phút trở lên → 4');
    expect(vi).toContain('không ghi số ngày đăng nghị quyết sau buổi sinh hoạt → -5');
    expect(vi).toContain('không xét khi số đảng viên vắng không có lý do trên 0: có đảng viên vắng không lý do');
    expect(vi).toContain('đạt điểm tối đa ở các tiêu chí, mục 1.1');
  });
});

describe('bonuses', () => {
  const rubric = compiled(`id: b
title: B
rule: R
kinds: [regular]
minimum_duration:
  regular: { minutes: 90, source: s }
levels:
  - { id: tot, name: Tốt, min: 90, source: s }
  - { id: kem, name: Kém, min: 0, source: s }
criteria:
  - { id: "1", name: A, max: 100, judged: true, source: s }
  - id: "2"
    name: Thưởng
    bonus: true
    max: 5
    source: s
    bands:
      - { when: { fact: tasks_assigned, op: ">=", value: 1 }, points: 5 }
      - { points: 0 }
`);
  it('a claimed total may be the sum or the sum kept within the maximum', () => {
    const sum = (total: number) => rulesOf(check(rubric, (r) => { r.assessment = { scores: { '1': 100, '2': 5 }, total }; }));
    expect(sum(100)).toEqual([]);
    expect(sum(105)).toEqual([]);
    expect(sum(104)).toEqual(['score-sum']);
  });
  it('comes on top, and never takes the total above the maximum', () => {
    const full = check(rubric, (r) => { r.assessment = { scores: { '1': 100 } }; });
    expect(full.score).toMatchObject({ sum: 105, total: 100, max: 100, rating: 'tot' });
    const short = check(rubric, (r) => { r.assessment = { scores: { '1': 86 } }; });
    expect(short.score).toMatchObject({ sum: 91, total: 91, rating: 'tot' });
    const none = check(rubric, (r) => { delete r.tasks; r.assessment = { scores: { '1': 86 } }; });
    expect(none.score).toMatchObject({ sum: 86, total: 86, rating: 'kem' });
  });
});

describe('facts from other records', () => {
  const meeting = (month: string, kind: MeetingInfo['kind'], excused: string[] = [], cell = 'Chi bộ A'): { meeting: MeetingInfo } => ({
    meeting: { cell, kind, date: `${month}-10`, month, review: true, tasks: true, excused: excused.map((name, index) => ({ name, index })), unexcused: [], upperLevel: false, cellType: null },
  });

  it('counts the longest run of regular meetings one member missed with reason, up to each meeting, within its year', () => {
    const facts = acrossFacts([
      meeting('2025-11', 'regular', ['Lê Văn Cường']),
      meeting('2025-12', 'regular', ['Lê Văn Cường']),
      meeting('2026-01', 'regular', ['Le Van Cuong']),
      meeting('2026-02', 'thematic', ['Lê Văn Cường', 'Bùi Thị Hoa']),
      meeting('2026-02', 'combined', ['Lê Văn Cường', 'Bùi Thị Hoa']),
      meeting('2026-03', 'regular', ['Bùi Thị Hoa']),
      meeting('2026-04', 'regular', []),
      meeting('2026-04', 'regular', ['Lê Văn Cường'], 'Chi bộ B'),
    ]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => facts.get(i)!.excused_streak_year)).toEqual([1, 2, 1, 1, 2, 2, 2, 1]);
  });

  it('knows whether a thematic meeting was held in the month and in the quarter', () => {
    const facts = acrossFacts([meeting('2026-01', 'regular'), meeting('2026-02', 'combined'), meeting('2026-04', 'regular'), meeting('2026-02', 'regular', [], 'Chi bộ B')]);
    expect([0, 1, 2, 3].map((i) => [facts.get(i)!.thematic_in_month, facts.get(i)!.thematic_in_quarter])).toEqual([
      [false, true], [true, true], [false, false], [false, false],
    ]);
  });

  it('are unknown when a record is checked alone: an item that needs them keeps its claim, and fact-missing says why', () => {
    const rubric = compiled(`id: x
title: X
rule: R
kinds: [regular]
minimum_duration:
  regular: { minutes: 90, source: s }
levels:
  - id: tot
    name: Tốt
    min: 9
    vetoes:
      - { when: { fact: thematic_in_quarter, op: "=", value: false }, source: s, message: { vi: "quý không có sinh hoạt chuyên đề", en: "no thematic meeting this quarter" } }
    source: s
  - { id: kem, name: Kém, min: 0, source: s }
criteria:
  - id: "1"
    name: A
    max: 10
    source: s
    bands:
      - { when: { fact: excused_streak_year, op: "<=", value: 3 }, points: 10 }
      - { points: 0 }
`);
    expect(rubric.kinds.regular!.across).toBe(true);
    const alone = check(rubric, (r) => { r.assessment = { scores: { '1': 10 } }; });
    expect(alone.score!.criteria[0]).toMatchObject({ ceiling: 10, score: 10 });
    expect(alone.score!.criteria[0]!.items[0]).toMatchObject({ measured: false, missingFacts: ['excused_streak_year'] });
    // An unknown veto does not bar the level; the scorer says it was unknown.
    expect(alone.score!.levels[0]).toMatchObject({ vetoed: [], unknown: [0] });
    expect(alone.score!.rating).toBe('tot');
    expect(problemOf(alone, 'fact-missing')!.message).toContain("Item 1 needs facts from the cell's other records: excused_streak_year.");
    const vi = check(rubric, (r) => { r.assessment = { scores: { '1': 8 } }; }, 'vi');
    expect(problemOf(vi, 'fact-missing')!.message).toBe(
      'Tiêu chí 1 cần dữ kiện từ các biên bản khác của chi bộ: số kỳ sinh hoạt liên tiếp nhiều nhất trong năm mà một đảng viên vắng có lý do. Dữ kiện này chỉ có khi kiểm tra các biên bản cùng nhau (cả thư mục hoặc nhiều tệp); kiểm tra riêng biên bản này nên mục được tính theo điểm tự chấm.');

    const together = check(rubric, (r) => { r.assessment = { scores: { '1': 10 } }; }, 'en');
    expect(together.score!.criteria[0]!.score).toBe(10);
    const known = checkText(stringify({ ...goodRecord(), rubric: undefined, assessment: { scores: { '1': 10 }, rating: 'Tốt' } }), 'en', {
      rubric: loaded(rubric), across: { excused_streak_year: 4, thematic_in_month: false, thematic_in_quarter: false },
    });
    expect(known.score).toMatchObject({ total: 0, rating: 'kem' });
    expect(known.score!.levels[0]).toMatchObject({ vetoed: [0] });
    expect(rulesOf(known)).not.toContain('fact-missing');
  });
});

describe('absence-streak takes its streak and citation from the rubric', () => {
  const entry = (month: string, rubricKey: string | null) => ({
    file: `${month}.yaml`, rubricKey,
    meeting: { cell: 'Chi bộ A', kind: 'regular' as const, date: `${month}-10`, month, review: true, tasks: true, excused: [{ name: 'Lê Văn Cường', index: 0 }], unexcused: [], upperLevel: false, cellType: null },
  });
  const strict = compiled(`${readmeRubric('my-province-2')}absence_streak: { max: 2, source: { vi: "02-QĐ/TU: vắng quá 2 kỳ liên tiếp", en: "02-QĐ/TU: more than 2 in a row" } }\n`);
  const rubrics = new Map([['strict', strict]]);
  /** The absence-streak problems alone, by record. */
  const streaks = (found: ReturnType<typeof checkAcross>) =>
    new Map([...found].map(([i, ps]) => [i, ps.filter((p) => p.rule === 'absence-streak')] as const).filter(([, ps]) => ps.length > 0));

  it('warns on the third meeting in a row under a rubric that allows 2, citing it', () => {
    const found = streaks(checkAcross([entry('2026-01', 'strict'), entry('2026-02', 'strict'), entry('2026-03', 'strict')], 'en', '2026-12-31', rubrics));
    expect([...found.keys()]).toEqual([2]);
    expect(found.get(2)![0]!.message).toBe(
      'Lê Văn Cường was absent with reason from 3 regular meetings of Chi bộ A in a row (01/2026, 02/2026 and 03/2026). 02-QĐ/TU: more than 2 in a row.');
  });
  it('keeps more than 3 without the key (or the rubric)', () => {
    const three = [entry('2026-01', null), entry('2026-02', null), entry('2026-03', null)];
    expect(streaks(checkAcross(three, 'en', '2026-12-31', rubrics)).size).toBe(0);
    const found = streaks(checkAcross([...three, entry('2026-04', null)], 'vi', '2026-12-31', rubrics));
    expect(found.get(3)![0]!.message).toContain('Hướng dẫn 12-HD/BTCTW: vắng quá 3 kỳ liên tiếp cần được chi bộ xem xét.');
  });
});
