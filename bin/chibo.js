#!/usr/bin/env node
// chibo: the executable. The code lives in dist/ (built by `npm run bundle`, and committed): the
// command line is one CommonJS script, dist/main.cjs, compiled here with a V8 code cache. This file
// is CommonJS too (bin/package.json says so): Node starts one faster than an ES module.
//
// The code cache: compiling the script's functions is most of a short run's start-up. After the
// first run, V8's compiled code is kept in a file of the user's cache folder, and later runs start
// from it (Node 20 offers this for scripts only, through `vm.Script`). The file holds compiled
// chibo code and nothing of the records checked: before it is made, a sample record that ships
// with chibo is checked once (src/cli/warm-up.ts), so that it holds the checking whatever the
// first command was. It is named after the script's size and time of
// change, Node's version and the processor, and V8 refuses one made for another script length,
// another V8 or other flags; a refused or unreadable file is made anew, and a cache folder that
// cannot be written is simply not used.
// CHIBO_CODE_CACHE=off turns it off; CHIBO_CODE_CACHE=<folder> puts it in that folder.
'use strict';
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { homedir } = require('node:os');
const path = require('node:path');
const { Script } = require('node:vm');

const entry = path.join(__dirname, '..', 'dist', 'main.cjs');

// How src/cli/batch.ts starts a worker thread of a large batch: this file, with this argument.
const WORKER_ARGUMENT = '--chibo-worker-thread';

// A reader that stops early (`chibo check | head`) is not a fault of chibo's.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`chibo: cannot write the report (${error.code ?? error.message})\n`);
  process.exit(2);
});

/** The folder for the code cache, or undefined when it is turned off or there is no place for it. */
function cacheFolder(env) {
  const chosen = env.CHIBO_CODE_CACHE;
  if (chosen === 'off') return undefined;
  if (chosen) return path.resolve(chosen);
  if (process.platform === 'win32') return env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, 'chibo', 'Cache') : undefined;
  let home;
  try {
    home = homedir();
  } catch {
    // A user without a home folder: no cache.
  }
  if (process.platform === 'darwin') return home ? path.join(home, 'Library', 'Caches', 'chibo') : undefined;
  const base = env.XDG_CACHE_HOME || (home && path.join(home, '.cache'));
  return base ? path.join(base, 'chibo') : undefined;
}

/** Writes the cache file whole or not at all (runs side by side may write it at once). */
function saveCache(folder, file, data) {
  try {
    // The user's own: nobody else should put code there that chibo would run.
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, file);
    // Files for other builds of chibo or other versions of Node are of no more use.
    for (const name of readdirSync(folder)) {
      if (name.startsWith('main-') && path.join(folder, name) !== file && !name.endsWith('.tmp')) rmSync(path.join(folder, name), { force: true });
    }
  } catch {
    // No cache this time: the next run compiles again.
  }
}

/**
 * Loads dist/main.cjs; on the main thread, `save()` then stores the code compiled so far, when
 * the cache needs it. Worker threads compile the same script with the same cache.
 */
function load(isMain) {
  let source;
  try {
    // The build writes the script in ASCII (scripts/build.mjs): read as Latin-1, its bytes are its
    // characters, with no UTF-8 to decode (half a millisecond less of a short run).
    source = readFileSync(entry, 'latin1');
  } catch {
    process.stderr.write('chibo: dist/ is missing; run `npm run bundle` in the package folder.\n');
    process.exit(2);
  }
  const folder = cacheFolder(process.env);
  const { size, mtimeMs } = statSync(entry);
  const key = `${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}`;
  const file = folder && path.join(folder, `main-${key}.v8`);
  let cached;
  try {
    cached = file ? readFileSync(file) : undefined;
  } catch {
    cached = undefined;
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: entry, cachedData: cached });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, entry, path.dirname(entry));
  // A worker thread only reads the cache: the main thread makes it.
  if (!isMain) return { exports: module.exports };
  const save = async () => {
    if (!file || (cached !== undefined && !script.cachedDataRejected)) return;
    try {
      // A check of a sample record, output dropped, so that the cache holds the checking whatever
      // this run did (src/cli/warm-up.ts).
      await module.exports.warmUp();
    } catch {
      // The cache then holds less.
    }
    saveCache(folder, file, script.createCachedData());
  };
  return { exports: module.exports, save };
}

// V8 optimises fewer of chibo's functions, and inlines less into those it does, than by default.
// Much of a large batch is each worker thread warming up: V8 optimising chibo's functions as they
// get hot, on the processors the threads check with, again whenever records of another shape
// come; on two threads, compiling was a quarter of the instructions of 10,000 records. With a
// smaller inlining budget it compiles less, and 10,000 records took about a tenth less time; with
// a function optimised only after four times as much of it has run (the interrupt budget), the
// compiling halves, and the whole run takes 3% fewer instructions (README, Performance).
// The flags are set for the whole process, before anything is compiled: V8 refuses a code cache
// made under other flags, so every run, and every thread, must run under the same. They are set
// only on the V8 they were measured on (Node 20's, 11.x); later ones tier up otherwise (Maglev),
// and one that no longer knew a flag would print an error.
const V8_FLAGS = process.versions.v8.startsWith('11.') ? '--max-inlined-bytecode-size-cumulative=200 --interrupt-budget=270336' : undefined;

async function run() {
  if (V8_FLAGS) require('node:v8').setFlagsFromString(V8_FLAGS);
  const { exports, save } = load(true);
  const { main } = exports;
  const io = { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
  process.exitCode = await main(process.argv.slice(2), io);
  await save();
}

/** A worker thread: it checks the chunks of files the main thread sends (src/cli/batch-worker.ts). */
function serve() {
  const { parentPort, workerData } = require('node:worker_threads');
  load(false).exports.serveChunks(parentPort, workerData);
}

if (process.argv[2] === WORKER_ARGUMENT && !require('node:worker_threads').isMainThread) serve();
else run().catch((error) => {
  process.stderr.write(`chibo: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.CHIBO_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  process.exitCode = 2;
});
