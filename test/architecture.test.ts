// The shape of src/: floors that import only downwards, and a core that runs in a browser page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { checkRead, checkRecord, type CheckEnv } from '../src/check.js';
import { createRubricLoader } from '../src/load/rubrics.js';
import { loadText } from '../src/parse/fast-yaml.js';
import pretty from '../src/report/pretty.js';
import type { RecordResult } from '../src/score/result.js';
import { env, EXAMPLES } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The floors of src/, lowest first. A module may import from its own floor and the floors below,
 * never from one above. A folder ends with `/`; anything else is one file.
 */
const FLOORS: readonly (readonly [string, readonly string[]])[] = [
  ['core', ['src/core/']],
  ['parse', ['src/parse/']],
  ['validate', ['src/validate/', 'src/rubric/']],
  ['facts', ['src/facts/']],
  ['score', ['src/score/']],
  ['rules', ['src/rules/']],
  ['check', ['src/check.ts', 'src/data-file.ts']],
  ['package files', ['src/paths.ts']],
  ['report', ['src/report/']],
  ['form', ['src/form/']],
  ['load', ['src/load/']],
  ['cli', ['src/cli/', 'src/build-rubrics.ts']],
];

/** Floors whose every module belongs to the core (the rest of the core is the file-free formatters). */
const CORE_FLOORS = ['core', 'parse', 'validate', 'facts', 'score', 'rules', 'check'];

/** Packages that run in a browser as well, which core modules may import. */
const BROWSER_PACKAGES = new Set(['yaml', 'zod', 'chalk']);

function floorOf(file: string): number {
  return FLOORS.findIndex(([, places]) => places.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p)));
}

/** Every import of a module (static, type-only, re-exports and dynamic), as written. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(path.join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/** A relative specifier as the repository path of the .ts module it names; others unchanged. */
function resolve(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return path.posix.join(path.posix.dirname(from), spec).replace(/\.js$/, '.ts');
}

/** Every rule broken by a set of modules: each with its imports, and the modules of the core. */
function violations(modules: ReadonlyMap<string, readonly string[]>, core: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const [file, specs] of modules) {
    const floor = floorOf(file);
    if (floor < 0) {
      found.push(`${file} is on no floor`);
      continue;
    }
    const inCore = core.has(file);
    if (CORE_FLOORS.includes(FLOORS[floor]![0]) && !inCore) found.push(`${file} is on the ${FLOORS[floor]![0]} floor but not in the core`);
    for (const spec of specs) {
      const target = resolve(file, spec);
      if (target.startsWith('node:')) {
        if (inCore) found.push(`${file} (core) imports ${spec}`);
      } else if (!target.startsWith('src/')) {
        const pkg = target.startsWith('@') ? target.split('/').slice(0, 2).join('/') : target.split('/')[0]!;
        if (inCore && !target.startsWith('.') && !BROWSER_PACKAGES.has(pkg)) found.push(`${file} (core) imports ${spec}, which is not known to run in a browser`);
        else if (inCore && target.startsWith('.')) found.push(`${file} (core) imports ${spec}, outside src/`);
      } else {
        const to = floorOf(target);
        if (to > floor) found.push(`${file} (${FLOORS[floor]![0]}) imports ${target} (${FLOORS[to]![0]}), a higher floor`);
        if (inCore && !core.has(target)) found.push(`${file} (core) imports ${target}, outside the core`);
      }
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : [],
  );
}

/** The modules tsconfig.core.json compiles without Node types. */
function coreModules(): Set<string> {
  const file = path.join(ROOT, 'tsconfig.core.json');
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, file);
  return new Set(parsed.fileNames.map((f) => path.relative(ROOT, f).split(path.sep).join('/')));
}

