// npm run bench [-- --count N --runs R --no-memory]: how chibo compares, on this machine and in one
// run, with two baselines on the same files: the yaml package's floor and ajv-cli with the record
// schema. Prints Markdown tables for the README.
import { spawnSync } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
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

// Node reads every certificate NODE_EXTRA_CA_CERTS names when it starts (set to a system's whole
// bundle, that is about 400 million instructions, 60–80 ms): it would hide most of chibo's own
// start-up in the one-record ratio, and a user's machine seldom sets it. No run gets it.
const childEnv = { ...process.env, CI: process.env.CI ?? '' };
delete childEnv.NODE_EXTRA_CA_CERTS;
// chibo keeps V8's compiled code in a cache after its first run (see bin/chibo.js): here a folder
// of the bench's own, made by one run on one record before anything is timed, as a secretary's
// first check would make it.
childEnv.CHIBO_CODE_CACHE = path.join(work, 'code-cache');

/** Runs a node command; returns wall time (ms), CPU time of all its threads (ms) and peak RSS (KB). ajv-cli's report goes to stderr: not kept. */
function measure(args) {
  const rssFile = path.join(work, 'rss');
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', rssHook, ...args], {
    stdio: ['ignore', devNull, args[0] === ajv ? devNull : 'pipe'],
    maxBuffer: 1 << 26,
    env: { ...childEnv, CHIBO_BENCH_RSS: rssFile },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // The records include a rubric that cannot be loaded on purpose: exit 2 is expected.
  if (r.status === null || r.status > 2 || /internal/i.test(String(r.stderr))) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const [rss, cpu] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
  return { ms, rss, cpu: cpu / 1000 };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = path.join(work, 'records');
generate({ count, out: dir, seed: 1 });
// The same records dated from January 2026: scored with hd42-an-phu, whose item 2.2 reads facts
// from a cell's other records. In a folder per cell, as generated, the first pass scores them with
// the facts of their folder's records, which are the batch's (see checkFolder in src/cli/batch.ts);
// in one folder for all, the first pass only describes them and the second scores them.
const dir2026 = path.join(work, 'records-2026');
generate({ count, out: dir2026, seed: 1, year: 2026 });
const flat2026 = path.join(work, 'records-2026-flat');
mkdirSync(flat2026);
// Records that name a rubric by path name it from their folder: ../.rubrics/.
cpSync(path.join(dir2026, '.rubrics'), path.join(work, '.rubrics'), { recursive: true });
for (const f of readdirSync(dir2026, { recursive: true })) {
  if (f.endsWith('.yaml') && !f.startsWith('.')) linkSync(path.join(dir2026, f), path.join(flat2026, f.split(path.sep).join('-')));
}
const oneFile = path.join(root, 'examples', 'regular-good.yaml');

const ajv = path.join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
// ajv-cli stops at the first file its YAML reader (js-yaml 3, through ajv-cli) cannot read: it gets
// the same files less those (the planted broken ones), linked into a folder of their own.
const jsYaml = createRequire(ajv)('js-yaml');
const ajvDir = path.join(work, 'records-ajv');
let ajvFiles = 0;
for (const f of readdirSync(dir, { recursive: true })) {
  if (!f.endsWith('.yaml') || f.startsWith('.')) continue;
  try {
    jsYaml.load(readFileSync(path.join(dir, f), 'utf8'));
  } catch {
    continue;
  }
  mkdirSync(path.dirname(path.join(ajvDir, f)), { recursive: true });
  linkSync(path.join(dir, f), path.join(ajvDir, f));
  ajvFiles++;
}
const schema = path.join(root, 'schema', 'meeting.schema.json');
const commands = {
  baseline: ['bench/baseline.mjs', dir],
  ajv: [ajv, 'validate', '--spec=draft2020', '--strict=false', '-s', schema, '-d', `${ajvDir}/**/*.yaml`],
  json: [bin, 'check', dir, '--format', 'json'],
  json2026: [bin, 'check', dir2026, '--format', 'json', '--as-of', '2028-12-31'],
  json2026flat: [bin, 'check', flat2026, '--format', 'json', '--as-of', '2028-12-31'],
  pretty: [bin, 'check', dir, '--format', 'pretty'],
  summary: [bin, 'summary', dir],
  report: [bin, 'report', dir],
};
// A run of one record lasts a tenth of a second, where the machine's noise weighs most: these two
// alternate more often.
const startUp = { nodeNothing: ['-e', '0'], oneFile: [bin, 'check', oneFile] };
const startUpRuns = Math.max(runs, 21);
const loadAtStart = os.loadavg();
const samples = Object.fromEntries([...Object.keys(commands), ...Object.keys(startUp)].map((k) => [k, []]));
process.stderr.write(`chibo bench: ${count} records, ${runs} runs\n`);
measure(startUp.oneFile);
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(commands)) samples[name].push(measure(args.map((a) => (a.startsWith('bench/') ? path.join(root, a) : a))));
}
for (let i = 0; i < startUpRuns; i++) {
  for (const [name, args] of Object.entries(startUp)) samples[name].push(measure(args));
}
const stat = (name) => ({
  ms: median(samples[name].map((s) => s.ms)),
  cpu: median(samples[name].map((s) => s.cpu)),
  rss: Math.max(...samples[name].map((s) => s.rss)),
});
const base = stat('baseline');
const json = stat('json');

