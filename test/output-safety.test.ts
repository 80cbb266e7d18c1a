// Record text is data in every output: the hostile-output corpus through every format, each
// output checked as the program that opens it would read it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvField, jsonEscapeHidden, visible, visibleLine } from '../src/report/untrusted.js';
import { hiddenCharacters } from '../src/validate/text.js';
import { checkVariant, problemOf, ROOT } from './helpers.js';

const Ajv04 = ((Ajv04Module as unknown as { default?: typeof Ajv04Module }).default ?? Ajv04Module) as unknown as typeof Ajv2020;
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'hostile-output');
const CHROMIUM = process.env.CHIBO_CHROMIUM ?? '/usr/bin/chromium';

/** Any character that can act in a terminal or hide in text; tab and line feed are plain text. */
const RAW = /(?![\t\n])[\p{Cc}\p{Cf}\u2028\u2029]/u;
/** The colour codes chalk writes: SGR with one parameter. */
const SGR = /\u001b\[\d+m/g;

const ESCAPED_CELL = 'Chi bộ \u001b]0;pwned\u0007\u001b[2J X';
/** A file name that is itself hostile: a line break, a would-be workflow command, ESC, BEL, RLO. */
const HOSTILE_FILE = 'tệp\n::error file=x::name \u001b]0;t\u0007\u202e.yaml';

function chibo(args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'chibo.js'), ...args], {
    cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CHIBO_LANG: undefined, CI: undefined, ...env } as NodeJS.ProcessEnv,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** RFC 4180, as spreadsheets read it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  expect(quoted, 'an unterminated quoted field').toBe(false);
  expect(field === '' && row.length === 0, 'the last row ends with CRLF').toBe(true);
  return rows;
}

