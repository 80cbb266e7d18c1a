// Cross-record rules, the summary of a year and yearly ratings.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkAcross, withCrossProblems, type RecordResult } from '../src/check.js';
import { yearlyRating, type MonthEntry } from '../src/score/summary.js';
import type { YearlyLevel } from '../src/validate/rubric.js';
import type { RatingId } from '../src/validate/text.js';
import { checkText, env, goodRecord, ROOT } from './helpers.js';

type Change = (r: Record<string, any>) => void;

/** A batch of records, each the clean record for a month with changes; files named m<index>.yaml. */
function batch(...months: [string, Change?][]): RecordResult[] {
  const results = months.map(([month, change], i) => {
    const r = goodRecord();
    r.date = `${month}-15`;
    // Different members absent each month, unless a change says otherwise.
    r.members.absent_excused = [{ name: `Đảng viên ${i}a`, reason: 'Ốm' }, { name: `Đảng viên ${i}b`, reason: 'Ốm' }];
    change?.(r);
    return { ...checkText(stringify(r)), file: `m${i}.yaml` };
  });
  const cross = checkAcross(results, 'en');
  return results.map((r, i) => withCrossProblems(r, cross.get(i), env('en')));
}
const found = (results: RecordResult[], rule: string) =>
  results.flatMap((r) => r.problems.filter((p) => p.rule === rule).map((p) => ({ file: r.file, ...p })));

const thematic: Change = (r) => {
  r.kind = 'thematic';
  r.date = r.date.replace(/-15$/, '-25');
  r.agenda = [{ type: 'topic' }, { type: 'discussion' }, { type: 'conclusion' }];
  r.thematic = { topic: 'T', plan: 'KH', presenter: 'Vũ Thị Giang', conclusion: 'C' };
};

describe('meeting-missing', () => {
  it('fires on the first meeting after a gap, naming the months and the records around it', () => {
    const results = batch(['2024-01'], ['2024-02'], ['2024-05']);
    const p = found(results, 'meeting-missing');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'm2.yaml', path: 'date' });
    expect(p[0]!.message).toContain('03/2024 and 04/2024');
    expect(p[0]!.message).toContain('between m1.yaml and m2.yaml');
  });
  it('is quiet for consecutive months, for a single record, and across cells', () => {
    expect(found(batch(['2024-01'], ['2024-02'], ['2024-03']), 'meeting-missing')).toEqual([]);
    expect(found(batch(['2024-01'], ['2024-04', (r) => { r.cell = 'Chi bộ khác'; }]), 'meeting-missing')).toEqual([]);
  });
  it('a combined meeting counts as the regular one; a thematic one does not', () => {
    const combined: Change = (r) => { thematic(r); r.kind = 'combined'; r.agenda.push({ type: 'current_affairs' }); };
    expect(found(batch(['2024-01'], ['2024-02', combined], ['2024-03']), 'meeting-missing')).toEqual([]);
    expect(found(batch(['2024-01'], ['2024-02', thematic], ['2024-03']), 'meeting-missing')).toHaveLength(1);
  });
  it('names are compared as names: spacing and Unicode form do not make a new cell', () => {
    const results = batch(['2024-01'], ['2024-03', (r) => { r.cell = ` ${r.cell.normalize('NFD').replace(' ', '  ')}`; }]);
    expect(found(results, 'meeting-missing')).toHaveLength(1);
  });
});

describe('thematic-missing', () => {
  it('fires on the last record of a whole quarter without a thematic meeting', () => {
    const p = found(batch(['2024-01'], ['2024-02'], ['2024-03']), 'thematic-missing');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'm2.yaml', path: 'kind' });
    expect(p[0]!.message).toContain('Q1 2024');
  });
  it('is quiet when the quarter has one, or is not wholly covered', () => {
    expect(found(batch(['2024-01'], ['2024-02'], ['2024-02', thematic], ['2024-03']), 'thematic-missing')).toEqual([]);
    expect(found(batch(['2024-02'], ['2024-03'], ['2024-04']), 'thematic-missing')).toEqual([]);
  });
});

describe('duplicate-meeting', () => {
  it('fires on the second regular record of a month, naming the first', () => {
    const p = found(batch(['2024-01'], ['2024-01', (r) => { r.date = '2024-01-28'; }]), 'duplicate-meeting');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'm1.yaml', severity: 'error' });
    expect(p[0]!.message).toContain('m0.yaml');
  });
  it('uses the period: a meeting early in February for January is January', () => {
    const p = found(batch(['2024-01'], ['2024-02', (r) => { r.date = '2024-02-02'; r.period = '2024-01'; }]), 'duplicate-meeting');
    expect(p).toHaveLength(1);
    expect(found(batch(['2024-01'], ['2024-02']), 'duplicate-meeting')).toEqual([]);
  });
  it('a thematic meeting in the same month is no duplicate', () => {
    expect(found(batch(['2024-01'], ['2024-01', thematic]), 'duplicate-meeting')).toEqual([]);
  });
});

