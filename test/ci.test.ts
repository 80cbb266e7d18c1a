// CI and editor integration: SARIF, JUnit, GitHub annotations, rule pages, JSON Schemas, config.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { escapeData, escapeProperty } from '../src/report/github.js';
import { RULE_IDS } from '../src/core/rule-ids.js';
import { RULES } from '../src/rules/index.js';
import { chibo, EXAMPLES, ROOT, VERSION } from './helpers.js';

// ajv-draft-04 is CommonJS: its class is the default export's default.
const Ajv04 = ((Ajv04Module as unknown as { default?: typeof Ajv04Module }).default ?? Ajv04Module) as unknown as typeof Ajv2020;

const tmp = () => mkdtempSync(path.join(tmpdir(), 'chibo-ci-'));
const good = readFileSync(path.join(EXAMPLES, 'regular-good.yaml'), 'utf8');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('SARIF', () => {
  let code: number | null;
  let log: any;
  beforeAll(async () => {
    const r = await chibo(['check', 'examples/', '--format', 'sarif', '--lang', 'en']);
    code = r.code;
    log = JSON.parse(r.stdout);
  });
  it('validates against the SARIF 2.1.0 JSON Schema', () => {
    expect(code).toBe(1);
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(readJson(path.join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-2.1.0.json')));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
  it('describes every rule as code scanning needs', () => {
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'chibo', version: VERSION });
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r: any) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const r of driver.rules) {
      expect(r.shortDescription.text).not.toBe('');
      expect(r.fullDescription.text).not.toBe('');
      expect(r.help.text).toContain(`docs/rules/${r.id}.md`);
      expect(r.help.markdown).toContain(`# \`${r.id}\``);
      expect(['error', 'warning']).toContain(r.defaultConfiguration.level);
    }
  });
  it('names each rule apart from its id and links its page in the repository of package.json', () => {
    const driver = log.runs[0].tool.driver;
    // The web address of repository.url: `git+https://host/path.git` → `https://host/path`.
    const repository = readJson(path.join(ROOT, 'package.json')).repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(repository).toMatch(/^https:\/\/[^/]+\/./);
    expect(driver.informationUri).toBe(repository);
    for (const r of driver.rules) {
      // sarif-multitool SARIF1001: name and id must differ, ignoring case.
      expect(r.name, r.id).toMatch(/^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/);
      expect(r.name.toLowerCase(), r.id).not.toBe(r.id.toLowerCase());
      expect(r.helpUri).toBe(`${repository}/blob/main/docs/rules/${r.id}.md`);
    }
    expect(driver.rules.find((r: any) => r.id === 'schema').name).toBe('SchemaCheck');
    expect(driver.rules.find((r: any) => r.id === 'rating-overstated').name).toBe('RatingOverstated');
  });
  it('locates each result relative to the working directory, with a fingerprint', () => {
    const result = log.runs[0].results.find((r: any) => r.ruleId === 'rating-overstated');
    expect(result).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'examples/letter-tot-criterion-1-short.yaml' }, region: { startLine: 41, startColumn: 11, endLine: 41 } } }],
    });
    expect(result.message.text).toContain('Rated Tốt');
    expect(Object.values(result.partialFingerprints)[0]).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('JUnit', () => {
  let stdout: string;
  beforeAll(async () => {
    ({ stdout } = await chibo(['check', 'examples/broken.yaml', 'examples/letter-tot-criterion-1-short.yaml', 'examples/no-assessment.yaml', '--format', 'junit', '--lang', 'en']));
  });
  it('is well-formed XML with one testsuite per file and one testcase per rule checked', async () => {
    expect(XMLValidator.validate(stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) }).parse(stdout);
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s: any) => s.name)).toEqual(['examples/broken.yaml', 'examples/letter-tot-criterion-1-short.yaml', 'examples/no-assessment.yaml']);
    // A record that cannot be scored is checked by the loading rules only.
    expect(suites[0].testcase).toHaveLength(6);
    expect(suites[1].testcase).toHaveLength(RULES.length);
    const single = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse((await chibo(['check', 'examples/regular-good.yaml', '--format', 'junit'])).stdout);
    expect(Number(single.testsuites.testsuite.tests)).toBe(RULES.filter((r) => r.checkAll === undefined).length);
    const failed = suites[1].testcase.filter((t: any) => t.failure);
    expect(failed.map((t: any) => t.name)).toEqual(['rating-overstated']);
    expect(failed[0].failure[0].message).toContain('Rated Tốt');
    expect(failed[0].failure[0]['#text']).toContain('examples/letter-tot-criterion-1-short.yaml:41:11');
    expect(suites[1].failures).toBe('1');
    const warned = suites[2].testcase.find((t: any) => t.name === 'assessment-missing');
    expect(warned.failure).toBeUndefined();
    expect(warned['system-out']).toContain('warning examples/no-assessment.yaml:1:1');
  });
});

