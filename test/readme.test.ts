// The README shows real output, and its rubric walk-through is a valid rubric.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
// @ts-expect-error: a plain ES module shared with test/update-readme.mjs
import { englishOutput, examplesOutput, PAGES_WITH_OUTPUT, withCurrentOutput } from './readme-output.mjs';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const chibo = (args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin', 'chibo.js'), ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CHIBO_LANG: undefined } as NodeJS.ProcessEnv,
  });
const blockAfter = (marker: string, lang = 'text') => {
  const start = readme.indexOf(marker);
  const open = readme.indexOf(`\`\`\`${lang}\n`, start) + lang.length + 4;
  return readme.slice(open, readme.indexOf('```', open));
};

describe('README', () => {
  it('states the set-up commands', () => {
    expect(readme).toContain('npm install\nnpx chibo check examples/\n');
    expect(readme).toContain('npm test\n');
  });
  it('shows the current output of chibo check examples/ (the year folded into one line)', () => {
    expect(blockAfter('## What `chibo check examples/` shows')).toBe(examplesOutput());
  });
  it('shows the current English output for the letter example', () => {
    expect(blockAfter('The same in English')).toBe(englishOutput());
  });
  it("walks through a rubric that chibo accepts", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chibo-readme-'));
    writeFileSync(path.join(dir, 'my-province.yaml'), blockAfter('## Writing your province', 'yaml'));
    const r = chibo(['rubric', path.join(dir, 'my-province.yaml')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const check = chibo(['check', 'examples/regular-good.yaml', '--rubric', path.join(dir, 'my-province.yaml'), '--format', 'json']);
    const result = JSON.parse(check.stdout).results[0];
    expect(result.rubric).toBe('my-province');
    // The example is in force from 2026: a record of 2024 scored by it is told so.
    expect(result.problems.map((p: { rule: string }) => p.rule)).toContain('rubric-out-of-force');
    const en = chibo(['rubric', path.join(dir, 'my-province.yaml'), '--lang', 'en']).stdout;
    expect(en).toContain("1     Members' attendance  [10]");
    expect(en).toContain('my-province: Scoring chi bộ meetings (my province) (version 1)');
  });
});

describe('the Vietnamese guide', () => {
  for (const page of PAGES_WITH_OUTPUT as string[]) {
    it(`${page} shows the current output of every command it quotes`, () => {
      const text = readFileSync(path.join(ROOT, page), 'utf8');
      expect(text.match(/<!-- chibo: /g)?.length ?? 0).toBeGreaterThan(2);
      expect(text).toBe(withCurrentOutput(text));
    });
  }
  it('is linked first from the README', () => {
    expect(readme.indexOf('docs/huong-dan.md')).toBeGreaterThan(0);
    expect(readme.indexOf('docs/huong-dan.md')).toBeLessThan(readme.indexOf('## '));
  });
});
