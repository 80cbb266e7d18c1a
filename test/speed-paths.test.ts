// Shortcuts taken for speed give what the long way gives: the pre-test for hidden characters
// never passes over one, the walk gives the files in the order of their paths, each once, as
// sorting them all would, a file's shown path is path.relative's, a packed result unpacks to the
// same problems, in both languages, and a JSON report written from the texts a batch kept (a
// record's text with the cross-record rules' problems spliced in) is the report written from its
// results.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packChunk, PackedResults, type PackedChunk } from '../src/cli/packed.js';
import { CheckPool, threadEnv, type CheckSpec } from '../src/cli/batch.js';
import { checkBatch, type BatchOptions, type Io } from '../src/cli/run-check.js';
import { checkAcross, type BatchEntry } from '../src/check.js';
import { collectTargets, displayPath, TargetList } from '../src/load/files.js';
import { DEFAULT_LIMITS } from '../src/parse/source.js';
import { recordText, withMoreProblems } from '../src/report/json.js';
import { jsonEscapeHidden } from '../src/report/untrusted.js';
import { inLang } from '../src/rubric/rubric.js';
import { ruleDocsPath } from '../src/report/report.js';
import { FACT_IDS } from '../src/core/facts.js';
import { byPlace, listed, type Problem } from '../src/core/problem.js';
import { summarize, summaryItem } from '../src/score/summary.js';
import type { Lang } from '../src/core/lang.js';
import { errorsOnly, type RecordResult } from '../src/score/result.js';
import { HIDDEN_CHARACTER, mayHide } from '../src/validate/text.js';
import { chibo, checkText, EXAMPLES, ROOT, spawnChibo } from './helpers.js';

/** Every example and hostile file. */
const exampleFiles = () =>
  ['examples', 'test/fixtures/hostile'].flatMap((dir) => readdirSync(path.join(ROOT, dir)).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(ROOT, dir, f)));

/** Their results, in Vietnamese. */
const exampleResults = () => exampleFiles().map((file) => ({ ...checkText(readFileSync(file), 'vi'), file }));

describe('mayHide', () => {
  it('is true for every hidden character, alone or in text', () => {
    const hidden = new RegExp(`^${HIDDEN_CHARACTER.source}$`, 'u');
    let plain = 0;
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (hidden.test(ch)) {
        expect(mayHide(ch), `U+${c.toString(16)}`).toBe(true);
        expect(mayHide(`Nguyễn Văn ${ch}An`), `U+${c.toString(16)} in a name`).toBe(true);
      } else if (!mayHide(ch)) plain++;
    }
    // The shortcut is worth having: Vietnamese letters, decomposed or not, are plain.
    expect(plain).toBeGreaterThan(1000);
    expect(mayHide('Nguyễn Thị Ánh'.normalize('NFD'))).toBe(false);
    expect(mayHide('Đặng Văn Lử')).toBe(false);
  });
});

