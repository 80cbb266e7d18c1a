// A secretary's first mistakes: each gets a true, plain answer with a place, never a misleading one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import vitestConfig from '../vitest.config.js';
import { checkVariant, EXAMPLES, problemOf, ROOT, rulesOf } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'chibo.js');

function chibo(args: string[], cwd = ROOT) {
  const env = { ...process.env, NO_COLOR: '1', CHIBO_LANG: undefined, FORCE_COLOR: undefined } as NodeJS.ProcessEnv;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tmp = () => mkdtempSync(path.join(tmpdir(), 'chibo-first-'));
const good = () => readFileSync(path.join(EXAMPLES, 'regular-good.yaml'), 'utf8');

describe('score-sum with claims item by item', () => {
  const byItems = (scores: Record<string, number>, total: number) => (r: Record<string, any>) => {
    delete r.assessment.scores['3'];
    Object.assign(r.assessment.scores, scores);
    r.assessment.total = total;
  };
  it('counts the item claims of a criterion that has no claim of its own', () => {
    const r = checkVariant(byItems({ '3.1': 10, '3.2': 5, '3.3': 4, '3.4': 5, '3.5': 3 }, 97));
    expect(r.problems).toEqual([]);
    expect(r.score?.total).toBe(97);
  });
  it('still finds a total that does not add up, and shows the items it added', () => {
    const r = checkVariant(byItems({ '3.1': 10, '3.2': 5, '3.3': 4, '3.4': 5, '3.5': 3 }, 99));
    expect(rulesOf(r)).toEqual(['score-sum']);
    expect(problemOf(r, 'score-sum')!.message).toBe('The claimed total is 99, but 20 + 20 + (3.1: 10 + 3.2: 5 + 3.3: 4 + 3.4: 5 + 3.5: 3) + 15 + 15 add up to 97. Make them agree.');
    const vi = checkVariant(byItems({ '3.1': 10, '3.2': 5 }, 97), 'vi');
    expect(problemOf(vi, 'score-sum')!.message).toBe('Tổng điểm tự chấm là 97, nhưng cộng 20 + 20 + (3.1: 10 + 3.2: 5) + 15 + 15 được 85. Hãy sửa cho khớp.');
  });
  it('takes the criterion claim when both are written', () => {
    const r = checkVariant((rec) => Object.assign(rec.assessment.scores, { '3.1': 10, '3.2': 5 }));
    expect(rulesOf(r)).not.toContain('score-sum');
  });
});

describe('chibo init', () => {
  it('answers a missing folder plainly, in both languages, with exit 2 and nothing written', () => {
    const dir = tmp();
    const file = path.join(dir, 'nodir', 'x.yaml');
    const vi = chibo(['init', file]);
    expect(vi.code).toBe(2);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toMatch(/^Không tạo được .*x\.yaml: chưa có thư mục .*nodir\. Hãy tạo thư mục đó trước/);
    expect(vi.stderr).not.toMatch(/nội bộ|internal|ENOENT/);
    const en = chibo(['init', 'nodir/x.yaml', '--lang', 'en'], dir);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('Cannot create nodir/x.yaml: there is no folder nodir. Create that folder first, or choose one that exists.\n');
    expect(existsSync(path.join(dir, 'nodir'))).toBe(false);
  });

  it('writes a template that checks clean, as the user would run it', () => {
    const dir = tmp();
    const file = path.join(dir, 'bb.yaml');
    expect(chibo(['init', file]).code).toBe(0);
    for (const lang of ['vi', 'en']) {
      const r = chibo(['check', file, '--format', 'json', '--lang', lang]);
      expect(r.stderr).toBe('');
      const result = JSON.parse(r.stdout).results[0];
      expect(result.problems).toEqual([]);
      expect(r.code).toBe(0);
      expect(result.score.rating).toBe('tot');
    }
  });
});

describe('exit 2 always says why', () => {
  function batchWithUnknownRubric() {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.yaml'), good());
    writeFileSync(path.join(dir, 'b.yaml'), good().replace(/^cell: .*$/m, '$&\nrubric: no-such-rubric').replace('date: 2024-03-15', 'date: 2024-04-15'));
    return dir;
  }
  for (const command of ['summary', 'report']) {
    it(`${command}: a record naming an unknown rubric gives exit 2 with the record, its line and the reason on stderr`, () => {
      const dir = batchWithUnknownRubric();
      const vi = chibo([command, dir], dir);
      expect(vi.code).toBe(2);
      expect(vi.stdout).not.toBe('');
      expect(vi.stderr).toMatch(/^Không chấm được biên bản dưới đây vì bộ tiêu chí nó nêu không tải được:\n  b\.yaml:4:\d+  Không tải được bộ tiêu chí "no-such-rubric"/);
      const en = chibo([command, dir, '--lang', 'en'], dir);
      expect(en.code).toBe(2);
      expect(en.stderr).toMatch(/^These records were not scored: the rubric they name cannot be loaded:\n  b\.yaml:4:\d+  The rubric "no-such-rubric" cannot be loaded/);
      expect(en.stderr.trim().split('\n')).toHaveLength(2);
    });
  }
  it('summary: a clean batch exits 0 with nothing on stderr', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.yaml'), good());
    const r = chibo(['summary', dir], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('several formats', () => {
  it('refuses two formats on stdout, before checking anything', () => {
    const vi = chibo(['check', 'examples/regular-good.yaml', '--format', 'json', '--format', 'junit']);
    expect(vi.code).toBe(2);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toMatch(/^chibo: Nhiều định dạng \(json, junit\) cùng ghi ra màn hình .*chỉ một định dạng được ghi ra màn hình\. .*--output/);
    const en = chibo(['check', 'examples/regular-good.yaml', '--format', 'json', '--format', 'pretty', '--output', '-', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain('Several formats (json, pretty) would be mixed together on stdout; at most one format may go there.');
  });
  it('accepts one format on stdout and the others in files', () => {
    const dir = tmp();
    const r = chibo(['check', 'examples/regular-good.yaml', '--format', 'json', '--format', 'junit', '--output', '-', '--output', path.join(dir, 'r.xml')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).version).toBe(1);
    expect(readFileSync(path.join(dir, 'r.xml'), 'utf8')).toMatch(/^<\?xml/);
  });
});

describe('the test set-up', () => {
  it('gives end-to-end tests far more time than the 5 s default', () => {
    expect(vitestConfig.test?.testTimeout).toBeGreaterThanOrEqual(30_000);
    expect(vitestConfig.test?.hookTimeout).toBeGreaterThanOrEqual(30_000);
  });
});
