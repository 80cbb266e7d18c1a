// npm run bench [-- --count N --runs R --no-memory]: how chibo check compares with the floor of
// reading and parsing the same files, on this machine, in one run. Prints a Markdown table.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './generate.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    memory: { type: 'boolean', default: true },
    'no-memory': { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const runs = Math.max(1, Number(values.runs));
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin', 'chibo.js');
const rssHook = path.join(root, 'bench', 'rss.mjs');
const work = mkdtempSync(path.join(os.tmpdir(), 'chibo-bench-'));
const devNull = openSync('/dev/null', 'w');

/** Runs a node command; returns wall time (ms) and peak RSS (KB). */
function measure(args) {
  const rssFile = path.join(work, 'rss');
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', rssHook, ...args], {
    stdio: ['ignore', devNull, 'pipe'],
    env: { ...process.env, CHIBO_BENCH_RSS: rssFile, CI: process.env.CI ?? '' },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // The records include a rubric that cannot be loaded on purpose: exit 2 is expected.
  if (r.status === null || r.status > 2 || /internal/i.test(String(r.stderr))) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, rss: Number(readFileSync(rssFile, 'utf8')) };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = path.join(work, 'records');
generate({ count, out: dir, seed: 1 });
const oneFile = path.join(root, 'examples', 'regular-good.yaml');

const commands = {
  baseline: ['bench/baseline.mjs', dir],
  json: [bin, 'check', dir, '--format', 'json'],
  pretty: [bin, 'check', dir, '--format', 'pretty'],
  nodeNothing: ['-e', '0'],
  oneFile: [bin, 'check', oneFile],
};
const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
process.stderr.write(`chibo bench: ${count} records, ${runs} runs\n`);
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(commands)) samples[name].push(measure(args.map((a) => (a.startsWith('bench/') ? path.join(root, a) : a))));
}
const stat = (name) => ({ ms: median(samples[name].map((s) => s.ms)), rss: Math.max(...samples[name].map((s) => s.rss)) });
const base = stat('baseline');

let memoryRow = '';
if (values.memory && !values['no-memory']) {
  const big = path.join(work, 'records-10x');
  generate({ count: count * 10, out: big, seed: 1 });
  const small = measure([bin, 'check', dir, '--format', 'json']).rss;
  const large = measure([bin, 'check', big, '--format', 'json']).rss;
  const perRecord = ((large - small) * 1024) / (count * 9);
  memoryRow = `| memory per record, (peak RSS at ${count * 10} − at ${count}) / ${count * 9} | ${(perRecord / 1024).toFixed(2)} KB | ≤ 2 KB | ${perRecord <= 2048 ? 'met' : 'not met'} |\n`;
}

const row = (label, s) => `| ${label} | ${(s.ms / 1000).toFixed(2)} s | ${(count / (s.ms / 1000)).toFixed(0)} | ${(s.ms / base.ms).toFixed(2)} × | ${(s.rss / 1024).toFixed(0)} MB |`;
const json = stat('json');
const pretty = stat('pretty');
const nothing = stat('nodeNothing');
const one = stat('oneFile');
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(`Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}, ${os.platform()}.
${count} generated records (seed 1), median of ${runs} alternating runs.

| run | time | files/s | vs baseline | peak RSS |
|---|---|---|---|---|
${row('baseline: read + yaml parseDocument with LineCounter, 1 thread', base)}
${row('chibo check --format json', json)}
${row('chibo check --format pretty', pretty)}

| target | measured | target | status |
|---|---|---|---|
| ${count} records, --format json, vs baseline | ${(json.ms / base.ms).toFixed(2)} × | ≤ 1.2 × | ${json.ms / base.ms <= 1.2 ? 'met' : 'not met'} |
| one record (${(one.ms).toFixed(0)} ms) vs node -e 0 (${nothing.ms.toFixed(0)} ms) | ${(one.ms / nothing.ms).toFixed(2)} × | ≤ 3 × | ${one.ms / nothing.ms <= 3 ? 'met' : 'not met'} |
${memoryRow}`);
rmSync(work, { recursive: true, force: true });