describe('the walk and TargetList', () => {
  const sorted = (paths: string[]) => [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const listed = (t: TargetList) => Array.from({ length: t.length }, (_, i) => t.absolute(i));
  /** What the walk is to find below `root`: record files, no dot names or node_modules on the way. */
  const records = (root: string): string[] =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((rel) => /\.ya?ml$/i.test(rel) && !rel.split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules'))
      .map((rel) => path.join(root, rel));

  it('gives the files below a folder in the order of their whole paths, as sorting them would', async () => {
    // Names that sort before and after the separator, prefixes of each other, letters and cases.
    const name = fc.stringMatching(/^[a-bA.\- _0ăĐ]{1,3}$/).filter((n) => n !== '.' && n !== '..');
    type Tree = { [name: string]: Tree | 'yaml' | 'yml' | 'txt' };
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.dictionary(name, fc.oneof({ depthSize: 'small', maxDepth: 3 }, fc.constantFrom<'yaml' | 'yml' | 'txt'>('yaml', 'yml', 'txt'), tie('tree')), { maxKeys: 5 }),
    })).tree;
    const make = (dir: string, t: Tree) => {
      for (const [n, v] of Object.entries(t)) {
        if (typeof v === 'string') writeFileSync(path.join(dir, `${n}.${v}`), '');
        else {
          mkdirSync(path.join(dir, n), { recursive: true });
          make(path.join(dir, n), v);
        }
      }
    };
    await fc.assert(
      fc.asyncProperty(tree, async (t) => {
        const root = mkdtempSync(path.join(os.tmpdir(), 'chibo-walk-'));
        make(root, t);
        const { targets, errors } = await collectTargets([root], root);
        expect(errors).toEqual([]);
        expect(listed(targets)).toEqual(sorted(records(root)));
      }),
      { numRuns: 60 },
    );
  });

  it('takes each file once, where it is first met, whatever the links and arguments', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'chibo-once-'));
    for (const dir of ['a', 'b', 'a-b']) mkdirSync(path.join(root, dir));
    for (const file of ['a/1.yaml', 'a/2.yml', 'b/1.yaml', 'a-b/x.yaml', 'a.yaml']) writeFileSync(path.join(root, file), '');
    symlinkSync(path.join(root, 'a'), path.join(root, 'b', 'to-a'));
    symlinkSync(path.join(root, 'a', '1.yaml'), path.join(root, '0.yaml'));
    const at = (...files: string[]) => files.map((f) => path.join(root, f));
    const walked = async (...args: string[]) => listed((await collectTargets(args, root)).targets);
    expect(await walked('.')).toEqual(at('0.yaml', 'a-b/x.yaml', 'a.yaml', 'a/2.yml', 'b/1.yaml'));
    expect(await walked('b', 'a', 'a/1.yaml', '.')).toEqual(at('b/1.yaml', 'b/to-a/1.yaml', 'b/to-a/2.yml', 'a-b/x.yaml', 'a.yaml'));
    expect(await walked('a/2.yml', 'a')).toEqual(at('a/2.yml', 'a/1.yaml'));
  });

  it('says once, while it goes on, when it has found so many files, files met again not counted', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'chibo-many-'));
    for (const dir of ['a', 'b']) mkdirSync(path.join(root, dir));
    for (const file of ['a/1.yaml', 'a/2.yaml', 'b/1.yaml', 'c.yaml']) writeFileSync(path.join(root, file), '');
    symlinkSync(path.join(root, 'a'), path.join(root, 'b', 'to-a'));
    const found = async (count: number, ...args: string[]) => {
      const seen: number[] = [];
      let list: TargetList | undefined;
      const { targets } = await collectTargets(args, root, undefined, { count, reached: () => seen.push(list?.length ?? -1) });
      list = targets;
      return { calls: seen.length, total: targets.length };
    };
    // a/1, a/2, b/1, then b/to-a/1 and b/to-a/2 again (not counted), then c.
    expect(await found(3, 'a', 'b', 'c.yaml')).toEqual({ calls: 1, total: 4 });
    expect(await found(4, 'a', 'b', 'c.yaml')).toEqual({ calls: 1, total: 4 });
    expect(await found(5, 'a', 'b', 'c.yaml')).toEqual({ calls: 0, total: 4 });
    expect(await found(2, 'c.yaml', 'a/1.yaml', 'a/1.yaml')).toEqual({ calls: 1, total: 2 });
  });

  it('starts the threads of a large batch while it walks, and stops them when the batch stops before checking', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'chibo-early-'));
    const record = readFileSync(path.join(EXAMPLES, 'regular-good.yaml'));
    for (let i = 0; i < 1000; i++) writeFileSync(path.join(root, `${String(i).padStart(4, '0')}.yaml`), record);
    const env = { CHIBO_THREADS: '2', CHIBO_CODE_CACHE: 'off' };
    const stopped = spawnChibo(['check', '.', '--format', 'json', '--output', '0999.yaml', '--lang', 'en'], { cwd: root, env });
    expect(stopped.code).toBe(2);
    expect(stopped.stderr).toBe('Not writing the report to 0999.yaml: it is a record being checked.\n');
    expect(readFileSync(path.join(root, '0999.yaml'))).toEqual(record);
    // A thousand copies of one meeting: each is another's duplicate.
    const checked = spawnChibo(['check', '.', '--format', 'json'], { cwd: root, env });
    expect(checked.code).toBe(1);
    const report = JSON.parse(checked.stdout);
    expect(report.summary.files).toBe(1000);
    expect(report.results[999].problems.map((p: Problem) => p.rule)).toContain('duplicate-meeting');
  });

  it('keeps every path as given, tells files apart by their keys, and grows', () => {
    const t = new TargetList();
    const paths = Array.from({ length: 3000 }, (_, i) => `/r/đơn vị ${i % 7}/${'x'.repeat(i % 50)}${i}.yaml`);
    paths.push('/r/lone \ud800 surrogate.yaml', '/r/pair \u{1F600}.yaml');
    for (const p of paths) t.add(p, false);
    for (const p of paths) t.add(p, true);
    t.add('/link/to/0.yaml', false, paths[0]);
    t.add('/link/other.yaml', true, '/real/other.yaml');
    t.add('/link/other-again.yaml', false, '/real/other.yaml');
    expect(t.length).toBe(paths.length + 1);
    expect(listed(t)).toEqual([...paths, '/link/other.yaml']);
    expect(t.at(paths.length)).toEqual({ absolute: '/link/other.yaml', special: true });
    expect(t.at(0)).toEqual({ absolute: paths[0], special: false });
  });
});

