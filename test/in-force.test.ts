// The rubric in force: a rubric's own dates, the default rubrics by date (bundled or configured),
// the choice on 27/10/2025 and 28/10/2025, overlapping spans refused at load, and `chibo init`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chooseByDate, inForceOn, overlap } from '../src/core/in-force.js';
import { formatSpan } from '../src/facts/format.js';
import { createRubricLoader } from '../src/load/rubrics.js';
import { BUNDLED_BY_DATE, BUNDLED_IN_FORCE } from '../src/core/in-force.js';
import { rubricsByDate } from '../src/load/rubrics-by-date.js';
import { goodRecord, spawnChibo } from './helpers.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'chibo-in-force-'));
const load = createRubricLoader();

/** The bundled default, dates read from the bundled files. */
function bundled() {
  const found = rubricsByDate({}, undefined, load);
  if (!('rubrics' in found)) throw new Error('the bundled rubrics cannot be loaded');
  return found.rubrics;
}

/** A clean record of `date` (its period that month), without a rubric of its own unless given. */
function record(date: string, extra: Record<string, unknown> = {}): string {
  return stringify({ ...goodRecord(), date, period: date.slice(0, 7), ...extra });
}

describe('dates in force', () => {
  it('a span includes its first and last days; no from: since always, no until: still in force', () => {
    expect(inForceOn({ from: '2025-10-28' }, '2025-10-28')).toBe(true);
    expect(inForceOn({ from: '2025-10-28' }, '2025-10-27')).toBe(false);
    expect(inForceOn({ until: '2025-10-27' }, '2025-10-27')).toBe(true);
    expect(inForceOn({ until: '2025-10-27' }, '2025-10-28')).toBe(false);
    expect(inForceOn({}, '1990-01-01')).toBe(true);
  });
  it('spans overlap when they share a day', () => {
    expect(overlap({ until: '2025-10-27' }, { from: '2025-10-28' })).toBe(false);
    expect(overlap({ until: '2025-10-28' }, { from: '2025-10-28' })).toBe(true);
    expect(overlap({}, { from: '2025-10-28' })).toBe(true);
    expect(overlap({ from: '2024-01-01', until: '2024-12-31' }, { from: '2025-01-01', until: '2025-12-31' })).toBe(false);
  });
  it('outside every span: the one in force last before the day, else the earliest', () => {
    const list = [{ ref: 'a', dates: { from: '2020-01-01', until: '2020-12-31' } }, { ref: 'b', dates: { from: '2022-01-01', until: '2022-12-31' } }];
    expect(chooseByDate(list, '2021-06-01')!.ref).toBe('a');
    expect(chooseByDate(list, '2023-06-01')!.ref).toBe('b');
    expect(chooseByDate(list, '2019-06-01')!.ref).toBe('a');
    expect(chooseByDate(list, '2022-06-01')!.ref).toBe('b');
  });
  it('spans in words, in both languages', () => {
    expect(formatSpan({ until: '2025-10-27' }, 'vi')).toBe('đến hết 27/10/2025');
    expect(formatSpan({ from: '2025-10-28' }, 'en')).toBe('from 2025-10-28');
    expect(formatSpan({ from: '2024-01-01', until: '2024-12-31' }, 'vi')).toBe('từ 1/1/2024 đến hết 31/12/2024');
  });
});

describe('the bundled default by date', () => {
  it('is lai-chau-14 up to 27/10/2025 and hd42-an-phu from 28/10/2025, dates from the files', () => {
    const rubrics = bundled();
    expect(rubrics.map((r) => r.ref)).toEqual([...BUNDLED_BY_DATE]);
    expect(rubrics.map((r) => r.dates)).toEqual([{ until: '2025-10-27' }, { from: '2025-10-28' }]);
    expect(chooseByDate(rubrics, '2024-03-15')!.ref).toBe('lai-chau-14');
    expect(chooseByDate(rubrics, '2025-10-27')!.ref).toBe('lai-chau-14');
    expect(chooseByDate(rubrics, '2025-10-28')!.ref).toBe('hd42-an-phu');
    expect(chooseByDate(rubrics, '2031-01-01')!.ref).toBe('hd42-an-phu');
  });
  it('bundled rubrics carry a version, and the dates BUNDLED_IN_FORCE gives are in their files', () => {
    for (const id of BUNDLED_BY_DATE) {
      const r = load(id, '.');
      expect('rubric' in r && r.rubric.version).toBe('2');
      expect('rubric' in r && r.rubric.inForce, id).toEqual(BUNDLED_IN_FORCE[id]);
    }
  });
});

