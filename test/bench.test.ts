// The benchmark's generator and the batch machinery: deterministic records, and the same output
// whether a batch runs on one thread or several. (No timing here: speed is for `npm run bench`.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script
import { generate } from '../bench/generate.mjs';
import { ROOT } from './helpers.js';

const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml') && !f.startsWith('.')).sort();

describe('bench/generate.mjs', () => {
  const a = mkdtempSync(path.join(tmpdir(), 'chibo-gen-a-'));
  const b = mkdtempSync(path.join(tmpdir(), 'chibo-gen-b-'));
  generate({ count: 300, out: a, seed: 7 });
  generate({ count: 300, out: b, seed: 7 });

  it('writes the same files for the same seed', () => {
    expect(files(a)).toHaveLength(300);
    expect(files(b)).toEqual(files(a));
    for (const f of files(a)) expect(readFileSync(path.join(b, f)), f).toEqual(readFileSync(path.join(a, f)));
  });
  it('plants problems of every rule in about a quarter of the records', () => {
    const c = mkdtempSync(path.join(tmpdir(), 'chibo-gen-c-'));
    generate({ count: 1200, out: c, seed: 1 });
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'chibo.js'), 'check', c, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const report = JSON.parse(r.stdout);
    const rules = new Set(report.results.flatMap((x: any) => x.problems.map((p: any) => p.rule)));
    const own = report.results.filter((x: any) => x.problems.some((p: any) => !['meeting-missing', 'thematic-missing', 'duplicate-meeting', 'absence-streak'].includes(p.rule))).length;
    expect(rules.size).toBe(32);
    expect(own / report.results.length).toBeGreaterThan(0.2);
    expect(own / report.results.length).toBeLessThan(0.35);
  });
});

describe('threads', () => {
  it('give byte-identical reports, one thread or several', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chibo-threads-'));
    generate({ count: 900, out: dir, seed: 3 });
    const run = (threads: string, format: string) =>
      spawnSync(process.execPath, [path.join(ROOT, 'bin', 'chibo.js'), 'check', dir, '--format', format], {
        cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, env: { PATH: process.env.PATH, CHIBO_THREADS: threads },
      });
    for (const format of ['json', 'pretty', 'sarif']) {
      const one = run('1', format);
      const two = run('2', format);
      const three = run('3', format);
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(two.stdout).toBe(one.stdout);
      expect(three.stdout).toBe(one.stdout);
      expect(two.status).toBe(one.status);
    }
  });
  it('give byte-identical reports for records checked in two passes (dated from 2026: hd42-an-phu reads facts from other records)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chibo-threads-2026-'));
    generate({ count: 900, out: dir, seed: 3, year: 2026 });
    const run = (threads: string) =>
      spawnSync(process.execPath, [path.join(ROOT, 'bin', 'chibo.js'), 'check', dir, '--format', 'json', '--as-of', '2028-12-31'], {
        cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, env: { PATH: process.env.PATH, CHIBO_THREADS: threads },
      });
    const one = run('1');
    for (const threads of ['2', '3']) expect(run(threads).stdout).toBe(one.stdout);
    const results = JSON.parse(one.stdout).results;
    const scored = results.filter((r: any) => r.rubric === 'hd42-an-phu' && r.facts);
    expect(scored.length).toBeGreaterThan(800);
    // The second pass gave them the facts of the cell's other records.
    expect(scored.every((r: any) => typeof r.facts.excused_streak_year === 'number')).toBe(true);
    expect(scored.some((r: any) => r.facts.excused_streak_year > 0)).toBe(true);
  });
});
