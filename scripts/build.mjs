// Builds dist/: one esbuild bundle with lazy chunks, then the bundled rubrics compiled into
// dist/rubrics.json. `npm run build` runs it; so does the test set-up, before tests that spawn
// bin/chibo.js, so that they never run an old build.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function build() {
  rmSync(`${ROOT}dist`, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/main.ts', 'src/cli/batch-worker.ts', 'src/build-rubrics.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    splitting: true,
    outdir: 'dist',
    entryNames: '[name]',
    logLevel: 'warning',
    banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  });
  execFileSync(process.execPath, ['dist/build-rubrics.js'], { cwd: ROOT, stdio: 'inherit' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await build();
