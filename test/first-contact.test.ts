// A secretary's first mistakes: each gets a true, plain answer with a place, never a misleading one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import vitestConfig from '../vitest.config.js';
import { EXAMPLES, ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'chibo.js');

function chibo(args: string[], cwd = ROOT) {
  const env = { ...process.env, NO_COLOR: '1', CHIBO_LANG: undefined, FORCE_COLOR: undefined } as NodeJS.ProcessEnv;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tmp = () => mkdtempSync(path.join(tmpdir(), 'chibo-first-'));
const good = () => readFileSync(path.join(EXAMPLES, 'regular-good.yaml'), 'utf8');

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

describe('the test set-up', () => {
  it('gives end-to-end tests far more time than the 5 s default', () => {
    expect(vitestConfig.test?.testTimeout).toBeGreaterThanOrEqual(30_000);
    expect(vitestConfig.test?.hookTimeout).toBeGreaterThanOrEqual(30_000);
  });
});