describe('checkAcross', () => {
  it('reads its entries once, from a generator as from a list, and leaves them as they were', () => {
    const deepFreeze = <T>(v: T): T => {
      if (v && typeof v === 'object') for (const x of Object.values(v)) deepFreeze(x);
      return Object.freeze(v);
    };
    const results = exampleResults().filter((r) => r.meeting);
    // The examples' cell, also spelled otherwise (cell-name-variant), and absent members.
    const entries: BatchEntry[] = results.map((r, i) => ({ file: r.file, meeting: i % 3 === 0 ? { ...r.meeting!, cell: r.meeting!.cell.toUpperCase() } : r.meeting, rubricKey: r.rubricKey }));
    const copy = JSON.parse(JSON.stringify(entries)) as BatchEntry[];
    deepFreeze(entries);
    const fromList = checkAcross(entries, 'vi', '2026-12-31');
    let reads = 0;
    const fromGenerator = checkAcross((function* () { for (const e of entries) (reads++, yield e); })(), 'vi', '2026-12-31');
    expect(reads).toBe(entries.length);
    expect([...fromGenerator]).toEqual([...fromList]);
    expect([...fromList.values()].flat().map((p) => p.rule)).toContain('cell-name-variant');
    expect(entries).toEqual(copy);
  });
});

describe('displayPath', () => {
  const shown = (absolute: string, cwd: string) => path.relative(cwd, absolute).split(path.sep).join('/');
  // Names of folders and files, odd ones among them, and paths made of them (not normalized).
  const part = fc.constantFrom('a', 'b', 'don-vi-1', '.', '..', '', 'ă b', '2024-03.yaml', '.hidden');
  const absolute = fc.array(part, { maxLength: 5 }).map((parts) => `${path.sep}${parts.join(path.sep)}`);

  it('names a file as path.relative does, whatever the folder and file named before', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(absolute, fc.constantFrom('/', '/a', '/a/b', '/a/b/', '/b/a', '/a/b/c', '/a/./b', '/a/b/..'))), (calls) => {
        for (const [file, cwd] of calls) expect(displayPath(file, cwd)).toBe(shown(file, cwd));
      }),
      { numRuns: 2000 },
    );
  });

  it('names a file at the root, the working folder itself, and a folder above it', () => {
    expect(displayPath('/a/b/x.yaml', '/a')).toBe('b/x.yaml');
    expect(displayPath('/x.yaml', '/a')).toBe('../x.yaml');
    expect(displayPath('/a/b/..', '/a')).toBe(shown('/a/b/..', '/a'));
    expect(displayPath('//x.yaml', '/x.yaml')).toBe('');
    expect(displayPath('/a/b', '/a/b/c')).toBe('..');
  });
});