describe('GitHub annotations', () => {
  it('escapes as the Actions runner expects', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
  it('writes one workflow command per problem and a summary line', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'tháng 3, 50%: a.yaml'), good.replace('total: 97', 'total: 99'));
    const { stdout, code } = await chibo(['check', '.', '--format', 'github', '--lang', 'en'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      '::error file=tháng 3%2C 50%25%3A a.yaml,line=42,col=10,endLine=42,endColumn=12,title=chibo score-sum::The claimed total is 99, but 20 + 20 + 27 + 15 + 15 add up to 97. Make them agree.',
      'chibo: 1 record, 1 error, 0 warnings',
      '',
    ]);
  });
});

describe('several reports in one run', () => {
  it('pairs each --format with the --output at its position', async () => {
    const dir = tmp();
    const r = await chibo(['check', 'examples/regular-good.yaml', '--format', 'pretty', '--format', 'sarif', '--format', 'json', '--output', '-', '--output', path.join(dir, 'r.sarif'), '--output', path.join(dir, 'r.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('examples/regular-good.yaml');
    expect(readJson(path.join(dir, 'r.sarif')).version).toBe('2.1.0');
    expect(readJson(path.join(dir, 'r.json')).version).toBe(1);
  });
  it('more outputs than formats is a usage error', async () => {
    expect((await chibo(['check', 'examples/regular-good.yaml', '--output', 'a', '--output', 'b'])).code).toBe(2);
  });
});

describe('rule pages', () => {
  it('exist for every rule, with the sections a reader needs', () => {
    expect(readdirSync(path.join(ROOT, 'docs', 'rules')).sort()).toEqual(RULES.map((r) => `${r.id}.md`).sort());
    for (const rule of RULES) {
      const page = readFileSync(path.join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
      for (const section of ['## What it checks', '## Why', '## Failing', '## Passing', '## How to fix']) expect(page, rule.id).toContain(section);
    }
  });
  it('the JSON report points each problem at its page', async () => {
    const report = JSON.parse((await chibo(['check', 'examples/overclaimed.yaml', '--format', 'json'])).stdout);
    expect(report.version).toBe(1);
    expect(report.results[0].problems.length).toBeGreaterThanOrEqual(3);
    for (const p of report.results[0].problems) expect(p.docs).toBe(`docs/rules/${p.rule}.md`);
  });
  it('the rule ids for configuration are the rules', () => {
    expect([...RULE_IDS]).toEqual(RULES.map((r) => r.id));
  });
});

describe('JSON Schemas', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const schema = (name: string) => readJson(path.join(ROOT, 'schema', `${name}.schema.json`));
  it.each([['record', 'meeting'], ['rubric', 'rubric'], ['config', 'config']])('chibo schema %s matches the committed file', async (which, file) => {
    expect(JSON.parse((await chibo(['schema', which])).stdout)).toEqual(schema(file));
  });
  it('the record schema accepts the valid examples and rejects the broken one', () => {
    const validate = ajv.compile(schema('meeting'));
    for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'))) {
      const data = parseYaml(readFileSync(path.join(EXAMPLES, file), 'utf8'), { version: '1.2' });
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(file !== 'broken.yaml');
    }
  });
  it('every field has a Vietnamese description for editors', () => {
    const record = schema('meeting');
    const missing: string[] = [];
    const walk = (node: any, at: string) => {
      for (const [key, value] of Object.entries<any>(node.properties ?? {})) {
        const target = value.anyOf ? value.anyOf[0] : value;
        if (!value.description && !target.description) missing.push(`${at}${key}`);
        walk(target.type === 'array' ? target.items : target, `${at}${key}.`);
      }
    };
    walk(record, '');
    expect(missing).toEqual([]);
    expect(record.properties.chair.description).toBe('Người chủ trì');
  });
  it('the rubric schema accepts the bundled rubrics', () => {
    const validate = ajv.compile(schema('rubric'));
    const files = readdirSync(path.join(ROOT, 'rubrics'));
    expect(files).toEqual(['hd42-an-phu.yaml', 'lai-chau-14.yaml']);
    for (const file of files) {
      expect(validate(parseYaml(readFileSync(path.join(ROOT, 'rubrics', file), 'utf8'), { version: '1.2', merge: false })), file).toBe(true);
    }
  });
});

describe('chibo.config.yaml and .chiboignore', () => {
  function project(config: string, files: Record<string, string> = {}) {
    const dir = tmp();
    writeFileSync(path.join(dir, 'chibo.config.yaml'), config);
    mkdirSync(path.join(dir, 'records', 'old'), { recursive: true });
    writeFileSync(path.join(dir, 'records', 'a.yaml'), good.replace(/^assessment:[\s\S]*$/m, ''));
    writeFileSync(path.join(dir, 'records', 'old', 'b.yaml'), good.replace('date: 2024-03-15', 'date: 2024-04-15'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  }
  const run = async (dir: string, args: string[] = [], env: Record<string, string> = {}) => {
    const r = await chibo(['check', 'records', '--format', 'json', ...args], { cwd: dir, env });
    return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
  };

  it('is found from a folder below, and sets language, severities and max-warnings', async () => {
    const dir = project('lang: en\nrules:\n  assessment-missing: error\nmax-warnings: 0\n');
    const sub = path.join(dir, 'records');
    const r = await chibo(['check', '.', '--format', 'json'], { cwd: sub });
    const report = JSON.parse(r.stdout);
    const p = report.results.find((x: any) => x.file === 'a.yaml').problems[0];
    expect(p).toMatchObject({ rule: 'assessment-missing', severity: 'error' });
    expect(p.message).toContain('The record has no self-assessment');
    expect(r.code).toBe(1);
  });
  it('command-line options and CHIBO_LANG win over it', async () => {
    const dir = project('lang: en\nmax-warnings: 0\n');
    expect((await run(dir)).code).toBe(1);
    expect((await run(dir, ['--max-warnings', '5'])).code).toBe(0);
    expect((await run(dir, ['--lang', 'vi'])).report.results[0].problems[0].message).toContain('Biên bản chưa có phần');
    expect((await run(dir, [], { CHIBO_LANG: 'vi' })).report.results[0].problems[0].message).toContain('Biên bản chưa có phần');
  });
  it('turns a rule off', async () => {
    const dir = project('rules:\n  assessment-missing: off\n');
    expect((await run(dir)).report.results[0].problems).toEqual([]);
  });
  it('sets the default rubric, relative to the config file', async () => {
    const dir = project('rubric: rubrics/mine.yaml\n', {});
    mkdirSync(path.join(dir, 'rubrics'));
    writeFileSync(path.join(dir, 'rubrics', 'mine.yaml'), readFileSync(path.join(ROOT, 'test', 'fixtures', 'rubrics', 'regular-only.yaml')));
    expect((await run(dir)).report.results.map((r: any) => r.rubric)).toEqual(['regular-only', 'regular-only']);
    expect((await run(dir, ['--rubric', 'lai-chau-14'])).report.results[0].rubric).toBe('lai-chau-14');
  });
  it('skips ignored paths (gitignore syntax) found in folders, from the config and .chiboignore', async () => {
    const viaConfig = project('ignore: ["records/old/"]\n');
    expect((await run(viaConfig)).report.results.map((r: any) => r.file)).toEqual(['records/a.yaml']);
    const viaFile = project('', { '.chiboignore': '# old records\nold/\n' });
    expect((await run(viaFile)).report.results.map((r: any) => r.file)).toEqual(['records/a.yaml']);
    expect((await run(viaFile, ['records/old/b.yaml'])).report.results.map((r: any) => r.file)).toContain('records/old/b.yaml');
  });
  it('a wrong config is exit 2 with a message naming the line', async () => {
    const dir = project('lang: en\nrules:\n  rating-overstatd: off\n');
    const r = await run(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chibo\.config\.yaml:3:3 {2}/);
    // Keys of one's own ("x-…") belong in records, not in chibo's own files.
    expect(r.stderr).not.toContain('x-');
    expect((await run(dir, [], { CHIBO_LANG: 'vi' })).stderr).toContain('không có trong tệp này: hãy kiểm tra chính tả.\n');
    const list = project('- lang: en\n');
    expect((await run(list)).stderr).toBe('chibo.config.yaml:1:1  Tệp cấu hình phải gồm các mục dạng "tên mục: giá trị" (lang, rubric, rules, …), nhưng tệp là một danh sách.\n');
    const folder = project('');
    rmSync(path.join(folder, 'chibo.config.yaml'));
    mkdirSync(path.join(folder, 'chibo.config.yaml'));
    expect((await run(folder, ['--lang', 'en'])).stderr).toBe('chibo.config.yaml  The file cannot be read (it is a folder).\n');
    const bad = project('max-warnings: many\n');
    expect((await run(bad)).stderr).toMatch(/^chibo\.config\.yaml:1:15 {2}/);
  });
});