describe('absence-streak', () => {
  const away: Change = (r) => { r.members.absent_excused[0] = { name: 'Lê  Văn Cường', reason: 'Ốm' }; };
  it('fires on the fourth absence in a row, listing the months', () => {
    const p = found(batch(['2024-01', away], ['2024-02', away], ['2024-03', away], ['2024-04', away], ['2024-05', away]), 'absence-streak');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'm3.yaml', path: 'members.absent_excused[0].name' });
    expect(p[0]!.message).toContain('01/2024, 02/2024, 03/2024 and 04/2024');
  });
  it('three in a row, or four with a meeting attended between, is fine', () => {
    const back: Change = (r) => { r.members.absent_excused[0] = { name: 'Hồ Văn Khác', reason: 'Ốm' }; };
    expect(found(batch(['2024-01', away], ['2024-02', away], ['2024-03', away]), 'absence-streak')).toEqual([]);
    expect(found(batch(['2024-01', away], ['2024-02', away], ['2024-03', back], ['2024-04', away], ['2024-05', away]), 'absence-streak')).toEqual([]);
  });
});

describe('tasks-not-reviewed', () => {
  const noReview: Change = (r) => { r.agenda = r.agenda.filter((a: any) => a.type !== 'review'); };
  it("fires when the month after tasks were assigned has no review", () => {
    const p = found(batch(['2024-01'], ['2024-02', noReview]), 'tasks-not-reviewed');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'm1.yaml', path: 'agenda' });
    expect(p[0]!.message).toContain('m0.yaml');
  });
  it('is quiet when last month assigned nothing, or this month reviews', () => {
    expect(found(batch(['2024-01', (r) => { delete r.tasks; }], ['2024-02', noReview]), 'tasks-not-reviewed')).toEqual([]);
    expect(found(batch(['2024-01'], ['2024-02']), 'tasks-not-reviewed')).toEqual([]);
  });
});

describe('records that cannot be scored still count as held', () => {
  it('a record with schema errors fills its month', () => {
    const results = batch(['2024-01'], ['2024-02', (r) => { r.chiar = r.chair; delete r.chair; }], ['2024-03']);
    expect(results[1]!.score).toBeNull();
    expect(found(results, 'meeting-missing')).toEqual([]);
  });
  it('cross-record rules do not run on a single record', () => {
    expect(batch(['2024-01']).flatMap((r) => r.problems)).toEqual([]);
  });
});

describe('yearly rating (lai-chau-14)', () => {
  const levels: YearlyLevel[] = [
    { id: 'tot', missingMax: 0, everyMonthAtLeast: 'kha', monthsAtLeast: { rating: 'tot', count: 7 } },
    { id: 'kha', missingMax: 0, everyMonthAtLeast: 'trung_binh' },
    { id: 'trung_binh', missingPlusMax: { ratings: ['kem'], max: 2 } },
    { id: 'kem' },
  ];
  const year = (...ratings: (RatingId | null | 'missing')[]): (MonthEntry | null)[] =>
    ratings.map((rating) => (rating === 'missing' ? null : { file: 'x', rating, score: 0, max: 100, thematic: false, errors: 0 }));
  const twelve = (first: (RatingId | null | 'missing')[], rest: RatingId) => year(...first, ...Array<RatingId>(12 - first.length).fill(rest));
  it.each([
    [twelve(Array(7).fill('tot'), 'kha'), 'tot'],
    [twelve(Array(6).fill('tot'), 'kha'), 'kha'],
    [twelve([...Array(7).fill('tot'), 'trung_binh'], 'kha'), 'kha'],
    [twelve(['trung_binh'], 'trung_binh'), 'kha'],
    [twelve(['kem'], 'tot'), 'trung_binh'],
    [twelve(['missing'], 'tot'), 'trung_binh'],
    [twelve(['missing', 'kem'], 'tot'), 'trung_binh'],
    [twelve(['missing', 'kem', 'kem'], 'tot'), 'kem'],
    [twelve(['missing', 'missing', 'missing'], 'tot'), 'kem'],
    [twelve([null], 'tot'), 'trung_binh'],
  ] as const)('%j → %s', (months, want) => {
    expect(yearlyRating(levels, months as (MonthEntry | null)[])).toBe(want);
  });
});

