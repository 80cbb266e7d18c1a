// End to end: spawn bin/chibo.js and check exit codes, reports and messages.
import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'chibo.js');

function chibo(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, CHIBO_LANG: undefined, ...opts.env };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (args: string[], opts?: Parameters<typeof chibo>[1]) => {
  const r = chibo([...args, '--format', 'json'], opts);
  return { ...r, report: JSON.parse(r.stdout) };
};
const tmp = () => mkdtempSync(path.join(tmpdir(), 'chibo-'));

/** What each example promises: its exit code and the rules it must raise. */
const OUTCOMES: Record<string, { code: number; rules: string[]; rating: string | null }> = {
  'regular-good.yaml': { code: 0, rules: [], rating: 'tot' },
  'letter-tot-criterion-1-short.yaml': { code: 1, rules: ['rating-overstated'], rating: 'kha' },
  'overclaimed.yaml': { code: 1, rules: ['duration-short', 'rating-overstated', 'score-overclaimed'], rating: 'kha' },
  'missing-political-ideology.yaml': { code: 1, rules: ['agenda-missing', 'score-overclaimed'], rating: 'tot' },
  'thematic-no-presenter.yaml': { code: 1, rules: ['rating-overstated', 'score-overclaimed', 'thematic-incomplete'], rating: 'kha' },
  'combined-100-minutes.yaml': { code: 1, rules: ['duration-short', 'score-overclaimed'], rating: 'tot' },
  'no-assessment.yaml': { code: 0, rules: ['assessment-missing'], rating: 'trung_binh' },
  'broken.yaml': { code: 1, rules: ['schema'], rating: null },
  'hd42-regular.yaml': { code: 0, rules: [], rating: 'tot' },
};

describe('chibo check on the examples', () => {
  it('covers every example', () => {
    expect(readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).sort()).toEqual(Object.keys(OUTCOMES).sort());
  });
  for (const [file, want] of Object.entries(OUTCOMES)) {
    for (const lang of ['vi', 'en']) {
      it(`${file} (${lang}) gives what its name promises`, () => {
        const { code, report } = json(['check', `examples/${file}`, '--lang', lang]);
        expect(code).toBe(want.code);
        const result = report.results[0];
        expect([...new Set(result.problems.map((p: any) => p.rule))].sort()).toEqual(want.rules);
        expect(result.score?.rating ?? null).toBe(want.rating);
      });
    }
  }

  it('checks the whole folder, sorted, with exit 1 and a summary', () => {
    const { code, stdout } = chibo(['check', 'examples/']);
    expect(code).toBe(1);
    const files = [...stdout.matchAll(/^(examples\/\S+\.yaml)/gm)].map((m) => m[1]);
    expect(files.filter((f) => !f!.startsWith('examples/year-2024/'))).toEqual(Object.keys(OUTCOMES).sort().map((f) => `examples/${f}`));
    expect(files.filter((f) => f!.startsWith('examples/year-2024/'))).toHaveLength(43);
    expect(stdout).toMatch(/✖ 52 biên bản, \d+ lỗi, \d+ cảnh báo\n$/);
  });

  it('writes the JSON report of cli.md for the spec example', () => {
    const { code, report } = json(['check', 'examples/regular-good.yaml']);
    expect(code).toBe(0);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'chibo', version: '0.1.0' });
    const r = report.results[0];
    expect(r).toMatchObject({
      file: 'examples/regular-good.yaml', cell: 'Chi bộ Văn phòng Sở Tài chính', kind: 'regular', period: '2024-03',
      rubric: 'lai-chau-14', claimed: { total: 97, rating: 'tot' }, problems: [],
    });
    expect(r.facts).toMatchObject({
      eligible: 23, attendance_rate: 0.913, absent_unexcused: 0, duration_minutes: 105, speaker_count: 7, speaker_rate: 0.333,
      agenda_missing: 0, minutes_complete: true, 'preparation.prepared_by': 'secretary', 'preparation.committee_met': true,
      'previous_resolution.achieved_percent': 95,
    });
    expect(r.score).toMatchObject({ total: 97, max: 100, rating: 'tot' });
    expect(r.score.criteria[0]).toEqual({ id: '1', name: 'Tỷ lệ đảng viên dự sinh hoạt', max: 20, ceiling: 20, claimed: 20, score: 20 });
    expect(r.score.criteria[2]).toEqual({ id: '3', name: 'Tổ chức sinh hoạt', max: 30, ceiling: 29, claimed: 27, score: 27 });
    expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 0, ratings: { tot: 1, kha: 0, trung_binh: 0, kem: 0 } });
  });

  it('locates a problem: rating-overstated at the rating value', () => {
    const { report } = json(['check', 'examples/letter-tot-criterion-1-short.yaml', '--lang', 'en']);
    const p = report.results[0].problems.find((x: any) => x.rule === 'rating-overstated');
    expect(p).toMatchObject({ severity: 'error', path: 'assessment.rating', line: 41, column: 11 });
    expect(p.message).toBe('Rated Tốt, but criterion 1 has 17 of 20 points (3 short); Tốt needs full marks in criteria 1, 2, 4 and 5. The scores allow Khá.');
  });

  it('prints problems as line:col severity message rule, and a score table', () => {
    const { stdout } = chibo(['check', 'examples/letter-tot-criterion-1-short.yaml', '--lang', 'en']);
    expect(stdout).toMatch(/^ {2}41:11 {2}error {2}Rated Tốt, but criterion 1 .* {2}rating-overstated$/m);
    expect(stdout).toMatch(/Criterion +Claimed +Ceiling +Score/);
    expect(stdout).toMatch(/Total +96 +96\/100 {2}Khá \(self-rated: Tốt\)/);
  });

  it('leaves every checked file byte-identical, with its modification time', () => {
    const files = (readdirSync(EXAMPLES, { recursive: true }) as string[]).map((f) => EXAMPLES + f).filter((f) => statSync(f).isFile());
    const snapshot = () => files.map((f) => [f, readFileSync(f), statSync(f).mtimeMs] as const);
    const before = snapshot();
    expect(files.length).toBeGreaterThan(50);
    chibo(['check', 'examples/', '--format', 'json']);
    chibo(['summary', 'examples/']);
    chibo(['report', 'examples/']);
    expect(snapshot()).toEqual(before);
  });
});

