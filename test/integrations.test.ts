// Integrations that must install and load: action.yml, the pre-commit hook, the README's CI
// set-ups, and the committed build (dist/) that lets chibo install from git without dev packages.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, parseDocument } from 'yaml';
import { EXAMPLES, ROOT } from './helpers.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const readmeYaml = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
/** The README's YAML block that starts with the comment `# <file>`. */
const readmeBlock = (file: string) => {
  const block = readmeYaml.find((b) => b.startsWith(`# ${file}`));
  if (block === undefined) throw new Error(`the README has no YAML block for ${file}`);
  return block;
};

// Time limits for tests that run other programs, on a machine shared with other test runs.
const SPAWNS = 60_000;
const LONG = 600_000; // npm and pre-commit installs

const made: string[] = [];
const tmp = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `chibo-${name}-`));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
}, SPAWNS * 2); // installed packages
const bad = readFileSync(path.join(EXAMPLES, 'letter-tot-criterion-1-short.yaml'));
const good = readFileSync(path.join(EXAMPLES, 'regular-good.yaml'));

/** The environment of a fresh shell: nothing inherited from the `npm test` that runs this. */
const shellEnv = (extra: Record<string, string> = {}) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE_OPTIONS')),
  NO_COLOR: '1', FORCE_COLOR: undefined, CHIBO_LANG: undefined, ...extra,
}) as NodeJS.ProcessEnv;
const run = (cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: shellEnv(env), maxBuffer: 64 << 20 });
  return { code: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
};
const git = (args: string[], cwd = ROOT) =>
  run('git', ['-c', 'user.name=chibo test', '-c', 'user.email=test@localhost', '-c', 'init.defaultBranch=main', ...args], cwd);

const inGit = git(['rev-parse', '--is-inside-work-tree']).out.trim() === 'true';
const havePreCommit = run('pre-commit', ['--version'], ROOT).code === 0;
// A developer's machine may lack them; CI must not (.ci/run installs pre-commit; CI is a clone).
if (process.env.CI && !inGit) throw new Error('CI must run in a git checkout');
if (process.env.CI && !havePreCommit) throw new Error('pre-commit is missing: .ci/run installs it');
const skipped = (why: string | false) => (why ? ` (skipped: ${why})` : '');

describe('YAML files and blocks parse', () => {
  it('action.yml, .pre-commit-hooks.yaml and every YAML block in the README', () => {
    const files = ['action.yml', '.pre-commit-hooks.yaml'].map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8')] as const);
    expect(readmeYaml.length).toBeGreaterThanOrEqual(4);
    for (const [name, text] of [...files, ...readmeYaml.map((b, i) => [`README block ${i + 1}`, b] as const)]) {
      const doc = parseDocument(text);
      expect(doc.errors.map((e) => e.message), name).toEqual([]);
      expect(doc.warnings.map((e) => e.message), name).toEqual([]);
    }
  });
  it('an unquoted ": " inside a value is an error, as the test must see', () => {
    expect(parseDocument('inputs:\n  rubric:\n    description: Rubric (default: the own)\n').errors).not.toEqual([]);
  });
});

describe('action.yml and the README workflow, by action-validator', () => {
  const validator = path.join(ROOT, 'node_modules', '@action-validator', 'cli', 'cli.mjs');
  /** Validates a file as the validator decides from its name: action.yml is an action, else a workflow. */
  const validate = (file: string) => run(process.execPath, [validator, file], path.dirname(file));
  it('accepts action.yml', () => {
    const r = validate(path.join(ROOT, 'action.yml'));
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  }, SPAWNS);
  it('rejects an action that breaks the schema of actions (no runs:)', () => {
    const file = path.join(tmp('action'), 'action.yml');
    writeFileSync(file, readFileSync(path.join(ROOT, 'action.yml'), 'utf8').replace(/^runs:/m, 'run:'));
    expect(validate(file).code).toBe(1);
  }, SPAWNS);
  it('accepts the workflow the README shows', () => {
    const file = path.join(tmp('workflow'), 'records.yml');
    writeFileSync(file, readmeBlock('.github/workflows/records.yml'));
    const r = validate(file);
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  }, SPAWNS);
  it('the workflow runs on a self-hosted runner and pins chibo to a commit', () => {
    const workflow = parseYaml(readmeBlock('.github/workflows/records.yml'));
    expect(workflow.jobs.chibo['runs-on']).toBe('self-hosted');
    expect(workflow.jobs.chibo.steps.map((s: { uses: string }) => s.uses)).toContainEqual(expect.stringMatching(/\/chibo@[0-9a-f]{40}$/));
  });
  it('the action downloads no Node.js and installs only runtime packages', () => {
    const action = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
    const uses = action.runs.steps.map((s: { uses?: string }) => s.uses).filter(Boolean);
    expect(uses).toEqual(['github/codeql-action/upload-sarif@v3']);
    expect(action.inputs['upload-sarif'].default).toBe('false');
  });
});

