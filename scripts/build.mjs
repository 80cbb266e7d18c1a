// The build: bundles src/ into dist/ (one bundle with lazy chunks), then compiles the bundled
// rubrics into dist/rubrics.json. dist/ is committed, so that chibo installs from a git URL
// without development tools. `npm run bundle` runs it; so does the test set-up, before tests that
// spawn bin/chibo.js, so that they never run an old build. `node scripts/build.mjs OUTDIR` builds
// into another folder (the test that compares a fresh build with the committed dist/ does).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function build(outdir = path.join(root, 'dist')) {
  rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts', 'src/cli/batch-worker.ts', 'src/build-rubrics.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Node 20 has these; esbuild would otherwise rewrite each such regex literal into a
    // `new RegExp(...)` compiled afresh on every call (foldName's took a tenth of a batch).
    supported: { 'regexp-unicode-property-escapes': true, 'regexp-lookbehind-assertions': true },
    splitting: true,
    outdir,
    entryNames: '[name]',
    logLevel: 'warning',
    // Bundled CommonJS code may call require().
    banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  });
  execFileSync(process.execPath, [path.join(outdir, 'build-rubrics.js')], { stdio: 'inherit' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await build(process.argv[2] && path.resolve(process.argv[2]));
