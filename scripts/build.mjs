// The build: bundles src/ into dist/ (the command line as one script, dist/main.cjs, which the
// worker threads of a batch run too; and the yaml package in a file of its own, dist/yaml.cjs,
// loaded only when a file needs it), compiles the bundled rubrics
// into dist/rubrics/, then writes the form page dist/form.html: src/form/page.html with its
// style, the compiled rubrics and the checker bundled for browsers, inline. dist/ is committed, so that chibo installs from a git URL
// without development tools. `npm run bundle` runs it; so does the test set-up, before tests that
// spawn bin/chibo.js, so that they never run an old build. `node scripts/build.mjs OUTDIR` builds
// into another folder (the test that compares a fresh build with the committed dist/ does).
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function build(outdir = path.join(root, 'dist')) {
  rmSync(outdir, { recursive: true, force: true });
  // What every bundle for Node shares.
  const forNode = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
  // Node 20 has these; esbuild would otherwise rewrite each such regex literal into a
  // `new RegExp(...)` compiled afresh on every call (foldName's took a tenth of a batch).
  const supported = { 'regexp-unicode-property-escapes': true, 'regexp-lookbehind-assertions': true };
  // The rubric compiler, run below: an ES module.
  await esbuild.build({
    ...forNode,
    entryPoints: ['src/build-rubrics.ts'],
    format: 'esm',
    supported,
    outdir,
    entryNames: '[name]',
    // Bundled CommonJS code may call require().
    banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  });
  // The command line: one CommonJS script, which bin/chibo.js compiles with a V8 code cache (Node 20
  // has a code cache for scripts, none for ES modules). Modules it imports dynamically (report
  // formats, the template) are bundled in, and still run only when first imported.
  await esbuild.build({
    ...forNode,
    entryPoints: ['src/cli/main.ts'],
    format: 'cjs',
    supported,
    outfile: path.join(outdir, 'main.cjs'),
    minifyWhitespace: true,
    // The sources find the files beside them through import.meta.url (dist/ in the build).
    define: { 'import.meta.url': '__chibo_module_url' },
    plugins: [lazyChildProcess, chalkWithoutTty],
    banner: { js: "const __chibo_module_url=require('node:url').pathToFileURL(__filename).href;" },
  });
  asciiOnly(path.join(outdir, 'main.cjs'));
  // The record the command line checks once before it makes its code cache (src/cli/warm-up.ts).
  copyFileSync(path.join(root, 'examples', 'regular-good.yaml'), path.join(outdir, 'sample.yaml'));
  // The yaml package, needed only for files the fast reader leaves to it: one CommonJS file that
  // load/on-demand.ts requires on first use, so that start-up never loads it.
  await esbuild.build({ ...forNode, entryPoints: ['node_modules/yaml/dist/index.js'], format: 'cjs', outfile: path.join(outdir, 'yaml.cjs') });
  execFileSync(process.execPath, [path.join(outdir, 'build-rubrics.js')], { stdio: 'inherit' });
  // A run reads the rubric it uses as one-byte text too.
  for (const file of readdirSync(path.join(outdir, 'rubrics'))) asciiOnly(path.join(outdir, 'rubrics', file));
  await buildForm(outdir);
}

/**
 * commander loads node:child_process, with the network modules it needs, for subcommands that are
 * programs of their own, which chibo has none of: in the command line's bundle, the module is
 * loaded when commander first uses it, never at start-up.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/**
 * chalk works out the colours of its default instance at load, opening node:tty (and with it
 * node:net) to ask whether stdout is a terminal. chibo never uses that instance: it makes its own,
 * at the level the command line decides (`colorLevel`). The command line's bundle takes chalk's
 * browser version of that module, which asks nothing of Node.
 */
const chalkWithoutTty = {
  name: 'chalk-without-tty',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, (args) => ({ path: path.join(path.dirname(args.importer), 'vendor', 'supports-color', 'browser.js') }));
  },
};

/**
 * Rewrites a script's (or a JSON file's) every non-ASCII character as a \\u escape (esbuild leaves
 * them in regular expressions and comments; in JSON they stand only in strings): Node then reads the
 * file as one-byte text, several times faster than decoding UTF-8, and V8 keeps it in half the
 * memory. A character outside the BMP becomes its surrogate pair, which a regular expression with
 * the `u` flag reads as the one character.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
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
  const compiled = path.join(outdir, 'rubrics');
  const rubrics = Object.fromEntries(readdirSync(compiled).sort().map((file) =>
    [file.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(compiled, file), 'utf8')).rubric]));
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
