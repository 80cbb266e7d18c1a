// Start-up. The command line loads the yaml package (dist/yaml.cjs) only when a file needs it, on
// the main thread and in a batch's worker threads: observed from outside, bin/chibo.js runs under
// an `--import` module that logs every module each thread loads, ES modules through a load hook
// and CommonJS ones through `require`. It sets zod up only for a record the fast path declines.
// And it keeps V8's compiled code in a cache, which changes nothing but the time.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { readFast } from '../src/parse/fast-yaml.js';
import { DEFAULT_LIMITS } from '../src/parse/source.js';
import { BIN, EXAMPLES, ROOT, spawnChibo, VERSION } from './helpers.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'chibo-lazy-'));

/** An `--import` module that logs, line by line into `log`, each module a thread loads. */
function observer(log: string): string {
  const dir = tmp();
  writeFileSync(path.join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';
let log, thread;
export function initialize(data) { ({ log, thread } = data); }
export async function load(url, context, next) {
  appendFileSync(log, 'esm ' + thread + ' ' + url + '\\n');
  return next(url, context);
}
`);
  writeFileSync(path.join(dir, 'observe.mjs'), `import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';
import { threadId } from 'node:worker_threads';
const log = ${JSON.stringify(log)};
register('./hooks.mjs', import.meta.url, { data: { log, thread: threadId } });
const require = Module.prototype.require;
Module.prototype.require = function (id) {
  const before = new Set(Object.keys(Module._cache));
  const loaded = require.call(this, id);
  appendFileSync(log, Object.keys(Module._cache).filter((f) => !before.has(f)).map((f) => 'cjs ' + threadId + ' ' + f + '\\n').join(''));
  return loaded;
};
`);
  return path.join(dir, 'observe.mjs');
}

interface Loaded {
  status: number | null;
  stdout: string;
  /** Thread id → the files that thread loaded. */
  threads: Map<string, string[]>;
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Loaded {
  const log = path.join(tmp(), 'loaded.txt');
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', observer(log), BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1', ...env } });
  expect(r.stderr).toBe('');
  const threads = new Map<string, string[]>();
  for (const line of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
    const [kind, thread, where] = line.split(' ') as [string, string, string];
    const file = kind === 'esm' && where.startsWith('file:') ? fileURLToPath(where) : where;
    threads.set(thread, [...threads.get(thread) ?? [], file]);
  }
  return { status: r.status, stdout: r.stdout, threads };
}

const DIST = path.join(ROOT, 'dist');

/** Whether a thread loaded the yaml package: its bundle, the package itself, or a module of the build holding its code. */
function loadedYaml(files: readonly string[]): boolean {
  return files.some((f) =>
    f === path.join(DIST, 'yaml.cjs') ||
    f.includes(`${path.sep}node_modules${path.sep}yaml${path.sep}`) ||
    (f.startsWith(DIST + path.sep) && readFileSync(f, 'utf8').includes('node_modules/yaml/')));
}

// The good example, which the fast reader takes; with a tag (`!!str`, which changes nothing), it needs the yaml package.
const plain = readFileSync(path.join(EXAMPLES, 'regular-good.yaml'), 'utf8');
const tagged = plain.replace(/^kind: /m, 'kind: !!str ');

describe('the yaml package is loaded only when a file needs it', () => {
  it('not for a plain record, a plain configuration and the bundled rubric; then for a record with a tag, with the same report', () => {
    expect(readFast(plain, DEFAULT_LIMITS)).toBeDefined();
    expect(readFast(tagged, DEFAULT_LIMITS)).toBeUndefined();
    const dir = tmp();
    writeFileSync(path.join(dir, 'chibo.config.yaml'), 'lang: en\nrubric: lai-chau-14\n');
    writeFileSync(path.join(dir, 'plain.yaml'), plain);
    writeFileSync(path.join(dir, 'tagged.yaml'), tagged);

    const fast = run(['check', 'plain.yaml'], dir);
    expect(fast.status).toBe(0);
    expect(fast.stdout).toContain('no problems');
    expect(loadedYaml([...fast.threads.values()].flat())).toBe(false);

    const slow = run(['check', 'tagged.yaml'], dir);
    expect(slow.status).toBe(0);
    expect(loadedYaml([...slow.threads.values()].flat())).toBe(true);
    expect(slow.stdout).toBe(fast.stdout.replaceAll('plain.yaml', 'tagged.yaml'));
  });

  it('but for a configuration the fast reader declines (a comment indented deeper than the next entry)', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'chibo.config.yaml'), 'lang: en\n  # the rubric\nrubric: lai-chau-14\n');
    writeFileSync(path.join(dir, 'plain.yaml'), plain);
    const r = run(['check', 'plain.yaml'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('no problems');
    expect(loadedYaml([...r.threads.values()].flat())).toBe(true);
  });

  it('nor in the worker threads of a batch, but in the one whose files need it', () => {
    const dir = tmp();
    for (let i = 0; i < 401; i++) writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}.yaml`), plain);
    const batch = run(['check', '.', '--format', 'json'], dir, { CHIBO_THREADS: '2' });
    expect(batch.status).toBe(1);
    expect(JSON.parse(batch.stdout).results).toHaveLength(401);
    // A worker thread runs the executable too (bin/chibo.js, told so by an argument).
    const workers = [...batch.threads].filter(([thread, files]) => thread !== '0' && files.includes(BIN));
    expect(workers).toHaveLength(2);
    for (const [, files] of batch.threads) expect(loadedYaml(files)).toBe(false);

    // The last chunk of 200 files (one file) needs the yaml package: only its thread loads it.
    writeFileSync(path.join(dir, '400.yaml'), tagged);
    const one = run(['check', '.', '--format', 'json'], dir, { CHIBO_THREADS: '2' });
    expect(one.status).toBe(1);
    const loading = [...one.threads].filter(([, files]) => loadedYaml(files));
    expect(loading).toHaveLength(1);
    expect(loading[0]![0]).not.toBe('0');
    expect(loading[0]![1]).toContain(BIN);
  });

  it('without a provider, a text that needs it is a fault that says so', async () => {
    vi.resetModules();
    const fresh = await import('../src/parse/yaml-package.js');
    const source = await import('../src/parse/source.js');
    expect(() => source.parse('a: &x 1\n')).toThrow('the yaml package was not provided (provideYaml) before a text needed it');
    fresh.provideYaml(() => ({ LineCounter: class {}, parseDocument: () => { throw new Error('used'); } }) as never);
    expect(() => source.parse('a: 1\n')).toThrow('used');
    vi.resetModules();
  });
});

