// Broken and hostile input: every file gets a clear answer, nothing crashes, nothing is changed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, shared with people who generate the files by hand
import { writeLarge } from './fixtures/hostile/generate-large.mjs';
import { CROSS_RULES } from '../src/rules/index.js';
import { chibo as run, EXAMPLES, ROOT } from './helpers.js';

const HOSTILE = path.join(ROOT, 'test', 'fixtures', 'hostile');
const expected: Record<string, { rules: string[]; exit: number }> = JSON.parse(readFileSync(path.join(HOSTILE, 'expected.json'), 'utf8'));

const chibo = (args: string[], cwd = ROOT) => run(args, { cwd, env: { CHIBO_LANG: 'en' } });
const rulesIn = (result: { problems: { rule: string }[] }) => [...new Set(result.problems.map((p) => p.rule))].sort();
/** In one batch, the corpus's many copies of one meeting are also duplicates of each other. */
const CROSS = new Set(CROSS_RULES.map((r) => r.id));
/**
 * The corpus's records were written before lai-chau-14 asked for a `documents` part: its reminder
 * (agenda-missing, not scored; see v1-unchanged.test.ts) is left out of what each file promises.
 */
const isDocumentsReminder = (p: { rule: string; message?: string }) => p.rule === 'agenda-missing' && /\(type: documents\)/.test(p.message ?? '');
const ownRules = (result: { problems: { rule: string; message?: string }[] }) =>
  rulesIn({ problems: result.problems.filter((p) => !isDocumentsReminder(p)) }).filter((r) => !CROSS.has(r));
const snapshot = (dir: string) =>
  readdirSync(dir).filter((f) => f !== 'expected.json').map((f) => {
    const full = path.join(dir, f);
    return { f, bytes: readFileSync(full), mtime: statSync(full).mtimeMs };
  });

describe('the committed hostile corpus', () => {
  let report: any;
  let before: ReturnType<typeof snapshot>;
  beforeAll(async () => {
    before = snapshot(HOSTILE);
    const r = await chibo(['check', HOSTILE, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    report = JSON.parse(r.stdout);
  });

  it('checks every file of the corpus in one batch, and sees the copies of one meeting', () => {
    expect(report.results.map((r: any) => path.basename(r.file)).sort()).toEqual(Object.keys(expected).sort());
    expect(report.results.flatMap((r: any) => r.problems.map((p: any) => p.rule))).toContain('duplicate-meeting');
  });
  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: ${want.rules.join(', ') || 'a normal check'}, exit ${want.exit}`, async () => {
      const result = report.results.find((r: any) => path.basename(r.file) === name);
      expect(ownRules(result)).toEqual([...want.rules].sort());
      for (const p of result.problems) expect(p.message).toMatch(/\S{3,}.*[.!]$/);
      expect((await chibo(['check', path.join(HOSTILE, name)])).code).toBe(want.exit);
    });
  }
  it('leaves every file byte-identical, with its modification time', async () => {
    await chibo(['check', HOSTILE]);
    expect(snapshot(HOSTILE)).toEqual(before);
  });
  it('prints no stack trace anywhere', async () => {
    const r = await chibo(['check', HOSTILE]);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });
});

describe('hostile inputs too large to commit', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'chibo-large-'));
  const large: Record<string, { rules: string[]; exit: number }> = writeLarge(dir);
  for (const [name, want] of Object.entries(large)) {
    it(`${name}: ${want.rules.join(', ') || 'a normal check'}`, async () => {
      const r = await chibo(['check', path.join(dir, name), '--format', 'json']);
      expect(r.code).toBe(want.exit);
      expect(rulesIn(JSON.parse(r.stdout).results[0])).toEqual(want.rules);
    });
  }
  it('a raised limit lets a long list through', async () => {
    const r = await chibo(['check', path.join(dir, 'speakers-100000.yaml'), '--max-items', '200000', '--format', 'json']);
    expect(rulesIn(JSON.parse(r.stdout).results[0])).toEqual(['speakers-exceed-present']);
  });
});

describe('hostile paths', () => {
  const good = readFileSync(path.join(EXAMPLES, 'regular-good.yaml'));
  it('a symbolic link loop is walked once, without hanging', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chibo-loop-'));
    mkdirSync(path.join(dir, 'a'));
    writeFileSync(path.join(dir, 'a', 'r.yaml'), good);
    symlinkSync('..', path.join(dir, 'a', 'up'));
    symlinkSync(path.join(dir, 'a'), path.join(dir, 'again'));
    const r = await chibo(['check', dir, '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results.map((x: any) => x.file)).toEqual(['a/r.yaml']);
  });
  it('a link to itself named explicitly is file-unreadable, not a crash', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chibo-self-'));
    symlinkSync('self.yaml', path.join(dir, 'self.yaml'));
    const r = await chibo(['check', path.join(dir, 'self.yaml'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).results[0].problems[0]).toMatchObject({ rule: 'file-unreadable', message: 'The file cannot be read (a symbolic link that loops).' });
  });
  it('a very long path and names with spaces and Vietnamese letters', async () => {
    let dir = mkdtempSync(path.join(tmpdir(), 'chibo-long-'));
    for (let i = 0; i < 12; i++) dir = path.join(dir, `thư mục rất dài số ${i} ${'x'.repeat(60)}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'biên bản tháng 3.yaml'), good);
    const r = await chibo(['check', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results[0].file).toMatch(/biên bản tháng 3\.yaml$/);
  });
  it.skipIf(process.getuid?.() === 0)('a file without read permission is file-unreadable', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chibo-perm-'));
    const file = path.join(dir, 'secret.yaml');
    writeFileSync(file, good, { mode: 0o000 });
    const r = await chibo(['check', file, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).results[0].problems[0].rule).toBe('file-unreadable');
  });
  it('a FIFO inside a folder is skipped', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chibo-fifo-'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    writeFileSync(path.join(dir, 'r.yaml'), good);
    const r = await chibo(['check', dir, '--format', 'json'], dir);
    expect(JSON.parse(r.stdout).results.map((x: any) => x.file)).toEqual(['r.yaml']);
  });
});

describe('hostile rubric files', () => {
  const rubric = readFileSync(path.join(ROOT, 'rubrics', 'lai-chau-14.yaml'), 'utf8');
  const dir = mkdtempSync(path.join(tmpdir(), 'chibo-rubric-'));
  const cases: [string, string | Buffer, number][] = [
    ['bom-crlf.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rubric.replace(/\n/g, '\r\n'))]), 0],
    ['empty.yaml', '', 2],
    ['list.yaml', '- a\n', 2],
    ['binary.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), 2],
    ['tag.yaml', `${rubric}x: !!js/function "f"\n`, 2],
    ['duplicate.yaml', rubric.replace('title:', 'title: A\ntitle:'), 2],
    ['alias-bomb.yaml', readFileSync(path.join(HOSTILE, 'alias-bomb.yaml'), 'utf8'), 2],
    ['proto.yaml', `${rubric}__proto__: { polluted: true }\n`, 2],
  ];
  for (const [name, text, code] of cases) {
    it(`${name} → exit ${code} with a message and no stack trace`, async () => {
      writeFileSync(path.join(dir, name), text);
      const r = await chibo(['rubric', path.join(dir, name)]);
      expect(r.code).toBe(code);
      if (code === 2) expect(r.stderr).toMatch(/cannot be used:\n {2}\S+/);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    });
  }
});