describe('chibo summary of examples/year-2024', () => {
  const run = (format: string) =>
    spawnSync(process.execPath, [path.join(ROOT, 'bin', 'chibo.js'), 'summary', 'examples/year-2024', '--format', format], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const json = JSON.parse(run('json').stdout);
  const cell = (name: string) => json.cells.find((c: any) => c.cell === name);

  it('counts each cell’s months and rates its year as computed by hand', () => {
    expect(json.cells.map((c: any) => [c.cell, c.year, c.counts, c.yearly])).toEqual([
      ['Chi bộ Phòng Quản lý ngân sách', 2024, { tot: 9, kha: 3, trung_binh: 0, kem: 0, unrated: 0, missing: 0 }, 'tot'],
      ['Chi bộ Trung tâm Công nghệ thông tin', 2024, { tot: 1, kha: 7, trung_binh: 4, kem: 0, unrated: 0, missing: 0 }, 'kha'],
      ['Chi bộ Trường Tiểu học Tân Phong', 2024, { tot: 2, kha: 7, trung_binh: 1, kem: 1, unrated: 0, missing: 1 }, 'trung_binh'],
    ]);
  });
  it('shows each month’s rating and score', () => {
    const tanPhong = cell('Chi bộ Trường Tiểu học Tân Phong').months;
    expect(tanPhong[5]).toBeNull();
    expect(tanPhong[7]).toMatchObject({ rating: 'kem', score: 21, file: 'examples/year-2024/tan-phong/2024-08.yaml' });
    expect(tanPhong[2]).toMatchObject({ rating: 'kha', score: 90, thematic: true });
  });
  it('counts ratings of all records and the criteria most often short', () => {
    expect(json.ratings).toEqual({ tot: 19, kha: 18, trung_binh: 5, kem: 1 });
    expect(json.shortCriteria[0]).toMatchObject({ id: '1', short: 24, of: 43 });
    expect(json.withErrors).toEqual([{ file: 'examples/year-2024/cntt/2024-03-bo-sung.yaml', errors: 1 }]);
  });
  it('writes CSV that parses back (UTF-8 with BOM, CRLF)', () => {
    const csv = run('csv').stdout;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n').map((line) => line.split(','));
    expect(rows[0]).toHaveLength(3 + 12 + 6 + 1);
    expect(rows.slice(1).map((r) => [r[0], r[8], r[r.length - 1]])).toEqual([
      ['Chi bộ Phòng Quản lý ngân sách', 'Tốt 100', 'Tốt'],
      ['Chi bộ Trung tâm Công nghệ thông tin', 'Khá 90', 'Khá'],
      ['Chi bộ Trường Tiểu học Tân Phong', '', 'Trung bình'],
    ]);
  });
  it('prints a table in the terminal', () => {
    const text = run('pretty').stdout;
    expect(text).toContain('Chi bộ Phòng Quản lý ngân sách — 2024 (lai-chau-14)  Xếp loại chất lượng sinh hoạt chi bộ cả năm: Tốt');
    expect(text).toMatch(/Xếp loại +Tốt +Khá +Khá\* +TB +Khá\* +— +Khá +Kém/);
  });
});

describe('every cross-record rule fires in examples/year-2024', () => {
  it('at least once', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'chibo.js'), 'check', 'examples/year-2024', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const rules = new Set(JSON.parse(r.stdout).results.flatMap((x: any) => x.problems.map((p: any) => p.rule)));
    for (const rule of ['meeting-missing', 'thematic-missing', 'duplicate-meeting', 'absence-streak', 'tasks-not-reviewed']) expect(rules).toContain(rule);
  });
});

describe('progress on stderr', () => {
  const many = Array.from({ length: 60 }, (_, i) => `examples/year-2024/${['cntt', 'tan-phong', 'ngan-sach'][i % 3]}/`);
  async function run(isTTY: boolean, ci: string | undefined, format = 'json') {
    const { main } = await import('../src/cli/main.js');
    let out = '';
    let err = '';
    const io = {
      cwd: ROOT,
      env: { ...process.env, CI: ci, NO_COLOR: '1' },
      stdout: { write: (s: string) => (out += s), isTTY: false },
      stderr: { write: (s: string) => (err += s), isTTY },
    };
    await main(['check', ...many, 'examples/', '--format', format], io);
    return { out, err };
  }
  it('shows on a terminal, outside CI, for a long batch — never on stdout', async () => {
    const { out, err } = await run(true, undefined);
    expect(err).toMatch(/chibo: đã kiểm tra \d+\/\d+ biên bản…/);
    expect(out).not.toContain('đã kiểm tra');
    JSON.parse(out);
  });
  it('stays silent in CI and when stderr is not a terminal', async () => {
    expect((await run(true, 'true')).err).toBe('');
    expect((await run(false, undefined)).err).toBe('');
  });
});