describe('packed results', () => {
  const roundTrip = (r: RecordResult, lang: Lang) => {
    const packed = new PackedResults(1);
    packed.put(packChunk([r], lang), () => 0);
    return packed.result(0, new Map(), lang);
  };
  // What packing drops on purpose: the scores of single items and the account of each level, and
  // the names and maxima of criteria (they come back from the rubric, which these tests do not
  // hand over). Anchors are read apart (`anchors(i)`).
  const asPacked = (result: RecordResult) => {
    const score = result.score && { ...result.score, levels: [], criteria: result.score.criteria.map((c) => ({ ...c, name: '', max: 0, items: [] })) };
    return JSON.parse(JSON.stringify({ ...result, score, anchors: {} })) as unknown;
  };
  const files = exampleFiles();

  it.each(['vi', 'en'] as const)('unpack to the same results, messages and positions included (%s)', (lang) => {
    let problems = 0;
    for (const file of files) {
      const result = checkText(readFileSync(file), lang);
      problems += result.problems.length;
      const unpacked = roundTrip(result, lang);
      expect(JSON.parse(JSON.stringify(unpacked)), file).toEqual(asPacked(result));
      expect(Object.keys(unpacked), file).toEqual(Object.keys(result));
      expect(unpacked.meeting, file).toEqual(result.meeting);
    }
    expect(problems).toBeGreaterThan(20);
  });

  it('read back in place from chunks of several, deflated, when a second pass replaces some records', () => {
    const results = files.map((file) => ({ ...checkText(readFileSync(file), 'vi'), file }));
    expect(results.length).toBeGreaterThan(10);
    const packed = new PackedResults(results.length);
    const half = Math.floor(results.length / 2);
    packed.put(packChunk(results.slice(0, half), 'vi'), (k) => k);
    packed.put(packChunk(results.slice(half), 'vi'), (k) => half + k);
    // The second pass: records 1 and 3 again, with the results of records 0 and 2.
    const again = [1, 3];
    packed.put(packChunk([results[0]!, results[2]!], 'vi'), (k) => again[k]!);
    const expected = results.map((r, i) => (i === 1 ? results[0]! : i === 3 ? results[2]! : r));
    const entries = [...packed.entries()];
    expected.forEach((r, i) => {
      expect(JSON.parse(JSON.stringify(packed.result(i, new Map(), 'vi'))), r.file).toEqual(asPacked(r));
      expect(packed.anchors(i), r.file).toEqual(r.anchors);
      expect(entries[i], r.file).toEqual({ file: r.file, meeting: r.meeting, rubricKey: r.rubricKey });
      expect(packed.errors(i), r.file).toBe(r.problems.filter((p) => p.severity === 'error').length);
      expect(packed.warnings(i), r.file).toBe(r.problems.filter((p) => p.severity === 'warning').length);
      expect(packed.rating(i), r.file).toBe(r.score?.rating ?? null);
      expect(packed.rubricKey(i), r.file).toBe(r.rubricKey);
      expect(packed.deferred(i), r.file).toBe(false);
    });
    expect(packed.rubricUnavailable).toBe(expected.some((r) => r.problems.some((p) => p.rule === 'rubric-unavailable')));
  });

  it.each(['json', 'json-errors'] as const)('kept as texts of the JSON report (%s): each text as the report writes it, anchors and counts as kept with results', (kept) => {
    const results = files.map((file) => ({ ...checkText(readFileSync(file), 'en'), file }));
    const packed = new PackedResults(results.length + 1);
    packed.put(packChunk(results, 'en', kept), (k) => k);
    // One record alone: a chunk of one keeps its texts as they are, not deflated.
    packed.put(packChunk([results[0]!], 'en', kept), () => results.length);
    [...results, results[0]!].forEach((r, i) => {
      const shown = kept === 'json' ? r : errorsOnly(r);
      expect(packed.jsonText(i).toString(), r.file).toBe(recordText(shown, 'en'));
      expect(packed.anchors(i), r.file).toEqual(r.anchors);
      expect(packed.errors(i), r.file).toBe(r.problems.filter((p) => p.severity === 'error').length);
      expect(packed.warnings(i), r.file).toBe(r.problems.filter((p) => p.severity === 'warning').length);
    });
    expect(() => packed.result(0, new Map(), 'en')).toThrow(/did not keep results/);
    const asResults = new PackedResults(1);
    asResults.put(packChunk([results[0]!], 'en'), () => 0);
    expect(() => asResults.jsonText(0)).toThrow(/did not keep the JSON report/);
    expect(() => asResults.summaryItem(0, new Map())).toThrow(/did not keep summary items/);
  });

  it.each(['results', 'json', 'summary', 'report'] as const)('read back the same from chunks kept as they are as from deflated ones (%s)', (kept) => {
    const results = files.map((file) => ({ ...checkText(readFileSync(file), 'vi'), file }));
    const asIs = packChunk(results, 'vi', kept, false);
    const deflated = packChunk(results, 'vi', kept);
    expect([asIs.deflated, deflated.deflated]).toEqual([false, true]);
    expect(asIs.results.length).toBeGreaterThan(3 * deflated.results.length);
    const read = (chunk: PackedChunk) => {
      const packed = new PackedResults(results.length);
      packed.put(chunk, (k) => k);
      return results.map((_, i) => ({
        entry: [...packed.entries()][i],
        anchors: packed.anchors(i),
        kept: kept === 'results' ? packed.result(i, new Map(), 'vi') : kept.startsWith('json') ? packed.jsonText(i).toString() : packed.summaryItem(i, new Map()),
        listed: kept === 'report' ? packed.listedProblems(i) : null,
      }));
    };
    expect(read(asIs)).toEqual(read(deflated));
  });

  it('are kept as they are until the batch holds the budget of bytes, then deflated', async () => {
    const spec: CheckSpec = { lang: 'vi', limits: DEFAULT_LIMITS, defaultRubrics: [{ ref: 'lai-chau-14', dates: {} }], severities: {}, cwd: ROOT, asOf: '2026-01-01', kept: 'json' };
    const env = threadEnv(spec);
    if ('error' in env) throw new Error('the rubric is missing');
    // The examples three times over: chunks of 60, 60 and the rest.
    const { targets: examples } = await collectTargets([EXAMPLES], ROOT);
    const targets = Array.from({ length: 3 * examples.length }, (_, i) => examples.at(i % examples.length)!);
    expect(targets.length).toBeGreaterThan(120);
    const run = async (budget: number) => {
      const chunks: PackedChunk[] = [];
      const pool = new CheckPool(spec, env, 1, targets.length, budget);
      await pool.run(targets, {}, (chunk) => chunks.push(chunk));
      await pool.close();
      return chunks;
    };
    expect((await run(0)).map((c) => c.deflated)).toEqual([true, true, true]);
    const asIs = await run(Infinity);
    expect(asIs.map((c) => c.deflated)).toEqual([false, false, false]);
    // Once the first chunk's texts reach the budget, the others are deflated.
    const first = asIs[0]!.results.length + asIs[0]!.entries.length + asIs[0]!.anchors.length;
    expect((await run(first)).map((c) => c.deflated)).toEqual([false, true, true]);
    expect((await run(first + 1)).map((c) => c.deflated)).toEqual([false, false, true]);
  });

  it('keep no text in the JSON report for a record checked again in a second pass', () => {
    const r = { ...checkText(readFileSync(path.join(EXAMPLES, 'regular-good.yaml')), 'vi'), deferred: true as const };
    const packed = new PackedResults(1);
    packed.put(packChunk([r], 'vi', 'json'), () => 0);
    expect(packed.jsonText(0).toString()).toBe('');
    expect(packed.deferred(0)).toBe(true);
  });
  it('keep a message that its data, once packed, would not render the same', () => {
    const result = checkText('format: chibo/v1\nkind: regular\n', 'en');
    expect(result.problems.length).toBeGreaterThan(0);
    const odd = { ...result, problems: result.problems.map((p) => ({ ...p, message: `${p.message} (as written)` })) };
    expect(roundTrip(odd, 'en').problems.map((p) => p.message)).toEqual(odd.problems.map((p) => p.message));
    // A number JSON cannot carry: the message rendered from it is kept, not rendered from null.
    const inf = { ...result, problems: [{ ...result.problems[0]!, data: { value: Infinity } }] };
    expect(roundTrip(inf, 'en').problems[0]!.message).toBe(result.problems[0]!.message);
  });
});

