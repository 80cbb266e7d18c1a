// Cross-record rules, the summary of a year and yearly ratings.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkAcross, withCrossProblems } from '../src/check.js';
import type { RecordResult } from '../src/score/result.js';
import { lastMonthOver } from '../src/facts/months.js';
import { yearlyRating, type MonthEntry } from '../src/score/summary.js';
import type { YearlyLevel } from '../src/rubric/rubric.js';
import { rubricFromText } from '../src/data-file.js';
import { createRubricLoader } from '../src/load/rubrics.js';
import type { RatingId } from '../src/core/rating.js';
import { chibo, checkText, env, goodRecord, ROOT, spawnChibo } from './helpers.js';

type Change = (r: Record<string, any>) => void;

/**
 * A batch of records, each the clean record for a month with changes; files named m<index>.yaml;
 * judged on `asOf`.
 */
function batchAsOf(asOf: string, ...months: [string, Change?][]): RecordResult[] {
  const results = months.map(([month, change], i) => {
    const r = goodRecord();
    r.date = `${month}-15`;
    // Different members absent each month, unless a change says otherwise.
    r.members.absent_excused = [{ name: `Đảng viên ${i}a`, reason: 'Ốm' }, { name: `Đảng viên ${i}b`, reason: 'Ốm' }];
    change?.(r);
    return { ...checkText(stringify(r)), file: `m${i}.yaml` };
  });
  const cross = checkAcross(results, 'en', asOf);
  return results.map((r, i) => withCrossProblems(r, cross.get(i), env('en')));
}
const batch = (...months: [string, Change?][]) => batchAsOf('2024-12-31', ...months);
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
  it('does not run when turned off, while the other rules run', () => {
    const results = ['2024-01', '2024-02', '2024-05', '2024-05'].map((month, i) => {
      const r = goodRecord();
      r.date = `${month}-15`;
      return { ...checkText(stringify(r)), file: `m${i}.yaml` };
    });
    const rules = (severities: Record<string, 'off'>) => [...checkAcross(results, 'en', '2024-12-31', new Map(), severities).values()].flat().map((p) => p.rule);
    expect(rules({})).toEqual(expect.arrayContaining(['meeting-missing', 'duplicate-meeting']));
    expect(rules({ 'meeting-missing': 'off' })).not.toContain('meeting-missing');
    expect(rules({ 'meeting-missing': 'off' })).toContain('duplicate-meeting');
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
  // The bundled rubric's shorthand keys, and the same levels written as conditions on the year.
  const bundled = createRubricLoader()('lai-chau-14', ROOT);
  if ('error' in bundled) throw new Error('lai-chau-14');
  const levels: YearlyLevel[] = bundled.rubric.yearly!.levels;
  const lai = readFileSync(`${ROOT}rubrics/lai-chau-14.yaml`, 'utf8');
  const asConditions = rubricFromText(new TextEncoder().encode(`${lai.slice(0, lai.indexOf('\nyearly:'))}
yearly:
  source: s
  levels:
    - id: tot
      when: { all: [{ fact: months_missing, op: "=", value: 0 }, { fact: months_below.kha, op: "=", value: 0 }, { fact: months_at_least.tot, op: ">=", value: 7 }] }
    - id: kha
      when: { all: [{ fact: months_missing, op: "=", value: 0 }, { fact: months_below.trung_binh, op: "=", value: 0 }] }
    - id: trung_binh
      when: { sum: [months_missing, months_rated.kem], op: "<=", value: 2 }
    - id: kem
`), 'r.yaml');
  if ('error' in asConditions) throw new Error(JSON.stringify(asConditions.error.mistakes));
  it('compiles the shorthand keys into conditions on the year', () => {
    expect(levels[0]).toEqual({ id: 'tot', when: { all: [
      { facts: ['months_missing'], op: '<=', value: 0 },
      { facts: ['months_below.kha'], op: '=', value: 0 },
      { facts: ['months_at_least.tot'], op: '>=', value: 7 },
    ] } });
    expect(levels[2]).toEqual({ id: 'trung_binh', when: { facts: ['months_missing', 'months_rated.kem'], op: '<=', value: 2, sum: true } });
  });
  const year = (...ratings: (RatingId | null | 'missing')[]): (MonthEntry | null)[] =>
    ratings.map((rating) => (rating === 'missing' ? null : { file: 'x', rating, ratingFrom: rating === null ? null : 'computed' as const, score: 0, max: 100, thematic: false, errors: 0 }));
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
    expect(yearlyRating(asConditions.rubric.yearly!.levels, months as (MonthEntry | null)[])).toBe(want);
  });
});