describe('making record text safe, per medium', () => {
  it('shows control characters as \\xNN and hidden ones as <U+XXXX>, leaving tab, line feed and Vietnamese alone', () => {
    expect(visible('Chi bộ \u001b]0;pwned\u0007\u001b[2J X')).toBe('Chi bộ \\x1b]0;pwned\\x07\\x1b[2J X');
    expect(visible('\u009b2J\u0085\u007f\r\0')).toBe('\\x9b2J\\x85\\x7f\\x0d\\x00');
    expect(visible('a\u202eb\u200bc\u2066d\u2069e\ufefff\u00ad\u{E0041}')).toBe('a<U+202E>b<U+200B>c<U+2066>d<U+2069>e<U+FEFF>f<U+00AD><U+E0041>');
    const nfd = 'Lê Văn Cường, Nguyễn Thị Ánh'.normalize('NFD');
    expect(visible(`${nfd}\tx\ny`)).toBe(`${nfd}\tx\ny`);
    expect(visibleLine('a\nb\tc\u001b')).toBe('a\\x0ab\tc\\x1b');
  });
  it('shows every hidden character, and leaves text without one as it is (plain text is passed over unsearched)', () => {
    // Text mostly plain, with now and then a hidden character, a line feed or any other code point.
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('Chi bộ', 'Lê Văn Cường'.normalize('NFD'), 'a-1 (x)', '\t', ' ', 'Ánh') },
      fc.constantFrom('\n', '\r', '\u0000', '\u001b', '\u007f', '\u0085', '\u00ad', '\u200b', '\u202e', '\u2028', '\u2066', '\ufeff', '\u{E0041}'),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), (text) => {
      const hidden = hiddenCharacters(text).length > 0;
      expect(visible(text) === text).toBe(!hidden);
      expect(hiddenCharacters(visible(text))).toEqual([]);
      expect(visibleLine(text) === text).toBe(!hidden && !text.includes('\n'));
      expect(hiddenCharacters(visibleLine(text))).toEqual([]);
      expect(visibleLine(text)).not.toContain('\n');
    }), { numRuns: 2000 });
  });
  it('neutralises CSV fields a spreadsheet would take for formulas; numbers stay numbers', () => {
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '  =1', '＝1', '=HYPERLINK("http://x","bam")']) {
      expect(csvField(formula).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvField('\r=1')).toBe("'\\x0d=1");
    expect(csvField('=HYPERLINK("http://x","bam")')).toBe(`"'=HYPERLINK(""http://x"",""bam"")"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField(2024)).toBe('2024');
    expect(csvField('Tốt 97')).toBe('Tốt 97');
    expect(csvField('a;=1')).toBe('"a;=1"');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });
  it('escapes hidden characters in JSON text without changing what it parses to', () => {
    const value = { s: 'x\u001b\u009b\u202e\u200b\u2028\u{E0041}y\n' };
    const text = jsonEscapeHidden(JSON.stringify(value, null, 2));
    expect(text).not.toMatch(RAW);
    expect(text).toContain('\\u202e');
    expect(JSON.parse(text)).toEqual(value);
  });
  it('names hidden characters by code point, once each, and finds none in Vietnamese text', () => {
    expect(hiddenCharacters('a\u202eb\u202ec\u200b')).toEqual(['U+202E', 'U+200B']);
    expect(hiddenCharacters('Nguyễn Văn An'.normalize('NFD'))).toEqual([]);
    expect(hiddenCharacters('Nguyễn\tVăn\nAn')).toEqual([]);
  });
});

describe('hidden-character', () => {
  it('warns once per record, at the first such name, listing every one with its code points', () => {
    const r = checkVariant((rec) => {
      rec.cell = 'Chi bộ\u200b Văn phòng';
      rec.speakers[2] = '\u202eĐỗ Văn Hải';
      rec.members.absent_excused[0].name = 'Lê Văn\u2066 Cường';
      rec.tasks[0].assignee = 'Hoàng Văn Em\u001b[0m';
    });
    const found = r.problems.filter((p) => p.rule === 'hidden-character');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', path: 'cell' });
    expect(found[0]!.line).toBeGreaterThan(0);
    const m = found[0]!.message;
    expect(m).toContain('4 names');
    for (const part of ['the cell name', '(U+200B)', 'a speaker', '(U+202E)', 'a member absent with reason', '(U+2066)', 'a task assignee', '(U+001B)']) {
      expect(m).toContain(part);
    }
  });
  it('looks at every field that holds a name', { timeout: 30_000 }, () => {
    const names: [string, (rec: Record<string, any>, v: string) => void][] = [
      ['cell', (rec, v) => { rec.cell = v; }],
      ['organization', (rec, v) => { rec.organization = v; }],
      ['chair', (rec, v) => { rec.chair = v; }],
      ['minutes_taker', (rec, v) => { rec.minutes_taker = v; }],
      ['guests[0]', (rec, v) => { rec.guests = [v]; }],
      ['members.absent_excused[1].name', (rec, v) => { rec.members.absent_excused[1].name = v; }],
      ['members.absent_unexcused[0]', (rec, v) => { rec.members.absent_unexcused = [v]; rec.members.present = 20; rec.vote.for = 20; }],
      ['speakers[6]', (rec, v) => { rec.speakers[6] = v; }],
      ['commendations[0].name', (rec, v) => { rec.commendations = [{ name: v, kind: 'praise' }]; }],
      ['tasks[0].assignee', (rec, v) => { rec.tasks[0].assignee = v; }],
      ['thematic.presenter', (rec, v) => {
        rec.kind = 'combined'; rec.agenda.push({ type: 'topic' }); rec.time.end = '16:00';
        rec.thematic = { topic: 'T', plan: 'KH 01', presenter: v, conclusion: 'C' };
      }],
    ];
    for (const [where, set] of names) {
      const p = problemOf(checkVariant((rec) => set(rec, 'Vũ Thị\u00a0\u200dGiang')), 'hidden-character');
      expect(p?.path, where).toBe(where);
      expect(p!.line, where).toBeGreaterThan(0);
    }
  });
  it('says it in Vietnamese by default', () => {
    const p = problemOf(checkVariant((rec) => { rec.chair = 'Nguyễn Văn\u202e An'; }, 'vi'), 'hidden-character');
    expect(p!.message).toBe('Tên có ký tự ẩn hoặc ký tự đổi chiều chữ: người chủ trì "Nguyễn Văn\u202e An" (U+202E). ' +
      'Nhìn thì giống, nhưng khi đối chiếu tên này khác với tên gõ thông thường. Hãy xóa và gõ lại tên này.');
  });
  it('stays quiet on names in NFD, with tabs, double spaces or no-break spaces, and on hidden characters outside names', () => {
    const r = checkVariant((rec) => {
      rec.chair = 'Nguyễn  Văn\tAn'.normalize('NFD');
      rec.speakers = rec.speakers.map((s: string) => s.normalize('NFD'));
      rec.guests = ['Đồng chí\u00a0Bí thư'];
      rec.conclusion = 'Kết luận\u200b có ký tự ẩn';
      rec.agenda[2].title = '\u202eTiêu đề';
    });
    expect(r.problems.map((p) => p.rule)).not.toContain('hidden-character');
  });
});

describe('the hostile-output corpus through every format', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'chibo-output-safety-'));
  cpSync(CORPUS, dir, { recursive: true });
  const run = (args: string[], env: Record<string, string | undefined> = {}) => chibo(args, dir, env);
  const outputs: Record<string, ReturnType<typeof run>> = {};

  beforeAll(() => {
    // A second copy of the escape-sequence record, for another month, under a hostile name.
    const text = readFileSync(path.join(CORPUS, 'escape-sequences.yaml'), 'utf8').replace('date: 2024-03-20', 'date: 2024-04-20');
    writeFileSync(path.join(dir, HOSTILE_FILE), text);
    outputs.pretty = run(['check', '.']);
    outputs.prettyColour = run(['check', '.'], { NO_COLOR: undefined, FORCE_COLOR: '3' });
    outputs.prettyEn = run(['check', '.', '--lang', 'en']);
    for (const format of ['json', 'sarif', 'junit', 'github']) outputs[format] = run(['check', '.', '--format', format, '--lang', 'en']);
    outputs.summary = run(['summary', '.']);
    outputs.summaryColour = run(['summary', '.'], { NO_COLOR: undefined, FORCE_COLOR: '3' });
    outputs.csv = run(['summary', '.', '--format', 'csv']);
    outputs.summaryJson = run(['summary', '.', '--format', 'json']);
    outputs.html = run(['report', '.']);
  }, 120_000);

  it('checks every record and answers with the usual exit codes', () => {
    for (const name of ['pretty', 'prettyColour', 'prettyEn', 'json', 'sarif', 'junit', 'github']) {
      expect(outputs[name]!.code, `${name}: ${outputs[name]!.stderr}`).toBe(1);
    }
    for (const name of ['summary', 'summaryColour', 'csv', 'summaryJson', 'html']) expect(outputs[name]!.code, name).toBe(0);
    for (const [name, r] of Object.entries(outputs)) expect(r.stderr, name).toBe('');
    const report = JSON.parse(outputs.json!.stdout);
    expect(report.results).toHaveLength(16);
    expect(report.results.map((r: any) => r.file)).toContain(HOSTILE_FILE);
  });

  it('pretty: no raw control or hidden character; hostile text shown; chalk colours the only escape codes', () => {
    for (const name of ['pretty', 'prettyEn']) expect(outputs[name]!.stdout, name).not.toMatch(RAW);
    const plain = outputs.pretty!.stdout;
    expect(plain).toContain('Chi bộ \\x1b]0;pwned\\x07\\x1b[2J X');
    expect(plain).toContain('\\x9b2J\\x9d0;c1 title\\x9c Lý Văn Phúc');
    expect(plain).toContain('Chi bộ Phường<U+202E> 1 <U+202C>');
    expect(plain).toContain('tệp\\x0a::error file=x::name \\x1b]0;t\\x07<U+202E>.yaml');
    // Every problem stays on its line: no record text starts a line of its own.
    expect(plain.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
    const colour = outputs.prettyColour!.stdout;
    expect(colour).toMatch(SGR);
    expect(colour.replace(SGR, '')).toBe(plain);
  });

  it('summary (pretty): the same', () => {
    const plain = outputs.summary!.stdout;
    expect(plain).not.toMatch(RAW);
    expect(plain).toContain('Chi bộ \\x1b]0;pwned\\x07\\x1b[2J X');
    expect(outputs.summaryColour!.stdout.replace(SGR, '')).toBe(plain);
  });

  it('github: one workflow command per problem, nothing raw, no line that record text starts', () => {
    const out = outputs.github!.stdout;
    expect(out).not.toMatch(RAW);
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.pop()).toMatch(/^chibo: \d+ records?, /);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^,:]+(,(line|col|endLine|endColumn)=\d+)*,title=chibo [a-z-]+::\S/);
    const problems = JSON.parse(outputs.json!.stdout).results.reduce((n: number, r: any) => n + r.problems.length, 0);
    expect(lines).toHaveLength(problems);
    expect(out).toContain('file=tệp%0A%3A%3Aerror file=x%3A%3Aname \\x1b]0;t\\x07<U+202E>.yaml,');
    expect(out).toContain('50%25 done%0A::error file=x.yaml::injected\\x0d%0A::set-output');
  });

  it('csv: no formula-leading field, nothing raw, numbers as numbers, cell names as text', () => {
    const csv = outputs.csv!.stdout;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).replace(/\r\n/g, '')).not.toMatch(RAW);
    const rows = parseCsv(csv.slice(1));
    const header = rows[0]!;
    for (const row of rows) {
      expect(row).toHaveLength(header.length);
      for (const field of row) expect(field).not.toMatch(/^(?:[\t\r]|\s*[=+\-@＝＋－＠])/u);
    }
    const cells = rows.slice(1).map((row) => row[0]);
    expect(cells).toEqual(expect.arrayContaining([
      `'=HYPERLINK("http://x","bam")`, "'+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0", "'@SUM(1+9)*cmd|' /C calc'!A0",
      "'=1+1", "'=1+1 Chi bộ", "'＝HYPERLINK(\"http://x\")", 'Chi bộ ;=1+1',
      'Chi bộ \\x1b]0;pwned\\x07\\x1b[2J X', 'Chi bộ \\x1b[2J\\x1b]0;raw\\x07 thô', 'Chi bộ Phường<U+202E> 1 <U+202C>',
      '<script>alert("x")</script> & ]]> <!-- "Chi bộ" -->',
    ]));
    const year = header.indexOf('Năm');
    for (const row of rows.slice(1)) {
      expect(row[year]).toBe('2024');
      expect(row.filter((field) => /^\d+$/.test(field)).length).toBeGreaterThanOrEqual(4);
      expect(row.filter((field) => /^'\d/.test(field))).toEqual([]);
    }
  });

  it('json and summary json: the real text, parsed back exactly, with nothing raw in the file', () => {
    for (const name of ['json', 'summaryJson']) expect(outputs[name]!.stdout, name).not.toMatch(RAW);
    const report = JSON.parse(outputs.json!.stdout);
    const record = report.results.find((r: any) => r.file === 'escape-sequences.yaml');
    expect(record.cell).toBe(ESCAPED_CELL);
    expect(record.problems.find((p: any) => p.rule === 'hidden-character').message).toContain(`"${ESCAPED_CELL}" (U+001B, U+0007)`);
    const bidi = report.results.find((r: any) => r.file === 'bidi-zero-width.yaml');
    expect(bidi.cell).toBe('Chi bộ Phường\u202e 1 \u202c');
    const summary = JSON.parse(outputs.summaryJson!.stdout);
    expect(summary.cells.map((c: any) => c.cell)).toContain(ESCAPED_CELL);
  });

  it('sarif: valid SARIF 2.1.0 with the real text and nothing raw', () => {
    const out = outputs.sarif!.stdout;
    expect(out).not.toMatch(RAW);
    const log = JSON.parse(out);
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-2.1.0.json'), 'utf8')));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const messages = log.runs[0].results.map((r: any) => r.message.text);
    expect(messages.some((m: string) => m.includes(ESCAPED_CELL))).toBe(true);
  });

  it('junit: well-formed XML, hostile text escaped and shown, nothing raw', () => {
    const out = outputs.junit!.stdout;
    expect(out).not.toMatch(RAW);
    expect(XMLValidator.validate(out)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(out);
    const suites = doc.testsuites.testsuite;
    expect(suites.some((s: any) => s.name.endsWith('::error file=x::name \\x1b]0;t\\x07<U+202E>.yaml'))).toBe(true);
    const markup = suites.find((s: any) => s.name === 'markup.yaml');
    expect(markup.testcase.find((t: any) => t.name === 'task-incomplete')['system-out']).toContain('::error file=x.yaml::injected\\x0d');
  });

  it('html: escaped, nothing raw, and in a browser the record text is only text', async () => {
    const html = outputs.html!.stdout;
    expect(html).not.toMatch(RAW);
    expect(html).not.toMatch(/<script|<img|<!-- "/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt; &lt;!-- &quot;Chi bộ&quot; --&gt;');
    if (!existsSync(CHROMIUM)) return;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      await page.setContent(html);
      expect(await page.locator('script, img, iframe').count()).toBe(0);
      const text = await page.locator('body').innerText();
      expect(text).toContain('<script>alert("x")</script> & ]]> <!-- "Chi bộ" -->');
      expect(text).toContain('Chi bộ \\x1b]0;pwned\\x07\\x1b[2J X');
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('messages on stderr show file names and arguments visibly', () => {
    const r = run(['check', 'missing \u001b[2J\u202e\n::error::x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toContain('"missing \\x1b[2J<U+202E>\\x0a::error::x.yaml"');
    expect(r.stderr.split('\n')).toHaveLength(2);
  });
});