describe('a JSON report written from the texts a batch kept', () => {
  // The examples, with problems from the cross-record rules, and upper-level-absent, off by
  // default, turned on as an error (so that --quiet keeps it): the JSON report alone is written
  // from the texts; with a second report, from the results.
  const project = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'chibo-kept-'));
    cpSync(EXAMPLES, path.join(dir, 'examples'), { recursive: true });
    writeFileSync(path.join(dir, 'chibo.config.yaml'), 'rules:\n  upper-level-absent: error\n  duration-short: error\n');
    return dir;
  };
  const variants = [['vi', []], ['vi, --quiet', ['--quiet']], ['en', ['--lang', 'en']], ['en, --quiet', ['--lang', 'en', '--quiet']]] as const;

  it('gives a record with more problems the text of the record with all of them, hidden characters escaped', () => {
    const results = exampleResults();
    // A problem at the start, one in the middle and one at the end of each record's own, one of
    // them with a hidden character and a quote in its message.
    const extra = (line: number | null, message: string): Problem => ({
      rule: 'meeting-missing', severity: 'warning', path: null, line, column: line === null ? null : 1, endLine: null, endColumn: null, message, data: null,
    });
    let hidden = 0;
    for (const result of results) {
      const more = [extra(null, 'Chi bộ "A\u200bB" thiếu'), extra(5, 'giữa'), extra(100000, 'cuối')];
      const whole = recordText({ ...result, problems: [...result.problems, ...more].sort(byPlace) }, 'vi');
      expect(withMoreProblems(recordText(result, 'vi'), more), result.file).toBe(whole);
      if (/\\u200b/.test(whole)) hidden++;
    }
    expect(hidden).toBe(results.length);
  });

  it('has each record as JSON.stringify writes the report, for every example, hostile file and generated result', () => {
    // The report as JSON.stringify(report, null, 2) writes it, hidden characters escaped: the
    // record's text there, nested two deep.
    const stringified = (r: RecordResult, lang: Lang) => {
      const shownFacts = r.facts && Object.fromEntries(FACT_IDS.map((id) => {
        const v = r.facts![id];
        return [id, (id === 'attendance_rate' || id === 'speaker_rate') && typeof v === 'number' ? Math.round(v * 1000) / 1000 : v];
      }));
      const record = {
        file: r.file, cell: r.cell, kind: r.kind, period: r.period, rubric: r.rubric, facts: shownFacts,
        score: r.score && {
          total: r.score.total, max: r.score.max, rating: r.score.rating,
          criteria: r.score.criteria.map((c) => ({ id: c.id, name: inLang(c.name, lang), max: c.max, ceiling: c.ceiling, claimed: c.claimed, score: c.score })),
        },
        claimed: r.claimed, confirmed: r.confirmed,
        problems: r.problems.map((p) => ({ rule: p.rule, severity: p.severity, path: p.path, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn, message: p.message, docs: ruleDocsPath(p.rule) })),
      };
      return jsonEscapeHidden(JSON.stringify([[record]], null, 2).slice('[\n  [\n    '.length, -'\n  ]\n]'.length));
    };
    for (const lang of ['vi', 'en'] as const) {
      for (const file of exampleFiles()) {
        const r = { ...checkText(readFileSync(file), lang), file };
        expect(recordText(r, lang), file).toBe(stringified(r, lang));
      }
    }
    // Any text (hidden characters, quotes, lone surrogates), any number (NaN, -0, fractions).
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('', '"\\', '\u202e\u200b\u00ad', 'Nguyễn Văn \u0007A', '\ud800x'));
    const num = fc.oneof(fc.integer(), fc.double(), fc.constant(-0));
    const orNull = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
    const base = checkText(readFileSync(path.join(EXAMPLES, 'regular-good.yaml')), 'vi');
    const problem = fc.record({
      rule: text, severity: fc.constantFrom('error', 'warning'), path: orNull(text), line: orNull(num), column: orNull(num),
      endLine: orNull(num), endColumn: orNull(num), message: text, data: fc.constant(null),
    }) as fc.Arbitrary<Problem>;
    const criterion = fc.record({ id: text, name: fc.oneof(text, fc.record({ vi: text, en: text })), max: num, ceiling: num, claimed: orNull(num), score: num });
    const result = fc.record({
      file: text, cell: orNull(text), kind: orNull(fc.constantFrom('regular', 'thematic')), period: orNull(text), rubric: orNull(text),
      facts: orNull(fc.tuple(...FACT_IDS.map(() => fc.oneof(orNull(num), fc.boolean(), text))).map((values) => Object.fromEntries(FACT_IDS.map((id, n) => [id, values[n]])))),
      score: orNull(fc.record({ total: num, max: num, rating: fc.constantFrom('tot', 'kha'), criteria: fc.array(criterion, { maxLength: 4 }) })),
      claimed: orNull(fc.record({ total: num, rating: fc.constantFrom('tot', 'kem') }, { requiredKeys: [] })),
      confirmed: orNull(fc.record({ rating: fc.constantFrom('tot'), by: text, date: text })),
      problems: fc.array(problem, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(result, fc.constantFrom<Lang>('vi', 'en'), (fields, lang) => {
        const r = { ...base, ...fields } as unknown as RecordResult;
        expect(recordText(r, lang)).toBe(stringified(r, lang));
      }),
      { numRuns: 2000 },
    );
  });

  it.each(variants)('is the report written from the results, byte for byte (%s)', async (_, flags) => {
    const dir = project();
    const alone = await chibo(['check', 'examples', '--format', 'json', ...flags], { cwd: dir });
    const withPretty = await chibo(['check', 'examples', '--format', 'json', '--output', 'out.json', '--format', 'pretty', ...flags], { cwd: dir });
    const fromResults = readFileSync(path.join(dir, 'out.json'), 'utf8');
    expect(alone.code).toBe(withPretty.code);
    expect(alone.stdout).toBe(fromResults);
    const report = JSON.parse(alone.stdout);
    const rules = new Set(report.results.flatMap((r: any) => r.problems.map((p: any) => p.rule)));
    expect(rules).toContain('upper-level-absent');
    if ((flags as readonly string[]).includes('--quiet')) expect(report.results.every((r: any) => r.problems.every((p: any) => p.severity === 'error'))).toBe(true);
    else expect(rules).toContain('meeting-missing');
  });

  it('is the same from the executable on worker threads, to stdout and to a file', () => {
    const dir = project();
    const env = { CHIBO_THREADS: '2' };
    const alone = spawnChibo(['check', 'examples', '--format', 'json'], { cwd: dir, env });
    spawnChibo(['check', 'examples', '--format', 'json', '--output', 'kept.json'], { cwd: dir, env });
    spawnChibo(['check', 'examples', '--format', 'json', '--output', 'out.json', '--format', 'github'], { cwd: dir, env });
    expect(alone.stdout.length).toBeGreaterThan(10_000);
    expect(alone.stdout).toBe(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(readFileSync(path.join(dir, 'kept.json'), 'utf8')).toBe(alone.stdout);
  });
});

