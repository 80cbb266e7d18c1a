// The command line, run in this process from the sources (see `chibo` in helpers.ts): exit codes,
// reports and messages. The executable itself is spawned by a few smoke tests at the end.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync, mkdirSync, linkSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chibo, chiboJson as json, EXAMPLES, ROOT, spawnChibo, VERSION } from './helpers.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'chibo-'));

/** What each example promises: its exit code and the rules it must raise. */
const OUTCOMES: Record<string, { code: number; rules: string[]; rating: string | null }> = {
  'regular-good.yaml': { code: 0, rules: [], rating: 'tot' },
  'regular-reviewed.yaml': { code: 0, rules: [], rating: 'tot' },
  // Records without a `documents` part get lai-chau-14's reminder (agenda-missing, a warning, not scored).
  'letter-tot-criterion-1-short.yaml': { code: 1, rules: ['agenda-missing', 'rating-overstated'], rating: 'kha' },
  'overclaimed.yaml': { code: 1, rules: ['agenda-missing', 'duration-short', 'rating-overstated', 'score-overclaimed'], rating: 'kha' },
  'missing-political-ideology.yaml': { code: 1, rules: ['agenda-missing', 'score-overclaimed'], rating: 'tot' },
  'thematic-no-presenter.yaml': { code: 1, rules: ['rating-overstated', 'score-overclaimed', 'thematic-incomplete'], rating: 'kha' },
  'combined-100-minutes.yaml': { code: 1, rules: ['agenda-missing', 'duration-short', 'score-overclaimed'], rating: 'tot' },
  'no-assessment.yaml': { code: 0, rules: ['agenda-missing', 'assessment-missing'], rating: 'trung_binh' },
  'broken.yaml': { code: 1, rules: ['schema'], rating: null },
  // Checked alone, 2.2 (absences with reason in a row over the year) needs the cell's other records.
  'hd42-regular.yaml': { code: 0, rules: ['fact-missing'], rating: 'tot' },
};