describe('architecture', () => {
  const core = coreModules();

  it('keeps src/ on its floors, importing downwards, with a core free of Node', () => {
    const modules = new Map(sourceFiles('src').map((f) => [f, importsOf(f)]));
    expect(modules.size).toBeGreaterThan(50);
    expect(violations(modules, core)).toEqual([]);
  });

  it('compiles the core without Node types (tsconfig.core.json), and without Node-bound stages', () => {
    expect(core.has('src/check.ts')).toBe(true);
    expect(core.has('src/report/pretty.ts')).toBe(true);
    expect(core.has('src/load/rubrics.ts')).toBe(false);
    const { config } = ts.readConfigFile(path.join(ROOT, 'tsconfig.core.json'), ts.sys.readFile);
    expect(config.compilerOptions.types).toEqual([]);
  });

  it('finds every kind of violation', () => {
    const fake = new Map<string, string[]>([
      ['src/rules/a.ts', ['../cli/main.js', '../validate/text.js', './rule.js']],
      ['src/validate/b.ts', ['node:fs', 'zod']],
      ['src/core/c.ts', ['commander', '../load/files.js']],
      ['src/report/docs.ts', ['node:fs', '../paths.js']],
      ['src/report/d.ts', ['./docs.js']],
      ['src/cli/e.ts', ['node:path', 'commander', '../check.js']],
      ['src/elsewhere.ts', []],
    ]);
    const fakeCore = new Set(['src/rules/a.ts', 'src/rules/rule.ts', 'src/validate/text.ts', 'src/validate/b.ts', 'src/core/c.ts', 'src/report/d.ts']);
    expect(violations(fake, fakeCore)).toEqual([
      'src/rules/a.ts (rules) imports src/cli/main.ts (cli), a higher floor',
      'src/rules/a.ts (core) imports src/cli/main.ts, outside the core',
      'src/validate/b.ts (core) imports node:fs',
      'src/core/c.ts (core) imports commander, which is not known to run in a browser',
      'src/core/c.ts (core) imports src/load/files.ts (load), a higher floor',
      'src/core/c.ts (core) imports src/load/files.ts, outside the core',
      'src/report/d.ts (core) imports src/report/docs.ts, outside the core',
      'src/elsewhere.ts is on no floor',
    ]);
  });

  it('checks a record in two pure steps, loadText(bytes) then checkRead, as checkRecord does', () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const bytes = readFileSync(path.join(EXAMPLES, f));
      const loaded = loadText(bytes, env().limits);
      if ('rule' in loaded) throw new Error(`${f}: ${loaded.rule}`);
      expect(checkRead(f, EXAMPLES, loaded, env()), f).toEqual(checkRecord(f, EXAMPLES, bytes, env()));
    }
    expect(loadText(new Uint8Array([0x61, 0, 0x62, 0]), env().limits)).toMatchObject({ rule: 'file-unreadable' });
    expect(loadText(new TextEncoder().encode('a: [1'), env().limits)).toMatchObject({ rule: 'yaml-syntax' });
    expect(loadText(new Uint8Array(20), { ...env().limits, maxBytes: 10 })).toMatchObject({ rule: 'limit-exceeded', limit: 'maxBytes', value: 20 });
  });
});

const CHROMIUM = process.env.CHIBO_CHROMIUM ?? '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('the core in a browser page', () => {
  it('checks records from bytes and writes the pretty report there, as under Node', async () => {
    // Bundled for a browser: esbuild refuses `node:` modules on this platform.
    const built = await esbuild.build({
      stdin: {
        // The page provides the yaml package and the schemas, as the form page does, for the examples that need them.
        contents: "import * as yaml from 'yaml'; import { provideYaml } from './src/parse/yaml-package.ts'; provideYaml(() => yaml); import * as schemas from './src/validate/schemas.ts'; import { provideSchemas } from './src/validate/zod-schemas.ts'; provideSchemas(() => schemas); export { checkRead } from './src/check.ts'; export { loadText } from './src/parse/fast-yaml.ts'; export { default as pretty } from './src/report/pretty.ts';",
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true, platform: 'browser', format: 'iife', globalName: 'chiboCore', write: false, logLevel: 'silent',
    });
    const loaded = createRubricLoader()('lai-chau-14', EXAMPLES);
    if ('error' in loaded) throw new Error('rubric');
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));
    const records = files.map((f) => ({ file: f, bytes: [...readFileSync(path.join(EXAMPLES, f))] }));
    const settings = { lang: 'vi' as const, limits: env().limits, defaultRubrics: [{ ref: 'lai-chau-14', dates: {} }], severities: {} };
    const summary = { files: files.length, errors: 0, warnings: 0, ratings: { tot: 0, kha: 0, trung_binh: 0, kem: 0 } };
    const options = { lang: 'vi' as const, color: 0 as const, toolVersion: '0' };

    const inNode: CheckEnv = { ...settings, loadRubric: () => loaded };
    const nodeResults = records.map((r) => checkRecord(r.file, EXAMPLES, new Uint8Array(r.bytes), inNode));
    const nodeReport = [...pretty({ results: () => nodeResults, summary }, options)].join('');

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><title>core</title>');
      await page.addScriptTag({ content: built.outputFiles[0]!.text });
      const inBrowser = await page.evaluate(({ records, loaded, settings, summary, options }) => {
        const core = (globalThis as any).chiboCore;
        const env = { ...settings, loadRubric: () => loaded };
        const results = records.map((r: { file: string; bytes: number[] }) => {
          const text = core.loadText(new Uint8Array(r.bytes), settings.limits);
          return 'rule' in text ? null : core.checkRead(r.file, '.', text, env);
        });
        const report = [...core.pretty({ results: () => results, summary }, options)].join('');
        return { results, report, node: typeof (globalThis as any).process };
      }, { records, loaded, settings, summary, options });
      expect(inBrowser.node).toBe('undefined');
      expect(inBrowser.results as RecordResult[]).toEqual(nodeResults);
      expect(inBrowser.report).toBe(nodeReport);
      expect(nodeReport).toContain('regular-good.yaml');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
