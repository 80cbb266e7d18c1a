// The build: bundles src/ into dist/ (one bundle with lazy chunks, and the yaml package in a file
// of its own, dist/yaml.cjs, loaded only when a file needs it), compiles the bundled rubrics
// into dist/rubrics.json, then writes the form page dist/form.html: src/form/page.html with its
// style, the compiled rubrics and the checker bundled for browsers, inline. dist/ is committed, so that chibo installs from a git URL
// without development tools. `npm run bundle` runs it; so does the test set-up, before tests that
// spawn bin/chibo.js, so that they never run an old build. `node scripts/build.mjs OUTDIR` builds
// into another folder (the test that compares a fresh build with the committed dist/ does).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  // The yaml package, needed only for files the fast reader leaves to it: one CommonJS file that
  // load/yaml-on-demand.ts requires on first use, so that start-up never loads it.
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['node_modules/yaml/dist/index.js'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: path.join(outdir, 'yaml.cjs'),
    logLevel: 'warning',
  });
  execFileSync(process.execPath, [path.join(outdir, 'build-rubrics.js')], { stdio: 'inherit' });
  await buildForm(outdir);
}

/** Text for inside a <script> element: `<` escaped, so that no `</script>` or `<!--` can occur. */
const inScript = (text) => text.replace(/</g, '\\u003c');

/** dist/form.html: one self-contained page, no file beside it, nothing fetched. */
async function buildForm(outdir) {
  const bundled = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/form/page.ts'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['chrome109', 'edge109', 'firefox115', 'safari15'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  const script = bundled.outputFiles[0].text;
  if (/<\/script|<!--/i.test(script)) throw new Error('the form script contains </script or <!--');
  const cache = JSON.parse(readFileSync(path.join(outdir, 'rubrics.json'), 'utf8'));
  const rubrics = Object.fromEntries(Object.entries(cache).map(([file, entry]) => [file.replace(/\.yaml$/, ''), entry.rubric]));
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const parts = {
    style: readFileSync(path.join(root, 'src/form/page.css'), 'utf8'),
    rubrics: inScript(JSON.stringify(rubrics)),
    script,
    version,
  };
  const page = readFileSync(path.join(root, 'src/form/page.html'), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, name) => parts[name]);
  writeFileSync(path.join(outdir, 'form.html'), page);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await build(process.argv[2] && path.resolve(process.argv[2]));
