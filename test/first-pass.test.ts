// The first pass over a batch scores a record whose rubric reads facts from the cell's other records
// (hd42-an-phu, dated from 28/10/2025) with the facts its folder gives, when the folder lies whole
// in its chunk and holds several months of the cell's meetings; the second pass checks again every
// record deferred or scored with facts that are not the batch's. Whatever the layout of the folders,
// the reports are those of a batch that deferred every such record.
import { spawnSync } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script
import { generate } from '../bench/generate.mjs';
import { checkDeferred, CheckPool, firstPassChunk, threadEnv, type CheckSpec } from '../src/cli/batch.js';
import { PackedResults } from '../src/cli/packed.js';
import { BUNDLED_BY_DATE, BUNDLED_IN_FORCE } from '../src/core/in-force.js';
import { collectTargets, type Target } from '../src/load/files.js';
import { DEFAULT_LIMITS } from '../src/parse/source.js';
import { BIN } from './helpers.js';

/** Targets in the folders given, file by file: 'a' is a/0.yaml. */
const targetsIn = (folders: string[]): Target[] => folders.map((f, i) => ({ absolute: path.join('/r', f, `${i}.yaml`), special: false }));

describe('firstPassChunk', () => {
  const folders = (...runs: [string, number][]) => runs.flatMap(([name, n]) => Array.from({ length: n }, () => name));

  it('ends a chunk where a folder ends, so that folders lie whole in chunks', () => {
    const t = targetsIn(folders(['a', 32], ['b', 32], ['c', 32]));
    expect(firstPassChunk(t, 0)).toEqual({ end: 32, whole: [0, 32] });
    expect(firstPassChunk(t, 32)).toEqual({ end: 64, whole: [0, 32] });
    expect(firstPassChunk(t, 64)).toEqual({ end: 96, whole: [0, 32] });
    // Small folders fill a chunk of 60.
    const small = targetsIn(folders(['a', 20], ['b', 20], ['c', 20], ['d', 20]));
    expect(firstPassChunk(small, 0)).toEqual({ end: 60, whole: [0, 60] });
  });

  it('lets a folder larger than a chunk go on to its end within twice a chunk, and cuts a larger one', () => {
    const t = targetsIn(folders(['a', 100], ['b', 5]));
    expect(firstPassChunk(t, 0)).toEqual({ end: 100, whole: [0, 100] });
    const large = targetsIn(folders(['a', 10], ['b', 200], ['c', 10]));
    expect(firstPassChunk(large, 0)).toEqual({ end: 10, whole: [0, 10] });
    // b is cut: no file of it lies whole in a chunk; the last piece goes on to b's end.
    expect(firstPassChunk(large, 10)).toEqual({ end: 70, whole: [0, 0] });
    expect(firstPassChunk(large, 70)).toEqual({ end: 130, whole: [0, 0] });
    expect(firstPassChunk(large, 130)).toEqual({ end: 210, whole: [0, 0] });
    expect(firstPassChunk(large, 210)).toEqual({ end: 220, whole: [0, 10] });
    // The chunk ends before the folder that would be cut.
    const mixed = targetsIn(folders(['a', 10], ['b', 20], ['c', 200]));
    expect(firstPassChunk(mixed, 0)).toEqual({ end: 30, whole: [0, 30] });
    expect(firstPassChunk(mixed, 30)).toEqual({ end: 90, whole: [0, 0] });
  });

  it('counts a folder as whole only within the list, and the end of the list as the end of a folder', () => {
    const t = targetsIn(folders(['a', 30]));
    expect(firstPassChunk(t, 0)).toEqual({ end: 30, whole: [0, 30] });
    expect(firstPassChunk(t, 10)).toEqual({ end: 30, whole: [0, 0] });
    expect(firstPassChunk([], 0)).toEqual({ end: 0, whole: [0, 0] });
  });
});

/**
 * One generated batch of records dated from 2026, laid out in folders four ways: a folder per
 * cell (as generated), each cell's folder cut in two (a/ and b/, each of several months), one
 * folder for all, the files named after cell and month so that all three list them in one order,
 * and a folder per month, its files named so too.
 */
function layouts(): Record<'cells' | 'halves' | 'flat' | 'months', string> {
  const root = mkdtempSync(path.join(tmpdir(), 'chibo-first-pass-'));
  const cells = path.join(root, 'cells');
  generate({ count: 320, out: cells, seed: 5, year: 2026 });
  const halves = path.join(root, 'halves');
  const flat = path.join(root, 'flat');
  mkdirSync(flat);
  const months = path.join(root, 'months');
  cpSync(path.join(cells, '.rubrics'), path.join(months, '.rubrics'), { recursive: true });
  // Records name a rubric by a path from their folder (../.rubrics/).
  cpSync(path.join(cells, '.rubrics'), path.join(root, '.rubrics'), { recursive: true });
  for (const cell of readdirSync(cells).filter((d) => !d.startsWith('.'))) {
    const files = readdirSync(path.join(cells, cell)).sort();
    cpSync(path.join(cells, '.rubrics'), path.join(halves, cell, '.rubrics'), { recursive: true });
    files.forEach((f, i) => {
      const half = path.join(halves, cell, i < files.length / 2 ? 'a' : 'b');
      mkdirSync(half, { recursive: true });
      linkSync(path.join(cells, cell, f), path.join(half, f));
      linkSync(path.join(cells, cell, f), path.join(flat, `${cell}-${f}`));
      mkdirSync(path.join(months, f.slice(0, 7)), { recursive: true });
      linkSync(path.join(cells, cell, f), path.join(months, f.slice(0, 7), `${cell}-${f}`));
    });
  }
  return { cells, halves, flat, months };
}