describe('a summary made from the items a batch kept', () => {
  it('keeps, for each record, what the summary reads of its result', () => {
    const results = exampleResults();
    const packed = new PackedResults(results.length);
    packed.put(packChunk(results, 'vi', 'summary'), (k) => k);
    results.forEach((r, i) => {
      // Criterion names come back from the rubric, which this test does not hand over.
      const expected = summaryItem(r);
      const { item, unavailable } = packed.summaryItem(i, new Map());
      expect(item, r.file).toEqual({ ...expected, criteria: expected.criteria.map((c) => ({ ...c, name: '' })) });
      expect(unavailable, r.file).toEqual(r.problems.filter((p) => p.rule === 'rubric-unavailable').map(({ line, column, message }) => ({ line, column, message })));
    });
    expect(results.some((r) => summaryItem(r).criteria.some((c) => c.short))).toBe(true);
    expect(() => packed.result(0, new Map(), 'vi')).toThrow(/did not keep results/);
  });

  it('keeps both what the summary reads and the problems the page lists, for chibo report, in chunks of one and of several', () => {
    const results = exampleResults();
    const both = new PackedResults(results.length);
    both.put(packChunk(results.slice(0, 1), 'vi', 'report'), (k) => k);
    both.put(packChunk(results.slice(1), 'vi', 'report'), (k) => 1 + k);
    const summaries = new PackedResults(results.length);
    summaries.put(packChunk(results, 'vi', 'summary'), (k) => k);
    const whole = new PackedResults(results.length);
    whole.put(packChunk(results, 'vi', 'results'), (k) => k);
    results.forEach((r, i) => {
      expect(both.summaryItem(i, new Map()), r.file).toEqual(summaries.summaryItem(i, new Map()));
      expect(both.listedProblems(i), r.file).toStrictEqual(r.problems.map(listed));
      expect(whole.result(i, new Map(), 'vi').problems.map(listed), r.file).toStrictEqual(r.problems.map(listed));
    });
    expect(results.filter((r) => r.problems.length > 0).length).toBeGreaterThan(1);
    expect(() => both.result(0, new Map(), 'vi')).toThrow(/did not keep results/);
    expect(() => whole.listedProblems(0)).toThrow(/did not keep the listed problems/);
  });

  it('is the summary made from the results, with the errors the cross-record rules add', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'chibo-items-'));
    cpSync(EXAMPLES, path.join(dir, 'examples'), { recursive: true });
    // A record whose rubric cannot be loaded, for the lines on stderr.
    writeFileSync(path.join(dir, 'examples', 'zz-no-rubric.yaml'), readFileSync(path.join(EXAMPLES, 'regular-good.yaml'), 'utf8').replace(/^cell: /m, 'rubric: khong-co.yaml\ncell: '));
    const io: Io = { cwd: dir, env: {}, stdout: { write: () => true }, stderr: { write: () => true } };
    const opts: BatchOptions = { lang: 'en', limits: DEFAULT_LIMITS, defaultRubrics: [{ ref: 'lai-chau-14', dates: {} }], severities: { 'meeting-missing': 'error', 'upper-level-absent': 'error' }, asOf: '2026-12-31' };
    const fromResults = (await checkBatch(['examples'], opts, io))!;
    const fromItems = (await checkBatch(['examples'], { ...opts, kept: 'summary' }, io))!;
    const items = [...fromItems.checked.summaryItems()];
    const a = summarize([...fromResults.checked.results()].map(summaryItem), fromResults.rubrics, opts.asOf);
    const b = summarize(items.map((x) => x.item), fromItems.rubrics, opts.asOf);
    expect(b).toEqual(a);
    expect(a.withErrors.length).toBeGreaterThan(3);
    expect(a.shortCriteria.length).toBeGreaterThan(0);
    // The cross-record rules' errors are counted in the records they fall on.
    const crossErrors = [...fromResults.checked.results()].filter((r) => r.problems.some((p) => p.rule === 'meeting-missing' && p.severity === 'error')).map((r) => r.file);
    expect(crossErrors.length).toBeGreaterThan(0);
    for (const file of crossErrors) expect(items.find((x) => x.item.file === file)!.item.errors).toBe(a.withErrors.find((w) => w.file === file)!.errors);
    expect(items.filter((x) => x.unavailable.length > 0).map((x) => x.item.file)).toEqual(['examples/zz-no-rubric.yaml']);

    // chibo report keeps both: the same items, and the problems of the records that have some, as
    // the page lists them, a record with problems from the cross-record rules only among them.
    const forReport = (await checkBatch(['examples'], { ...opts, kept: 'report' }, io))!;
    const reportItems = [...forReport.checked.reportItems()];
    expect(reportItems.map(({ item, unavailable }) => ({ item, unavailable }))).toEqual(items);
    const withProblems = [...fromResults.checked.results()].filter((r) => r.problems.length > 0);
    expect(reportItems.flatMap((x) => (x.problems ? [{ file: x.item.file, problems: x.problems }] : [])))
      .toStrictEqual(withProblems.map((r) => ({ file: r.file, problems: r.problems.map(listed) })));
    expect(withProblems.length).toBeLessThan(reportItems.length);
    const crossOnly = withProblems.filter((r) => r.problems.every((p) => p.rule === 'meeting-missing' || p.rule === 'upper-level-absent'));
    expect(crossOnly.length).toBeGreaterThan(0);
  });
});