describe('chibo check on the examples', () => {
  it('covers every example', () => {
    expect(readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).sort()).toEqual(Object.keys(OUTCOMES).sort());
  });
  for (const [file, want] of Object.entries(OUTCOMES)) {
    for (const lang of ['vi', 'en']) {
      it(`${file} (${lang}) gives what its name promises`, async () => {
        const { code, report } = await json(['check', `examples/${file}`, '--lang', lang]);
        expect(code).toBe(want.code);
        const result = report.results[0];
        expect([...new Set(result.problems.map((p: any) => p.rule))].sort()).toEqual(want.rules);
        expect(result.score?.rating ?? null).toBe(want.rating);
      });
    }
  }

  it('checks the whole folder, sorted, with exit 1 and a summary', async () => {
    const { code, stdout } = await chibo(['check', 'examples/']);
    expect(code).toBe(1);
    const files = [...stdout.matchAll(/^(examples\/\S+\.yaml)/gm)].map((m) => m[1]);
    expect(files.filter((f) => !f!.startsWith('examples/year-2024/'))).toEqual(Object.keys(OUTCOMES).sort().map((f) => `examples/${f}`));
    expect(files.filter((f) => f!.startsWith('examples/year-2024/'))).toHaveLength(43);
    expect(stdout).toMatch(/✖ 53 biên bản, \d+ lỗi, \d+ cảnh báo\n$/);
  });

  it('writes the JSON report of cli.md for the spec example', async () => {
    const { code, report } = await json(['check', 'examples/regular-good.yaml']);
    expect(code).toBe(0);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'chibo', version: VERSION });
    const r = report.results[0];
    expect(r).toMatchObject({
      file: 'examples/regular-good.yaml', cell: 'Chi bộ Văn phòng Sở Tài chính', kind: 'regular', period: '2024-03',
      rubric: 'lai-chau-14', claimed: { total: 97, rating: 'tot' }, confirmed: null, problems: [],
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

  it('locates a problem: rating-overstated at the rating value', async () => {
    const { report } = await json(['check', 'examples/letter-tot-criterion-1-short.yaml', '--lang', 'en']);
    const p = report.results[0].problems.find((x: any) => x.rule === 'rating-overstated');
    expect(p).toMatchObject({ severity: 'error', path: 'assessment.rating', line: 41, column: 11 });
    expect(p.message).toBe('Rated Tốt, but criterion 1 has 17 of 20 points (3 short); Tốt needs full marks in criteria 1, 2, 4 and 5. The scores allow Khá.');
  });

  it('prints problems as line:col severity message rule, and a score table', async () => {
    const { stdout } = await chibo(['check', 'examples/letter-tot-criterion-1-short.yaml', '--lang', 'en']);
    expect(stdout).toMatch(/^ {2}41:11 {2}error +Rated Tốt, but criterion 1 .* {2}rating-overstated$/m);
    expect(stdout).toMatch(/Criterion +Claimed +Ceiling +Score/);
    expect(stdout).toMatch(/Total +96 +96\/100 {2}Khá \(self-rated: Tốt\)/);
  });

  it('leaves every checked file byte-identical, with its modification time', async () => {
    const files = (readdirSync(EXAMPLES, { recursive: true }) as string[]).map((f) => EXAMPLES + f).filter((f) => statSync(f).isFile());
    const snapshot = () => files.map((f) => [f, readFileSync(f), statSync(f).mtimeMs] as const);
    const before = snapshot();
    expect(files.length).toBeGreaterThan(50);
    await chibo(['check', 'examples/', '--format', 'json']);
    await chibo(['summary', 'examples/']);
    await chibo(['report', 'examples/']);
    expect(snapshot()).toEqual(before);
  });
});

describe('chibo check options', () => {
  it('--rubric hd42-an-phu checks every example', async () => {
    let scored = 0;
    for (const file of Object.keys(OUTCOMES)) {
      const { code, report } = await json(['check', `examples/${file}`, '--rubric', 'hd42-an-phu']);
      expect(code, file).not.toBe(2);
      if (report.results[0].score) (scored++, expect(report.results[0].rubric).toBe('hd42-an-phu'));
    }
    // All but broken.yaml, which the schema stops.
    expect(scored).toBe(Object.keys(OUTCOMES).length - 1);
  });
  it('--lang en and CHIBO_LANG', async () => {
    expect((await chibo(['check', 'examples/no-assessment.yaml', '--lang', 'en'])).stdout).toContain('The record has no self-assessment');
    expect((await chibo(['check', 'examples/no-assessment.yaml'], { env: { CHIBO_LANG: 'en' } })).stdout).toContain('The record has no self-assessment');
    expect((await chibo(['check', 'examples/no-assessment.yaml'])).stdout).toContain('Biên bản chưa có phần "assessment" (tự đánh giá, xếp loại)');
  });
  it('--quiet drops warnings from the report and the count', async () => {
    const { report } = await json(['check', 'examples/no-assessment.yaml', '--quiet']);
    expect(report.results[0].problems).toEqual([]);
    expect(report.summary.warnings).toBe(0);
  });
  it('--max-warnings', async () => {
    expect((await chibo(['check', 'examples/no-assessment.yaml'])).code).toBe(0);
    // Two warnings: assessment-missing and the documents reminder.
    expect((await chibo(['check', 'examples/no-assessment.yaml', '--max-warnings', '1'])).code).toBe(1);
    expect((await chibo(['check', 'examples/no-assessment.yaml', '--max-warnings', '2'])).code).toBe(0);
    expect((await chibo(['check', 'examples/no-assessment.yaml', '--max-warnings', 'many'])).code).toBe(2);
  });
  it('--output writes the report to a file', async () => {
    const dir = tmp();
    const out = path.join(dir, 'sub', 'report.json');
    const r = await chibo(['check', 'examples/regular-good.yaml', '--format', 'json', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).results[0].file).toBe('examples/regular-good.yaml');
  });
  it('never writes the report over a record it checks', async () => {
    const dir = tmp();
    const rec = path.join(dir, 'a.yaml');
    writeFileSync(rec, readFileSync(`${EXAMPLES}regular-good.yaml`));
    const r = await chibo(['check', rec, '--output', rec]);
    expect(r.code).toBe(2);
    expect(readFileSync(rec)).toEqual(readFileSync(`${EXAMPLES}regular-good.yaml`));
    // Nor through a symbolic link or a hard link to it, nor when the record is reached by one.
    symlinkSync(rec, path.join(dir, 'soft.json'));
    linkSync(rec, path.join(dir, 'hard.json'));
    symlinkSync(rec, path.join(dir, 'b.yaml'));
    for (const [target, output] of [[rec, 'soft.json'], [rec, 'hard.json'], [path.join(dir, 'b.yaml'), 'a.yaml']]) {
      const linked = await chibo(['check', target!, '--output', output!, '--lang', 'en'], { cwd: dir });
      expect(linked.code, output).toBe(2);
      expect(linked.stderr, output).toBe(`Not writing the report to ${output}: it is a record being checked.\n`);
    }
    expect(readFileSync(rec)).toEqual(readFileSync(`${EXAMPLES}regular-good.yaml`));
    // Another file, there already or not, is written.
    writeFileSync(path.join(dir, 'old.json'), '');
    expect((await chibo(['check', rec, '--output', 'old.json'], { cwd: dir })).code).toBe(0);
    expect((await chibo(['check', rec, '--output', 'new.json'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'new.json'), 'utf8')).toContain('a.yaml');
  });
  it('colour only when asked for or on a terminal; --no-color wins', async () => {
    expect((await chibo(['check', 'examples/regular-good.yaml'])).stdout).not.toContain('\u001b[');
    expect((await chibo(['check', 'examples/regular-good.yaml'], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
    expect((await chibo(['check', 'examples/regular-good.yaml', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await chibo(['check', 'examples/regular-good.yaml'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });
  it('--rubric wins over the record; a missing --rubric is exit 2', async () => {
    const r = await chibo(['check', 'examples/regular-good.yaml', '--rubric', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope');
  });
  it('a rubric that cannot be read says why, in the words of file-unreadable', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'r.yaml'));
    const r = await chibo(['check', path.join(EXAMPLES, 'regular-good.yaml'), '--rubric', path.join(dir, 'r.yaml'), '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('The rubric r.yaml cannot be used:\n  r.yaml  The file cannot be read (it is a folder).\n');
  });
  it('an invalid rubric file is exit 2 with its line', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'r.yaml'), 'id: x\ntitel: y\n');
    const r = await chibo(['check', 'examples/regular-good.yaml', '--rubric', path.join(dir, 'r.yaml'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/r\.yaml:2:1 +Unknown key "titel"/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
  it('a record naming a rubric that cannot be loaded: rubric-unavailable, other records still checked, exit 2', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.yaml'), `rubric: ./missing.yaml\n${readFileSync(`${EXAMPLES}regular-good.yaml`, 'utf8').replace(/^.*\$schema.*\n/, '')}`);
    writeFileSync(path.join(dir, 'b.yaml'), readFileSync(`${EXAMPLES}regular-good.yaml`));
    const { code, report } = await json(['check', dir]);
    expect(code).toBe(2);
    expect(report.results[0].problems[0]).toMatchObject({ rule: 'rubric-unavailable', line: 1, column: 9 });
    expect(report.results[1].score.rating).toBe('tot');
    // summary and report show such a record only by its count: stderr says which, and why.
    for (const command of ['summary', 'report']) {
      const r = await chibo([command, dir, '--lang', 'en', '--output', path.join(dir, `${command}.out`)]);
      expect(r.code, command).toBe(2);
      expect(r.stderr, command).toMatch(/These records were not scored: the rubric they name cannot be loaded:\n {2}\S*a\.yaml:1:9 {2}\S/);
      expect(r.stderr, command).not.toMatch(/b\.yaml/);
    }
  });
  it('a bad option or format is exit 2', async () => {
    expect((await chibo(['check', '--frmat', 'json'])).code).toBe(2);
    expect((await chibo(['check', 'examples/', '--format', 'xml'])).code).toBe(2);
    expect((await chibo(['check', 'examples/', '--lang', 'fr'])).code).toBe(2);
  });
});

describe('which files check reads', () => {
  it('a path that does not exist is exit 2, and the rest is still checked', async () => {
    const r = await json(['check', 'nope.yaml', 'examples/regular-good.yaml']);
    expect(r.code).toBe(2);
    expect(r.report.results).toHaveLength(1);
    expect(r.stderr).toContain('nope.yaml');
  });
  it('a folder with no records, or a glob matching nothing, is exit 2', async () => {
    expect((await chibo(['check', tmp()])).code).toBe(2);
    expect((await chibo(['check', 'examples/*.nothing'])).code).toBe(2);
  });
  it('globs expand sorted, and a file reached twice is checked once', async () => {
    const { report } = await json(['check', 'examples/*-*.yaml', 'examples/regular-good.yaml', './examples/overclaimed.yaml']);
    const files = report.results.map((r: any) => r.file);
    expect(files).toEqual([...new Set(files)]);
    expect(files[0]).toBe('examples/combined-100-minutes.yaml');
    expect(files).toContain('examples/overclaimed.yaml');
  });
  it('skips dot folders and node_modules inside a folder, reads any name given explicitly', async () => {
    const dir = tmp();
    const good = readFileSync(`${EXAMPLES}regular-good.yaml`);
    for (const sub of ['.hidden', 'node_modules', 'b']) mkdirSync(path.join(dir, sub));
    writeFileSync(path.join(dir, '.hidden', 'x.yaml'), good);
    writeFileSync(path.join(dir, 'node_modules', 'x.yaml'), good);
    writeFileSync(path.join(dir, 'b', 'y.yml'), good);
    writeFileSync(path.join(dir, 'a.yaml'), good);
    writeFileSync(path.join(dir, 'notes.txt'), good);
    const { report } = await json(['check', dir], { cwd: dir });
    expect(report.results.map((r: any) => r.file)).toEqual(['a.yaml', 'b/y.yml']);
    expect((await json(['check', 'notes.txt'], { cwd: dir })).report.results[0].score.rating).toBe('tot');
  });
  it('a folder that cannot be read is exit 2, named on stderr; the rest is still checked', async () => {
    const dir = tmp();
    chmodSync(dir, 0o755);
    for (const sub of ['ok', 'locked']) {
      mkdirSync(path.join(dir, sub));
      writeFileSync(path.join(dir, sub, 'r.yaml'), readFileSync(`${EXAMPLES}regular-good.yaml`));
    }
    chmodSync(path.join(dir, 'locked'), 0o000);
    // root reads any folder: the executable then runs as nobody.
    const args = ['check', '.', '--format', 'json', '--lang', 'en'];
    const r = process.getuid?.() === 0 ? spawnChibo(args, { cwd: dir, uid: 65534 }) : await chibo(args, { cwd: dir });
    chmodSync(path.join(dir, 'locked'), 0o755);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Cannot read the folder "locked" (EACCES): the records in it were not checked.\n');
    expect(JSON.parse(r.stdout).results.map((x: any) => x.file)).toEqual(['ok/r.yaml']);
  });
  it('a FIFO named explicitly is file-unreadable', async () => {
    const dir = tmp();
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    const { code, report } = await json(['check', path.join(dir, 'pipe.yaml')]);
    expect(code).toBe(1);
    expect(report.results[0].problems[0].rule).toBe('file-unreadable');
  });
  it('names files relative to the working directory', async () => {
    const { report } = await json(['check', path.join(EXAMPLES, 'regular-good.yaml')], { cwd: path.join(ROOT, 'test') });
    expect(report.results[0].file).toBe('../examples/regular-good.yaml');
  });
});

describe('chibo init, rubric, schema', () => {
  it('init prints a template with the schema modeline; it checks without schema errors', async () => {
    const r = await chibo(['init']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# yaml-language-server: \$schema=schema\/meeting\.schema\.json\n/);
    const dir = tmp();
    writeFileSync(path.join(dir, 't.yaml'), r.stdout);
    const { report } = await json(['check', path.join(dir, 't.yaml')]);
    expect(report.results[0].problems.map((p: any) => p.rule)).not.toContain('schema');
  });
  it('init writes a new file but never over an existing one', async () => {
    const dir = tmp();
    const file = path.join(dir, 'bien-ban.yaml');
    expect((await chibo(['init', file])).code).toBe(0);
    expect(existsSync(file)).toBe(true);
    writeFileSync(file, 'mine');
    expect((await chibo(['init', file])).code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });
  it('rubric shows the table; --list lists the bundled rubrics', async () => {
    const r = await chibo(['rubric', 'lai-chau-14', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1.1   Attendance rate  [15]');
    expect(r.stdout).toContain('attendance_rate ≥ 0.9 → 15');
    expect(r.stdout).toMatch(/Tốt +from 90 points; full marks in 1, 2, 4, 5/);
    expect((await chibo(['rubric', '--list'])).stdout).toMatch(/^hd42-an-phu .*\nlai-chau-14 /m);
    const hd42 = (await chibo(['rubric', 'hd42-an-phu', '--lang', 'en'])).stdout;
    expect(hd42).toContain('speaker_rate > 0.5 → 5');
    expect(hd42).toContain('at most 1 when absent_unexcused > 0');
    expect(hd42).toContain('followup.resolution_posted_days_after ≤ 2 → 1');
    expect((await chibo(['rubric', 'nope'])).code).toBe(2);
  });
  it('schema prints the committed JSON Schema (no drift)', async () => {
    const r = await chibo(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(path.join(ROOT, 'schema', 'meeting.schema.json'), 'utf8')));
  });
  it('--help and --version exit 0', async () => {
    expect((await chibo(['--help'])).code).toBe(0);
    expect((await chibo(['--version'])).stdout.trim()).toBe(VERSION);
  });
});

describe('rubrics are told apart by file and content, not by id', () => {
  // Two rubric files that both say `id: mine`, with different criterion names, maxima and yearly levels.
  const rubric = (names: string[], maxima: number[], yearly: string) => `id: mine
title: Mine
rule: Test rubric
kinds: [regular]
minimum_duration:
  regular: { minutes: 60, source: test }
levels:
  - { id: tot, name: Tốt, min: 90, source: test }
  - { id: kem, name: Kém, min: 0, source: test }
criteria:
${names.map((name, i) => `  - { id: "${i + 1}", name: ${name}, max: ${maxima[i]}, judged: true, source: test }`).join('\n')}
yearly:
  source: test
  levels:
    - { id: ${yearly} }
`;
  function project() {
    const dir = tmp();
    const good = readFileSync(`${EXAMPLES}regular-good.yaml`, 'utf8').replace(/^.*\$schema.*\n/, '');
    for (const [sub, names, maxima, yearly] of [
      ['a', ['A1', 'A2', 'A3', 'A4', 'A5'], [20, 20, 30, 15, 15], 'tot'],
      ['b', ['B1', 'B2', 'B3', 'B4', 'B5'], [25, 25, 30, 10, 10], 'kem'],
    ] as const) {
      mkdirSync(path.join(dir, sub));
      writeFileSync(path.join(dir, sub, 'mine.yaml'), rubric([...names], [...maxima], yearly));
      writeFileSync(path.join(dir, sub, 'r.yaml'), `rubric: ./mine.yaml\n${good.replace(/^cell: .*$/m, `cell: Chi bộ ${sub}`)}`);
    }
    return dir;
  }
  const RECORDS = ['a/r.yaml', 'b/r.yaml'];
  const expectApart = (report: any, summary: any) => {
    const [a, b] = report.results;
    expect([a.rubric, b.rubric]).toEqual(['mine', 'mine']);
    expect(a.score.criteria.map((c: any) => [c.name, c.max])).toEqual([['A1', 20], ['A2', 20], ['A3', 30], ['A4', 15], ['A5', 15]]);
    expect(b.score.criteria.map((c: any) => [c.name, c.max])).toEqual([['B1', 25], ['B2', 25], ['B3', 30], ['B4', 10], ['B5', 10]]);
    expect(summary.cells.map((c: any) => [c.cell, c.yearly])).toEqual([['Chi bộ a', 'tot'], ['Chi bộ b', 'kem']]);
    expect(summary.shortCriteria.map((c: any) => c.name).sort()).toEqual(['A3', 'B1', 'B2', 'B3']);
  };
  it('on one thread', async () => {
    const dir = project();
    const summary = JSON.parse((await chibo(['summary', ...RECORDS, '--format', 'json'], { cwd: dir })).stdout);
    expectApart((await json(['check', ...RECORDS], { cwd: dir })).report, summary);
  });
  it('on worker threads (the executable)', () => {
    const dir = project();
    const env = { CHIBO_THREADS: '2' };
    const report = JSON.parse(spawnChibo(['check', ...RECORDS, '--format', 'json'], { cwd: dir, env }).stdout);
    expectApart(report, JSON.parse(spawnChibo(['summary', ...RECORDS, '--format', 'json'], { cwd: dir, env }).stdout));
  });
});

describe('the executable (bin/chibo.js, built by the test set-up)', () => {
  it('prints what the sources print, with the same exit code', async () => {
    const spawned = spawnChibo(['check', 'examples/', '--lang', 'en']);
    const inProcess = await chibo(['check', 'examples/', '--lang', 'en']);
    expect(spawned.code).toBe(1);
    expect(spawned).toEqual(inProcess);
  });
  it('--version is the package version', () => {
    expect(spawnChibo(['--version']).stdout.trim()).toBe(VERSION);
  });
  it('stops quietly when the reader closes the pipe early', () => {
    const r = execFileSync('bash', ['-c', `"${process.execPath}" bin/chibo.js check examples/ --format json 2>&1 | head -c 1`], { cwd: ROOT, encoding: 'utf8' });
    expect(r).toBe('{');
  });
});