const targets = [];
const target = (label, measured, limit, met) => targets.push(`| ${label} | ${measured} | ${limit} | ${met ? 'met' : 'not met'} |`);
if (values.memory && !values['no-memory']) {
  // Ten times the records, against the same run at the usual size, alternated as above.
  const big = path.join(work, 'records-10x');
  generate({ count: count * 10, out: big, seed: 1 });
  const small = [];
  const large = [];
  for (let i = 0; i < Math.min(runs, 3); i++) {
    small.push(measure([bin, 'check', dir, '--format', 'json']));
    large.push(measure([bin, 'check', big, '--format', 'json']));
  }
  const smallMs = median(small.map((s) => s.ms));
  const largeMs = median(large.map((s) => s.ms));
  const perRecord = ((Math.max(...large.map((s) => s.rss)) - Math.max(...small.map((s) => s.rss))) * 1024) / (count * 9);
  target(`${count * 10} records (${(largeMs / 1000).toFixed(2)} s) vs ${count} (${(smallMs / 1000).toFixed(2)} s)`, `${(largeMs / smallMs).toFixed(2)} ×`, '≤ 10.5 ×', largeMs / smallMs <= 10.5);
  target(`memory per record, (peak RSS at ${count * 10} − at ${count}) / ${count * 9}`, `${(perRecord / 1024).toFixed(2)} KB`, '≤ 1.5 KB', perRecord <= 1.5 * 1024);
}

const ajvRun = stat('ajv');
const row = (label, s) =>
  `| ${label} | ${(s.ms / 1000).toFixed(2)} s | ${(count / (s.ms / 1000)).toFixed(0)} | ${(s.ms / base.ms).toFixed(2)} × | ${(s.ms / ajvRun.ms).toFixed(2)} × | ${(s.cpu / 1000).toFixed(2)} s (${(s.cpu / base.cpu).toFixed(2)} ×) | ${(s.rss / 1024).toFixed(0)} MB |`;
const pretty = stat('pretty');
const summary = stat('summary');
const report = stat('report');
const nothing = stat('nodeNothing');
const one = stat('oneFile');
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const ratio = (a, b) => `${(a.ms / b.ms).toFixed(2)} ×`;
target(`${count} records, --format json, vs baseline`, ratio(json, base), '≤ 0.30 ×', json.ms / base.ms <= 0.3);
target(`${count} records, --format json, vs ajv validate`, ratio(json, ajvRun), '≤ 1.00 ×', json.ms <= ajvRun.ms);
target(`one record (${one.ms.toFixed(0)} ms) vs node -e 0 (${nothing.ms.toFixed(0)} ms), median of ${startUpRuns}`, ratio(one, nothing), '≤ 2 ×', one.ms / nothing.ms <= 2);
target(`summary on ${count} records vs check`, ratio(summary, json), '≤ 1.2 ×', summary.ms / json.ms <= 1.2);
target(`report on ${count} records vs check`, ratio(report, json), '≤ 1.2 ×', report.ms / json.ms <= 1.2);
process.stdout.write(`Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}, ${os.platform()}.
${count} generated records (seed 1), median of ${runs} alternating runs; load average (1, 5, 15 min) ${loadAtStart.map((l) => l.toFixed(1)).join(', ')} at the start, ${os.loadavg().map((l) => l.toFixed(1)).join(', ')} at the end.

| run | time | files/s | vs baseline | vs ajv | CPU time (vs baseline) | peak RSS |
|---|---|---|---|---|---|---|
${row('baseline: read + yaml parseDocument with LineCounter + toJS, 1 thread', base)}
${row(`ajv validate (ajv-cli 5) with chibo schema record, ${ajvFiles} files it can read`, ajvRun)}
${row('chibo check --format json', json)}
${row('chibo check --format json, the records dated from 2026 (hd42-an-phu), a folder per cell', stat('json2026'))}
${row('the same records dated from 2026, all in one folder (hd42-an-phu: two passes)', stat('json2026flat'))}
${row('chibo check --format pretty', pretty)}
${row('chibo summary', summary)}
${row('chibo report (HTML)', report)}

| target | measured | target | status |
|---|---|---|---|
${targets.join('\n')}
`);
rmSync(work, { recursive: true, force: true });