describe('chibo check options', () => {
  it('--rubric hd42-an-phu checks every example', () => {
    for (const file of Object.keys(OUTCOMES)) {
      const { code, report } = json(['check', `examples/${file}`, '--rubric', 'hd42-an-phu']);
      expect(code, file).not.toBe(2);
      if (report.results[0].score) expect(report.results[0].rubric).toBe('hd42-an-phu');
    }
  });
  it('--lang en and CHIBO_LANG', () => {
    expect(chibo(['check', 'examples/no-assessment.yaml', '--lang', 'en']).stdout).toContain('The record has no self-assessment');
    expect(chibo(['check', 'examples/no-assessment.yaml'], { env: { CHIBO_LANG: 'en' } }).stdout).toContain('The record has no self-assessment');
    expect(chibo(['check', 'examples/no-assessment.yaml']).stdout).toContain('Biên bản chưa có phần "assessment" (tự đánh giá, xếp loại)');
  });
  it('--quiet drops warnings from the report and the count', () => {
    const { report } = json(['check', 'examples/no-assessment.yaml', '--quiet']);
    expect(report.results[0].problems).toEqual([]);
    expect(report.summary.warnings).toBe(0);
  });
  it('--max-warnings', () => {
    expect(chibo(['check', 'examples/no-assessment.yaml']).code).toBe(0);
    expect(chibo(['check', 'examples/no-assessment.yaml', '--max-warnings', '0']).code).toBe(1);
    expect(chibo(['check', 'examples/no-assessment.yaml', '--max-warnings', '1']).code).toBe(0);
    expect(chibo(['check', 'examples/no-assessment.yaml', '--max-warnings', 'many']).code).toBe(2);
  });
  it('--output writes the report to a file', () => {
    const dir = tmp();
    const out = path.join(dir, 'sub', 'report.json');
    const r = chibo(['check', 'examples/regular-good.yaml', '--format', 'json', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).results[0].file).toBe('examples/regular-good.yaml');
  });
  it('never writes the report over a record it checks', () => {
    const dir = tmp();
    const rec = path.join(dir, 'a.yaml');
    writeFileSync(rec, readFileSync(`${EXAMPLES}regular-good.yaml`));
    const r = chibo(['check', rec, '--output', rec]);
    expect(r.code).toBe(2);
    expect(readFileSync(rec)).toEqual(readFileSync(`${EXAMPLES}regular-good.yaml`));
  });
  it('colour only when asked for or on a terminal; --no-color wins', () => {
    expect(chibo(['check', 'examples/regular-good.yaml']).stdout).not.toContain('\u001b[');
    expect(chibo(['check', 'examples/regular-good.yaml'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(chibo(['check', 'examples/regular-good.yaml', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(chibo(['check', 'examples/regular-good.yaml'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
  it('--rubric wins over the record; a missing --rubric is exit 2', () => {
    const r = chibo(['check', 'examples/regular-good.yaml', '--rubric', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope');
  });
  it('an invalid rubric file is exit 2 with its line', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'r.yaml'), 'id: x\ntitel: y\n');
    const r = chibo(['check', 'examples/regular-good.yaml', '--rubric', path.join(dir, 'r.yaml'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/r\.yaml:2:1 +Unknown key "titel"/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
  it('a record naming a rubric that cannot be loaded: rubric-unavailable, other records still checked, exit 2', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.yaml'), `rubric: ./missing.yaml\n${readFileSync(`${EXAMPLES}regular-good.yaml`, 'utf8').replace(/^.*\$schema.*\n/, '')}`);
    writeFileSync(path.join(dir, 'b.yaml'), readFileSync(`${EXAMPLES}regular-good.yaml`));
    const { code, report } = json(['check', dir]);
    expect(code).toBe(2);
    expect(report.results[0].problems[0]).toMatchObject({ rule: 'rubric-unavailable', line: 1, column: 9 });
    expect(report.results[1].score.rating).toBe('tot');
  });
  it('a bad option or format is exit 2', () => {
    expect(chibo(['check', '--frmat', 'json']).code).toBe(2);
    expect(chibo(['check', 'examples/', '--format', 'xml']).code).toBe(2);
    expect(chibo(['check', 'examples/', '--lang', 'fr']).code).toBe(2);
  });
});

describe('which files check reads', () => {
  it('a path that does not exist is exit 2, and the rest is still checked', () => {
    const r = json(['check', 'nope.yaml', 'examples/regular-good.yaml']);
    expect(r.code).toBe(2);
    expect(r.report.results).toHaveLength(1);
    expect(r.stderr).toContain('nope.yaml');
  });
  it('a folder with no records, or a glob matching nothing, is exit 2', () => {
    expect(chibo(['check', tmp()]).code).toBe(2);
    expect(chibo(['check', 'examples/*.nothing']).code).toBe(2);
  });
  it('globs expand sorted, and a file reached twice is checked once', () => {
    const { report } = json(['check', 'examples/*-*.yaml', 'examples/regular-good.yaml', './examples/overclaimed.yaml']);
    const files = report.results.map((r: any) => r.file);
    expect(files).toEqual([...new Set(files)]);
    expect(files[0]).toBe('examples/combined-100-minutes.yaml');
    expect(files).toContain('examples/overclaimed.yaml');
  });
  it('skips dot folders and node_modules inside a folder, reads any name given explicitly', () => {
    const dir = tmp();
    const good = readFileSync(`${EXAMPLES}regular-good.yaml`);
    for (const sub of ['.hidden', 'node_modules', 'b']) mkdirSync(path.join(dir, sub));
    writeFileSync(path.join(dir, '.hidden', 'x.yaml'), good);
    writeFileSync(path.join(dir, 'node_modules', 'x.yaml'), good);
    writeFileSync(path.join(dir, 'b', 'y.yml'), good);
    writeFileSync(path.join(dir, 'a.yaml'), good);
    writeFileSync(path.join(dir, 'notes.txt'), good);
    const { report } = json(['check', dir], { cwd: dir });
    expect(report.results.map((r: any) => r.file)).toEqual(['a.yaml', 'b/y.yml']);
    expect(json(['check', 'notes.txt'], { cwd: dir }).report.results[0].score.rating).toBe('tot');
  });
  it('a FIFO named explicitly is file-unreadable', () => {
    const dir = tmp();
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    const { code, report } = json(['check', path.join(dir, 'pipe.yaml')]);
    expect(code).toBe(1);
    expect(report.results[0].problems[0].rule).toBe('file-unreadable');
  });
  it('names files relative to the working directory', () => {
    const { report } = json(['check', path.join(EXAMPLES, 'regular-good.yaml')], { cwd: path.join(ROOT, 'test') });
    expect(report.results[0].file).toBe('../examples/regular-good.yaml');
  });
});

describe('chibo init, rubric, schema', () => {
  it('init prints a template with the schema modeline; it checks without schema errors', () => {
    const r = chibo(['init']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# yaml-language-server: \$schema=schema\/meeting\.schema\.json\n/);
    const dir = tmp();
    writeFileSync(path.join(dir, 't.yaml'), r.stdout);
    const { report } = json(['check', path.join(dir, 't.yaml')]);
    expect(report.results[0].problems.map((p: any) => p.rule)).not.toContain('schema');
  });
  it('init writes a new file but never over an existing one', () => {
    const dir = tmp();
    const file = path.join(dir, 'bien-ban.yaml');
    expect(chibo(['init', file]).code).toBe(0);
    expect(existsSync(file)).toBe(true);
    writeFileSync(file, 'mine');
    expect(chibo(['init', file]).code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });
  it('rubric shows the table; --list lists the bundled rubrics', () => {
    const r = chibo(['rubric', 'lai-chau-14', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1.1   Tỷ lệ đảng viên dự họp  [15]');
    expect(r.stdout).toContain('attendance_rate ≥ 0.9 → 15');
    expect(r.stdout).toMatch(/Tốt +from 90 points; full marks in 1, 2, 4, 5/);
    expect(chibo(['rubric', '--list']).stdout).toMatch(/^hd42-an-phu .*\nlai-chau-14 /m);
    const hd42 = chibo(['rubric', 'hd42-an-phu', '--lang', 'en']).stdout;
    expect(hd42).toContain('speaker_rate > 0.5 → 5');
    expect(hd42).toContain('at most 1 when absent_unexcused > 0');
    expect(hd42).toContain('followup.resolution_posted_days_after ≤ 2 → 1');
    expect(chibo(['rubric', 'nope']).code).toBe(2);
  });
  it('schema prints the committed JSON Schema (no drift)', () => {
    const r = chibo(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(path.join(ROOT, 'schema', 'meeting.schema.json'), 'utf8')));
  });
  it('--help and --version exit 0', () => {
    expect(chibo(['--help']).code).toBe(0);
    expect(chibo(['--version']).stdout.trim()).toBe('0.1.0');
  });
});