describe('the first pass over records whose rubric reads facts from other records', () => {
  const where = layouts();
  const spec = (cwd: string): CheckSpec => ({
    lang: 'vi', limits: DEFAULT_LIMITS, severities: {}, cwd, asOf: '2028-12-31', kept: 'json',
    defaultRubrics: BUNDLED_BY_DATE.map((ref) => ({ ref, dates: BUNDLED_IN_FORCE[ref] })),
  });

  /** The first pass, then the second: how many records each left waiting, and checked again. */
  async function passes(dir: string) {
    const { targets } = await collectTargets([dir], dir);
    const env = threadEnv(spec(dir));
    if ('error' in env) throw new Error('the rubric is missing');
    const pool = new CheckPool(spec(dir), env, 1, targets.length);
    const packed = new PackedResults(targets.length);
    await pool.run(targets, { defer: true }, (chunk, start) => packed.put(chunk, (k) => start + k));
    let deferred = 0;
    let guessed = 0;
    for (let i = 0; i < packed.size; i++) {
      if (packed.deferred(i)) deferred++;
      if (packed.guessed(i)) guessed++;
    }
    const again = await checkDeferred(targets, packed, pool);
    await pool.close();
    return { files: targets.length, deferred, guessed, again };
  }

  it('scores the records of a folder per cell with its facts, right the first time', async () => {
    const { files, deferred, guessed, again } = await passes(where.cells);
    expect(files).toBeGreaterThan(300);
    expect(deferred).toBe(0);
    // All but the records the generator broke beyond scoring.
    expect(guessed).toBeGreaterThan(0.9 * files);
    expect(again).toBe(0);
  });

  it('checks again the records scored with facts their folder gave wrong, and waits in a folder too large', async () => {
    const halves = await passes(where.halves);
    expect(halves.guessed).toBeGreaterThan(0.9 * halves.files);
    expect(halves.again).toBeGreaterThan(0);
    expect(halves.again).toBeLessThan(halves.guessed);
    const flat = await passes(where.flat);
    expect(flat.guessed).toBe(0);
    expect(flat.deferred).toBeGreaterThan(0.9 * flat.files);
    expect(flat.again).toBe(flat.deferred);
  });

  it("waits in a folder of a month's meetings of many cells, where its facts would be wrong", async () => {
    const months = await passes(where.months);
    expect(months.guessed).toBe(0);
    expect(months.deferred).toBeGreaterThan(0.9 * months.files);
    expect(months.again).toBe(months.deferred);
  });

  it('gives the reports of a batch that waited for every such record, on one thread and on two', () => {
    const run = (dir: string, threads: string, format: string) => {
      const r = spawnSync(process.execPath, [BIN, 'check', '.', '--format', format, '--as-of', '2028-12-31'], {
        cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, env: { PATH: process.env.PATH, CHIBO_THREADS: threads },
      });
      // The same record in the three layouts: don-vi-0001/2026-01.yaml, don-vi-0001/a/2026-01.yaml, don-vi-0001-2026-01.yaml.
      const stdout = r.stdout
        .replace(/(don-vi-\d{4})(?:\/[ab])?[/-](?=\d{4}-\d{2})/g, '$1~')
        // A rubric named by a path that leads nowhere: the message gives the path from the record's folder.
        .replace(/[^\s"]*\/(?=khong-co\.yaml)/g, '');
      return { status: r.status, stdout };
    };
    for (const format of ['json', 'pretty']) {
      const flat = run(where.flat, '1', format);
      expect(flat.stdout).toMatch(/don-vi-0001~2026-01/);
      for (const dir of [where.cells, where.halves]) {
        for (const threads of ['1', '2']) expect(run(dir, threads, format)).toEqual(flat);
      }
    }
    // By month, the records come in another order: each record's result is the same.
    const byFile = (stdout: string) => {
      const report = JSON.parse(stdout.replace(/\d{4}-\d{2}\/(?=don-vi)/g, ''));
      return { ...report, results: report.results.sort((a: any, b: any) => a.file.localeCompare(b.file)) };
    };
    const flat = run(where.flat, '2', 'json');
    const months = run(where.months, '2', 'json');
    expect(months.status).toBe(flat.status);
    expect(byFile(months.stdout)).toEqual(byFile(flat.stdout));
  });
});