describe('the README pins chibo by commit, not by a tag that does not exist', () => {
  it('names no tag as rev or @ref', () => {
    expect(readme).not.toMatch(/rev: v\d|@v\d+\.\d+/);
    expect(parseYaml(readmeBlock('.pre-commit-config.yaml')).repos[0].rev).toMatch(/^[0-9a-f]{40}$/);
  });
});

/** Git's id of a file's content, as `git ls-files -s` prints it. */
const gitBlobId = (bytes: Buffer) => createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');

describe(`the committed dist/${skipped(!inGit && 'not a git checkout')}`, () => {
  it.skipIf(!inGit)('is what a fresh build of the sources gives', () => {
    // Built into a temporary folder, not over dist/ (which `npm test` rebuilds before the tests
    // and other tests run), and compared with what git holds, not with the working tree.
    const dir = tmp('build');
    symlinkSync(path.join(ROOT, 'rubrics'), path.join(dir, 'rubrics'), 'junction');
    const build = run(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), path.join(dir, 'dist')], ROOT);
    expect(build.out).toBe('');
    expect(build.code).toBe(0);
    const files = readdirSync(path.join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/'))
      .filter((f) => statSync(path.join(dir, 'dist', f)).isFile()).sort();
    const fresh = Object.fromEntries(files.map((f) => [`dist/${f}`, gitBlobId(readFileSync(path.join(dir, 'dist', f)))]));
    const listed = git(['ls-files', '--stage', '--', 'dist']).out.trim().split('\n').filter(Boolean);
    const committed = Object.fromEntries(listed.map((line) => {
      const [meta, file] = line.split('\t') as [string, string];
      return [file, meta.split(' ')[1]];
    }));
    expect(Object.keys(fresh)).toContain('dist/main.cjs');
    expect(committed, 'dist/ in git is not a build of the sources: run `npm run bundle` and commit dist/').toEqual(fresh);
  }, SPAWNS);
});

/**
 * A git repository holding the working tree as it is (tracked and new files, not ignored ones),
 * committed: what a clean clone of chibo would be once the changes under test are committed.
 */
function snapshot(): string {
  const dir = tmp('repo');
  const files = git(['ls-files', '-z', '--cached', '--others', '--exclude-standard']).out.split('\0').filter(Boolean);
  for (const file of files) {
    const from = path.join(ROOT, file);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(from, path.join(dir, file));
  }
  expect(git(['init', '-q'], dir).code).toBe(0);
  expect(git(['add', '-A'], dir).code).toBe(0);
  expect(git(['commit', '-q', '-m', 'snapshot'], dir).code).toBe(0);
  return dir;
}

/** A project with records: records/bad.yaml has an error, records/good.yaml is clean. */
function records(): string {
  const dir = tmp('records');
  mkdirSync(path.join(dir, 'records'));
  writeFileSync(path.join(dir, 'records', 'bad.yaml'), bad);
  writeFileSync(path.join(dir, 'records', 'good.yaml'), good);
  expect(git(['init', '-q'], dir).code).toBe(0);
  expect(git(['add', '-A'], dir).code).toBe(0);
  return dir;
}

describe('package.json', () => {
  it('has no script that npm runs when it installs a package from git', () => {
    // With any of these, `npm install --global git+…` first runs a global `npm install` inside
    // the clone, which fails or links a temporary folder (README, Developing).
    const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const run = ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall'].filter((s) => s in scripts);
    expect(run).toEqual([]);
  });
});