describe('chibo summary of examples/year-2024', () => {
  const run = (format: string) => chibo(['summary', 'examples/year-2024', '--format', format]);
  let json: any;
  beforeAll(async () => {
    json = JSON.parse((await run('json')).stdout);
  });
  const cell = (name: string) => json.cells.find((c: any) => c.cell === name);

  it('counts each cell’s months and rates its year as computed by hand', () => {
    expect(json.cells.map((c: any) => [c.cell, c.year, c.counts, c.yearly])).toEqual([
      ['Chi bộ Phòng Quản lý ngân sách', 2024, { tot: 9, kha: 3, trung_binh: 0, kem: 0, unrated: 0, missing: 0, notYet: 0 }, 'tot'],
      ['Chi bộ Trung tâm Công nghệ thông tin', 2024, { tot: 1, kha: 7, trung_binh: 4, kem: 0, unrated: 0, missing: 0, notYet: 0 }, 'kha'],
      ['Chi bộ Trường Tiểu học Tân Phong', 2024, { tot: 2, kha: 7, trung_binh: 1, kem: 1, unrated: 0, missing: 1, notYet: 0 }, 'trung_binh'],
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
  it('writes CSV that parses back (UTF-8 with BOM, CRLF): per month a score (a number) and a rating', async () => {
    const csv = (await run('csv')).stdout;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n').map((line) => line.split(','));
    expect(rows[0]).toHaveLength(3 + 2 * 12 + 7 + 2 + 1);
    // June: columns 13 (score) and 14 (rating); March has a thematic meeting in two cells.
    expect(rows[0]!.slice(13, 15)).toEqual(['Tháng 06 - Điểm', 'Tháng 06 - Xếp loại']);
    expect(rows[0]!.at(-1)).toBe('Xếp loại chất lượng sinh hoạt chi bộ cả năm');
    expect(rows.slice(1).map((r) => [r[0], r[13], r[14], r[7], r[8], r.at(-1)])).toEqual([
      ['Chi bộ Phòng Quản lý ngân sách', '100', 'Tốt', '90', 'Khá', 'Tốt'],
      ['Chi bộ Trung tâm Công nghệ thông tin', '90', 'Khá*', '90', 'Khá', 'Khá'],
      ['Chi bộ Trường Tiểu học Tân Phong', '', 'Thiếu', '90', 'Khá*', 'Trung bình'],
    ]);
  });
  it('prints a table in the terminal', async () => {
    const text = (await run('pretty')).stdout;
    expect(text).toContain('Chi bộ Phòng Quản lý ngân sách — 2024 (lai-chau-14)  Xếp loại chất lượng sinh hoạt chi bộ cả năm: Tốt');
    expect(text).toMatch(/Xếp loại +Tốt +Khá +Khá\* +TB +Khá\* +— +Khá +Kém/);
  });
});

/** Spawned (dist/ is built from the sources by the test set-up): a run that reads a folder. */
const chiboIn = (cwd: string, args: string[]) => {
  const r = spawnChibo(args, { cwd, env: { NO_COLOR: '1' } });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
};

/** A folder of clean records, one per entry (month and change), as files YYYY-MM[-n].yaml. */
function folder(...months: [string, Change?][]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'chibo-year-'));
  mkdirSync(path.join(dir, 'records'));
  months.forEach(([month, change], i) => {
    const r = goodRecord();
    r.date = `${month}-15`;
    r.members.absent_excused = [{ name: `Đảng viên ${i}a`, reason: 'Ốm' }, { name: `Đảng viên ${i}b`, reason: 'Ốm' }];
    change?.(r);
    writeFileSync(path.join(dir, 'records', `${month}-${i}.yaml`), stringify(r));
  });
  return dir;
}
const janToAug = () => folder(...Array.from({ length: 8 }, (_, i): [string] => [`2024-${String(i + 1).padStart(2, '0')}`]));

describe('a year in progress (--as-of)', { timeout: 30_000 }, () => {
  const dir = janToAug();
  const summary = (asOf: string) => JSON.parse(chiboIn(dir, ['summary', 'records', '--format', 'json', '--as-of', asOf]).stdout);

  it('clean records January–August, judged in September: not complete, no month missing, no rating', () => {
    const json = summary('2024-09-10');
    expect(json.asOf).toBe('2024-09-10');
    expect(json.cells).toHaveLength(1);
    expect(json.cells[0]).toMatchObject({ complete: false, due: 8, yearly: null, counts: { tot: 8, missing: 0, notYet: 4 } });
  });
  it('the month of the as-of date is due only on its last day', () => {
    expect(summary('2024-08-30').cells[0]).toMatchObject({ due: 7, counts: { missing: 0, notYet: 4 } });
    expect(summary('2024-08-31').cells[0]).toMatchObject({ due: 8 });
    expect(summary('2024-09-30').cells[0]).toMatchObject({ due: 9, counts: { missing: 1, notYet: 3 }, yearly: null });
  });
  it('once the year is over, the months without a record are missing and the year is rated', () => {
    expect(summary('2024-12-31').cells[0]).toMatchObject({ complete: true, due: 12, counts: { missing: 4, notYet: 0 }, yearly: 'kem' });
    expect(summary('2025-06-01').cells[0]).toMatchObject({ complete: true, yearly: 'kem' });
  });
  it('says "chưa đủ năm" with the months so far, in the terminal, in CSV and in English', () => {
    const pretty = chiboIn(dir, ['summary', 'records', '--as-of', '2024-09-10']).stdout;
    expect(pretty).toContain('Xếp loại chất lượng sinh hoạt chi bộ cả năm: chưa đủ năm (mới qua 8/12 tháng, tính đến ngày 10/9/2024)');
    expect(pretty).toMatch(/Xếp loại( +Tốt){8}( +·){4}\n/);
    expect(pretty).not.toMatch(/cả năm: (Kém|Trung bình)/);
    const csv = chiboIn(dir, ['summary', 'records', '--format', 'csv', '--as-of', '2024-09-10']).stdout.split('\r\n')[1]!.split(',');
    expect(csv.slice(3 + 14, 3 + 24)).toEqual(['97', 'Tốt', '', 'Chưa đến kỳ', '', 'Chưa đến kỳ', '', 'Chưa đến kỳ', '', 'Chưa đến kỳ']);
    expect(csv.at(-1)).toBe('Chưa đủ năm');
    const en = chiboIn(dir, ['summary', 'records', '--as-of', '2024-09-10', '--lang', 'en']).stdout;
    expect(en).toContain("Yearly rating of the cell's meetings: year not complete (8 of 12 months over on 2024-09-10)");
  });
  it('check reports no month after the as-of date as missing', () => {
    const gap = folder(['2024-01'], ['2024-02'], ['2024-05']);
    const rules = (asOf: string) => {
      const r = chiboIn(gap, ['check', 'records', '--format', 'json', '--as-of', asOf]);
      return JSON.parse(r.stdout).results.flatMap((x: any) => x.problems.filter((p: any) => p.rule === 'meeting-missing').map((p: any) => p.message));
    };
    expect(rules('2024-12-31')).toEqual([expect.stringContaining('tháng 3/2024 và tháng 4/2024')]);
    // Judged on 10 April (the May record dated ahead): March is missing, April is not over.
    expect(rules('2024-04-10')).toEqual([expect.not.stringContaining('tháng 4/2024')]);
    expect(rules('2024-04-10')[0]).toContain('tháng 3/2024');
    expect(rules('2024-03-01')).toEqual([]);
  });
  it('a wrong --as-of is a usage error (exit 2), in the language asked for', () => {
    const vi = chiboIn(dir, ['summary', 'records', '--as-of', '2024-02-30']);
    expect(vi.status).toBe(2);
    expect(vi.stderr).toContain('--as-of cần một ngày có thật, dạng YYYY-MM-DD (ví dụ 2024-08-31), không phải "2024-02-30".');
    for (const command of ['check', 'report']) {
      const en = chiboIn(dir, [command, 'records', '--as-of', '31/08/2024', '--lang', 'en']);
      expect(en.status).toBe(2);
      expect(en.stderr).toContain('--as-of needs a real date written YYYY-MM-DD');
    }
  });
});

describe('as-of in the cross-record rules', () => {
  it.each([['2024-02-29', '2024-02'], ['2024-02-28', '2024-01'], ['2023-02-28', '2023-02'], ['2024-01-15', '2023-12'], ['2024-12-31', '2024-12']])(
    'on %s the last month over is %s', (asOf, month) => expect(lastMonthOver(asOf)).toBe(month),
  );
  it('meeting-missing and thematic-missing leave out months not over on the as-of date', () => {
    const early = batchAsOf('2024-03-10', ['2024-01'], ['2024-05']);
    const p = found(early, 'meeting-missing');
    expect(p).toHaveLength(1);
    expect(p[0]!.message).toContain('for 02/2024 (');
    expect(found(batchAsOf('2024-03-10', ['2024-01'], ['2024-02'], ['2024-03']), 'thematic-missing')).toEqual([]);
    expect(found(batchAsOf('2024-03-31', ['2024-01'], ['2024-02'], ['2024-03']), 'thematic-missing')).toHaveLength(1);
  });
});

describe('cell names: case, diacritics and spacing fold together', { timeout: 30_000 }, () => {
  const upper: Change = (r) => { r.cell = 'Chi bộ Công an xã Tân Phong'; };
  const lower: Change = (r) => { r.cell = 'chi bộ công an xã tân phong'; };
  const bare: Change = (r) => { r.cell = 'Chi bo Cong an xa Tan Phong'; };

  it('three spellings are one cell: no meeting-missing, one cell-name-variant naming the spellings and files', () => {
    const results = batch(['2024-01', upper], ['2024-02', lower], ['2024-03', bare], ['2024-04', upper], ['2024-05', bare], ['2024-06', upper]);
    expect(found(results, 'meeting-missing')).toEqual([]);
    const p = found(results, 'cell-name-variant');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'm1.yaml', path: 'cell', severity: 'warning' });
    expect(p[0]!.message).toBe('The cell\'s name is spelt in 3 ways: "Chi bộ Công an xã Tân Phong" (m0.yaml, m3.yaml, m5.yaml); "chi bộ công an xã tân phong" (m1.yaml); "Chi bo Cong an xa Tan Phong" (m2.yaml, m4.yaml). chibo takes them as one cell, named "Chi bộ Công an xã Tân Phong" (the most frequent spelling). Write the cell\'s name the same way, with its diacritics, in every record.');
    expect(p[0]!.line).toBeGreaterThan(0);
  });
  it('other rules name the cell by its most frequent spelling', () => {
    const p = found(batch(['2024-01', bare], ['2024-02', upper], ['2024-04', upper]), 'meeting-missing');
    expect(p).toHaveLength(1);
    expect(p[0]!.message).toMatch(/^Chi bộ Công an xã Tân Phong has no regular meeting for 03\/2024/);
  });
  it('is quiet for one spelling, for spacing or Unicode form only, and for different cells', () => {
    expect(found(batch(['2024-01', upper], ['2024-02', upper]), 'cell-name-variant')).toEqual([]);
    const spaced: Change = (r) => { r.cell = ' Chi bộ  Công an xã Tân Phong'.normalize('NFD'); };
    expect(found(batch(['2024-01', upper], ['2024-02', spaced]), 'cell-name-variant')).toEqual([]);
    expect(found(batch(['2024-01', upper], ['2024-02', (r) => { r.cell = 'Chi bộ Công an xã Tân Lập'; }]), 'cell-name-variant')).toEqual([]);
  });
  it('lists at most three files of a spelling, and counts the rest', () => {
    const months = Array.from({ length: 6 }, (_, i): [string, Change] => [`2024-${String(i + 1).padStart(2, '0')}`, i === 0 ? upper : bare]);
    const p = found(batchAsOf('2024-12-31', ...months, ['2024-07', upper]), 'cell-name-variant');
    expect(p[0]!.message).toContain('"Chi bo Cong an xa Tan Phong" (m1.yaml, m2.yaml, m3.yaml and 2 more records); "Chi bộ Công an xã Tân Phong" (m0.yaml, m6.yaml)');
  });
  it('the summary shows one cell under the most frequent spelling, and the warning in Vietnamese', () => {
    const dir = folder(['2024-01', upper], ['2024-02', lower], ['2024-03', bare], ['2024-04', upper]);
    const json = JSON.parse(chiboIn(dir, ['summary', 'records', '--format', 'json', '--as-of', '2024-12-31']).stdout);
    expect(json.cells.map((c: any) => [c.cell, c.counts.tot, c.counts.missing])).toEqual([['Chi bộ Công an xã Tân Phong', 4, 8]]);
    const check = chiboIn(dir, ['check', 'records', '--as-of', '2024-12-31']);
    expect(check.stdout).toContain('Tên chi bộ được viết theo 3 cách: "Chi bộ Công an xã Tân Phong" (records/2024-01-0.yaml, records/2024-04-3.yaml)');
    expect(check.stdout).not.toContain('meeting-missing');
  });
  it('absence streaks follow a member whose name loses its diacritics', () => {
    const away = (name: string): Change => (r) => { r.members.absent_excused[0] = { name, reason: 'Ốm' }; };
    const results = batch(['2024-01', away('Lê Văn Cường')], ['2024-02', away('le van cuong')], ['2024-03', away('Le Van Cuong')], ['2024-04', away('Lê Văn Cường')]);
    expect(found(results, 'absence-streak')).toHaveLength(1);
  });
});