describe('chibo check chooses the rubric by the meeting date (end to end)', () => {
  it('27/10/2025 → lai-chau-14, 28/10/2025 → hd42-an-phu; each scored with its own criteria, also on worker threads', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.yaml'), record('2025-10-27'));
    writeFileSync(path.join(dir, 'b.yaml'), record('2025-10-28'));
    for (const threads of ['1', '2']) {
      const r = spawnChibo(['check', '.', '--format', 'json', '--lang', 'en'], { cwd: dir, env: { CHIBO_THREADS: threads } });
      const results = JSON.parse(r.stdout).results;
      expect(results.map((x: any) => x.rubric)).toEqual(['lai-chau-14', 'hd42-an-phu']);
      expect(results[0].score.criteria.map((c: any) => c.name)[0]).toBe("Members' attendance");
      expect(results[1].score.criteria).toHaveLength(8);
      expect(results[1].score.criteria[0].name).toBe('Time and duration kept');
      expect(results.flatMap((x: any) => x.problems.map((p: any) => p.rule))).not.toContain('rubric-out-of-force');
    }
  });
  it('--rubric and the record\'s own rubric still win, with a warning outside the rubric\'s dates', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.yaml'), record('2025-11-14'));
    const forced = spawnChibo(['check', 'a.yaml', '--rubric', 'lai-chau-14', '--format', 'json'], { cwd: dir });
    expect(forced.code).toBe(0);
    const result = JSON.parse(forced.stdout).results[0];
    expect(result.rubric).toBe('lai-chau-14');
    expect(result.problems).toEqual([expect.objectContaining({
      rule: 'rubric-out-of-force', severity: 'warning', path: 'date',
      message: 'Bộ tiêu chí "lai-chau-14" áp dụng cho buổi sinh hoạt đến hết 27/10/2025, nhưng buổi này họp ngày 14/11/2025. Hãy dùng bộ tiêu chí áp dụng vào ngày đó: sửa hoặc bỏ dòng "rubric" (bộ tiêu chí) để chibo tự chọn theo ngày họp; nếu ngày họp ghi nhầm thì sửa "date" (ngày sinh hoạt).',
    })]);
    writeFileSync(path.join(dir, 'a.yaml'), record('2025-11-14', { rubric: 'lai-chau-14' }));
    const own = JSON.parse(spawnChibo(['check', 'a.yaml', '--format', 'json'], { cwd: dir }).stdout).results[0];
    expect([own.rubric, own.problems.map((p: any) => p.rule)]).toEqual(['lai-chau-14', ['rubric-out-of-force']]);
  });
});