describe(`installed from git, without development packages${skipped(!inGit && 'not a git checkout')}`, () => {
  it.skipIf(!inGit)('npm install --global git+file://… gives a working chibo; the README\'s GitLab job and the Action\'s steps work as written', () => {
    const repo = snapshot();
    const prefix = tmp('prefix');
    const install = run('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', `git+file://${repo}`], tmpdir());
    expect(install.code, install.out).toBe(0);
    const installed = path.join(prefix, 'lib', 'node_modules', 'chibo');
    expect(existsSync(path.join(installed, 'node_modules', 'esbuild')), 'a development package was installed').toBe(false);
    const project = records();
    const chibo = path.join(prefix, 'bin', 'chibo');
    const failing = run(chibo, ['check', 'records/'], project);
    expect(failing.code, failing.out).toBe(1);
    expect(failing.out).toContain('records/bad.yaml');
    expect(failing.out).toContain('rating-overstated');
    const clean = run(chibo, ['check', 'records/good.yaml'], project);
    expect(clean.code, clean.out).toBe(0);

    // The GitLab job's script, line by line, with chibo checked out in chibo/ as a submodule is.
    expect(git(['clone', '-q', repo, path.join(project, 'chibo')], project).code).toBe(0);
    const job = parseYaml(readmeBlock('.gitlab-ci.yml')).chibo;
    expect(job.variables.GIT_SUBMODULE_STRATEGY).toBe('recursive');
    const script = (job.script as string[]);
    for (const [i, line] of script.entries()) {
      const r = run('bash', ['-c', line], project);
      expect(r.code, `${line}\n${r.out}`).toBe(i === script.length - 1 ? 1 : 0);
    }
    expect(readFileSync(path.join(project, 'chibo-junit.xml'), 'utf8')).toContain('<testsuite name="records/bad.yaml"');

    // The Action's shell steps, as a runner runs them (bash -eo pipefail), on the runner's Node.js.
    const action = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
    const step = (name: string) => action.runs.steps.find((s: { name: string }) => s.name === name).run as string;
    const outputFile = path.join(project, 'github-output');
    writeFileSync(outputFile, '');
    const runnerEnv = {
      GITHUB_ACTION_PATH: path.join(project, 'chibo'), GITHUB_OUTPUT: outputFile,
      CHIBO_PATHS: 'records/', CHIBO_RUBRIC: '', CHIBO_LANG: 'en', CHIBO_SARIF: 'chibo.sarif',
    };
    rmSync(path.join(project, 'chibo', 'node_modules'), { recursive: true, force: true });
    const installStep = run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step('Install chibo')], project, runnerEnv);
    expect(installStep.code, installStep.out).toBe(0);
    const check = run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step('Check records')], project, runnerEnv);
    expect(check.code, check.out).toBe(0);
    expect(check.out).toMatch(/^::error file=records\/bad\.yaml,line=\d+/m);
    expect(readFileSync(outputFile, 'utf8')).toBe('exit-code=1\n');
    expect(JSON.parse(readFileSync(path.join(project, 'chibo.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(0);
  }, LONG);
});

describe(`the pre-commit hook${skipped((!inGit && 'not a git checkout') || (!havePreCommit && 'pre-commit is not installed'))}`, () => {
  const ready = inGit && havePreCommit;
  it.skipIf(!havePreCommit)('the hook manifest and the README\'s config pass pre-commit\'s own validators', () => {
    const manifest = run('pre-commit', ['validate-manifest', path.join(ROOT, '.pre-commit-hooks.yaml')], ROOT);
    expect(manifest.code, manifest.out).toBe(0);
    const config = path.join(tmp('config'), '.pre-commit-config.yaml');
    writeFileSync(config, readmeBlock('.pre-commit-config.yaml'));
    const r = run('pre-commit', ['validate-config', config], ROOT);
    expect(r.code, r.out).toBe(0);
  }, SPAWNS);
  it.skipIf(!ready)('installs through pre-commit try-repo and fails a commit of a record with errors, not a clean one', () => {
    const repo = snapshot();
    const project = records();
    const env = { PRE_COMMIT_HOME: tmp('pre-commit-home') };
    const failing = run('pre-commit', ['try-repo', repo, 'chibo', '--all-files'], project, env);
    expect(failing.code, failing.out).toBe(1);
    expect(failing.out).toContain('records/bad.yaml');
    expect(failing.out).toContain('rating-overstated');
    expect(git(['rm', '-q', '-f', 'records/bad.yaml'], project).code).toBe(0);
    const clean = run('pre-commit', ['try-repo', repo, 'chibo', '--all-files'], project, env);
    expect(clean.code, clean.out).toBe(0);
    expect(clean.out).toMatch(/chibo check.*Passed/);
  }, LONG);
});