describe('zod is loaded only when a record needs it', () => {
  /** Runs bin/chibo.js with a module that says at exit whether zod was set up on the main thread. */
  function zodLoaded(file: string): { status: number | null; loaded: boolean } {
    const dir = tmp();
    const probe = path.join(dir, 'probe.cjs');
    const said = path.join(dir, 'said.txt');
    writeFileSync(probe, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(said)}, String(globalThis.__zod_globalConfig !== undefined)));\n`);
    const r = spawnSync(process.execPath, ['-r', probe, BIN, 'check', file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: r.status, loaded: readFileSync(said, 'utf8') === 'true' };
  }

  it('not for a valid record (the fast path reads it), but for an invalid one, which the schema explains', () => {
    expect(zodLoaded(path.join(EXAMPLES, 'regular-good.yaml'))).toEqual({ status: 0, loaded: false });
    expect(zodLoaded(path.join(EXAMPLES, 'broken.yaml'))).toEqual({ status: 1, loaded: true });
  });
});

describe('the code cache', () => {
  const good = path.join(EXAMPLES, 'regular-good.yaml');
  const cacheFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.v8'));

  it('is made by the first run, used by the next, and changes nothing in the output', () => {
    const cache = path.join(tmp(), 'cache');
    const off = spawnChibo(['check', good, '--format', 'json'], { env: { CHIBO_CODE_CACHE: 'off' } });
    const first = spawnChibo(['check', good, '--format', 'json'], { env: { CHIBO_CODE_CACHE: cache } });
    expect(cacheFiles(cache)).toHaveLength(1);
    if (process.platform !== 'win32') expect(statSync(cache).mode & 0o777, 'the folder is the user\'s alone').toBe(0o700);
    const made = statSync(path.join(cache, cacheFiles(cache)[0]!)).mtimeMs;
    const second = spawnChibo(['check', good, '--format', 'json'], { env: { CHIBO_CODE_CACHE: cache } });
    expect(statSync(path.join(cache, cacheFiles(cache)[0]!)).mtimeMs).toBe(made);
    for (const run of [first, second]) expect(run).toEqual(off);
    expect(off.code).toBe(0);
  });

  it('holds the checking even when the run that made it checked nothing (a sample record is checked first)', () => {
    const byCheck = path.join(tmp(), 'cache');
    const byInit = path.join(tmp(), 'cache');
    const byVersion = path.join(tmp(), 'cache');
    spawnChibo(['check', good], { env: { CHIBO_CODE_CACHE: byCheck } });
    const init = spawnChibo(['init', path.join(tmp(), 'bien-ban.yaml')], { env: { CHIBO_CODE_CACHE: byInit } });
    const version = spawnChibo(['--version'], { env: { CHIBO_CODE_CACHE: byVersion } });
    expect([init.code, init.stdout, version.code, version.stdout.trim()]).toEqual([0, '', 0, VERSION]);
    const size = (dir: string) => statSync(path.join(dir, cacheFiles(dir)[0]!)).size;
    // Without the sample, `--version` compiles about three quarters of what a check does.
    for (const dir of [byInit, byVersion]) expect(size(dir)).toBeGreaterThan(size(byCheck) * 0.95);
  });

  it('made anew when V8 refuses it, and the files of other builds are removed', () => {
    const cache = path.join(tmp(), 'cache');
    spawnChibo(['check', good], { env: { CHIBO_CODE_CACHE: cache } });
    const [name] = cacheFiles(cache);
    writeFileSync(path.join(cache, name!), 'not V8 code');
    writeFileSync(path.join(cache, 'main-1-2-v0.0.0-x64.v8'), 'an older build');
    const r = spawnChibo(['check', good], { env: { CHIBO_CODE_CACHE: cache } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(cacheFiles(cache)).toEqual([name]);
    expect(readFileSync(path.join(cache, name!)).length).toBeGreaterThan(10_000);
  });

  it('a folder that cannot be made is simply not used', () => {
    const file = path.join(tmp(), 'a-file');
    writeFileSync(file, '');
    const r = spawnChibo(['check', good], { env: { CHIBO_CODE_CACHE: path.join(file, 'cache') } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('regular-good.yaml');
  });

  it('lives in the user\'s cache folder by default (XDG_CACHE_HOME on Linux)', () => {
    if (process.platform === 'win32' || process.platform === 'darwin') return;
    const home = tmp();
    spawnChibo(['check', good], { env: { XDG_CACHE_HOME: home } });
    expect(cacheFiles(path.join(home, 'chibo'))).toHaveLength(1);
  });
});