describe('a configuration lists rubrics by date', () => {
  it('uses each for its dates, given in the configuration or read from the rubric', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'chibo.config.yaml'), 'rubrics:\n  - { rubric: lai-chau-14, until: 2025-12-31 }\n  - { rubric: hd42-an-phu, from: 2026-01-01 }\n');
    writeFileSync(path.join(dir, 'a.yaml'), record('2025-12-10'));
    writeFileSync(path.join(dir, 'b.yaml'), record('2026-01-10'));
    const results = JSON.parse(spawnChibo(['check', 'a.yaml', 'b.yaml', '--format', 'json'], { cwd: dir }).stdout).results;
    expect(results.map((x: any) => x.rubric)).toEqual(['lai-chau-14', 'hd42-an-phu']);
    // The configuration may use a rubric past its own dates; the rule still says so.
    expect(results[0].problems.map((p: any) => p.rule)).toContain('rubric-out-of-force');
  });
  it('refuses overlapping dates at load, with the file, line and what is wrong (exit 2)', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'chibo.config.yaml'), 'lang: en\nrubrics:\n  - lai-chau-14\n  - { rubric: hd42-an-phu, from: 2025-10-01 }\n');
    writeFileSync(path.join(dir, 'a.yaml'), record('2025-10-10'));
    const en = spawnChibo(['check', 'a.yaml'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe('chibo.config.yaml:4:5  rubrics[1]: "hd42-an-phu" (in force from 2025-10-01) overlaps "lai-chau-14" (until 2025-10-27); each day may have one rubric only. Give each rubric "from"/"until" so that their spans do not overlap.\n');
    const vi = spawnChibo(['check', 'a.yaml', '--lang', 'vi'], { cwd: dir });
    expect(vi.stderr).toBe('chibo.config.yaml:4:5  rubrics[1]: "hd42-an-phu" (áp dụng từ 1/10/2025) trùng thời gian với "lai-chau-14" (đến hết 27/10/2025); mỗi ngày chỉ được có một bộ tiêu chí. Hãy ghi "from"/"until" cho mỗi bộ để thời gian không chồng nhau.\n');
  });
  it('refuses a rubric with no dates beside another, both rubric and rubrics, and until before from', () => {
    const dir = tmp();
    const fixture = path.resolve('test/fixtures/rubrics/regular-only.yaml');
    writeFileSync(path.join(dir, 'a.yaml'), record('2025-10-10'));
    const refused = (config: string) => {
      writeFileSync(path.join(dir, 'chibo.config.yaml'), `lang: en\n${config}`);
      const r = spawnChibo(['check', 'a.yaml'], { cwd: dir });
      expect(r.code).toBe(2);
      return r.stderr;
    };
    expect(refused(`rubrics: [lai-chau-14, ${JSON.stringify(fixture)}]\n`)).toMatch(/^chibo\.config\.yaml:2:\d+  rubrics\[1\]: "\S+" \(in force on any day\) overlaps "lai-chau-14"/);
    expect(refused('rubric: lai-chau-14\nrubrics: [hd42-an-phu]\n')).toBe('chibo.config.yaml:3:10  rubrics: give either "rubric" (one rubric) or "rubrics" (rubrics by date), not both.\n');
    expect(refused('rubrics:\n  - { rubric: hd42-an-phu, from: 2026-01-01, until: 2025-01-01 }\n')).toBe('chibo.config.yaml:3:5  rubrics[0]: "until" (2025-01-01) comes before "from" (2026-01-01).\n');
    expect(refused('rubrics:\n  - { rubric: hd42-an-phu, from: 2026-13-01 }\n')).toMatch(/^chibo\.config\.yaml:3:34  "rubrics\[0\]\.from": /);
  });
});

describe('chibo init', () => {
  it('writes the day given (--as-of, default today) and the rubric in force that day, and the template checks clean', () => {
    const dir = tmp();
    for (const [day, rubric] of [['2025-10-27', 'lai-chau-14'], ['2025-10-28', 'hd42-an-phu']] as const) {
      const sub = mkdtempSync(path.join(dir, 'x'));
      expect(spawnChibo(['init', 'bb.yaml', '--as-of', day], { cwd: sub }).code).toBe(0);
      const text = readFileSync(path.join(sub, 'bb.yaml'), 'utf8');
      expect(text).toContain(`\nrubric: ${rubric}\n`);
      expect(text).toMatch(new RegExp(`\\ndate: ${day} +#`));
      expect(text).toMatch(new RegExp(`\\nperiod: ${day.slice(0, 7)} +#`));
      const r = spawnChibo(['check', 'bb.yaml', '--format', 'json'], { cwd: sub });
      const result = JSON.parse(r.stdout).results[0];
      // Checked alone, a 42-HD record only misses the cell's other records of the year (item 2.2).
      const alone = rubric === 'hd42-an-phu' ? ['fact-missing'] : [];
      expect([r.code, result.rubric, result.problems.map((p: { rule: string }) => p.rule), result.score.rating]).toEqual([0, rubric, alone, 'tot']);
    }
    const today = spawnChibo(['init'], { cwd: dir }).stdout;
    const now = new Date();
    const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(today).toMatch(new RegExp(`\\ndate: ${iso} +#`));
    expect(today).toContain(`\nrubric: ${iso < '2025-10-28' ? 'lai-chau-14' : 'hd42-an-phu'}\n`);
    expect(spawnChibo(['init', '--as-of', '2025-02-30', '--lang', 'en'], { cwd: dir })).toMatchObject({ code: 2, stdout: '' });
  });
});