describe('a record whose date cannot be read but whose period can', { timeout: 30_000 }, () => {
  const badDate: Change = (r) => { r.period = r.date.slice(0, 7); r.date = '15/02/2024'; };
  it('counts as held for its month: no meeting-missing, and it is unrated', () => {
    const results = batch(['2024-01'], ['2024-02', badDate], ['2024-03']);
    expect(results[1]!.problems.map((p) => p.rule)).toContain('schema');
    expect(results[1]!.score).toBeNull();
    expect(found(results, 'meeting-missing')).toEqual([]);
  });
  it('does not break an absence streak', () => {
    const away: Change = (r) => { r.members.absent_excused[0] = { name: 'Lê Văn Cường', reason: 'Ốm' }; };
    const results = batch(['2024-01', away], ['2024-02', (r) => { away(r); badDate(r); }], ['2024-03', away], ['2024-04', away]);
    expect(found(results, 'absence-streak')).toHaveLength(1);
  });
  it('shows as ? in its month of the summary', () => {
    const dir = folder(['2024-01'], ['2024-02', badDate], ['2024-03']);
    const json = JSON.parse(chiboIn(dir, ['summary', 'records', '--format', 'json', '--as-of', '2024-03-31']).stdout);
    expect(json.cells[0].months[1]).toMatchObject({ rating: null, errors: 1 });
    expect(json.cells[0].counts).toMatchObject({ unrated: 1, missing: 0 });
    expect(chiboIn(dir, ['summary', 'records', '--as-of', '2024-03-31']).stdout).toMatch(/Xếp loại +Tốt +\? +Tốt/);
  });
  it('without a readable date or period the record has no month', () => {
    const results = batch(['2024-01'], ['2024-02', (r) => { r.date = 'hôm qua'; }], ['2024-03']);
    expect(results[1]!.meeting).toBeNull();
    expect(found(results, 'meeting-missing')).toHaveLength(1);
  });
});

describe('every cross-record rule fires in examples/year-2024', () => {
  it('at least once', async () => {
    const r = await chibo(['check', 'examples/year-2024', '--format', 'json']);
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
      env: { CI: ci },
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
