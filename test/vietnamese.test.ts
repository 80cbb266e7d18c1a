// Vietnamese messages read as party documents do: percentages with decimal commas, dates as
// 20/6/2024, months as tháng 5/2024, never the word "khóa", never a bare English record key.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkAcross } from '../src/check.js';
import type { RecordResult } from '../src/score/result.js';
import { formatDate, formatMonth, formatNumber, formatPercent } from '../src/facts/format.js';
import { RULES } from '../src/rules/index.js';
import { FACT_NAMES, FIELD_NAMES, fieldLabel, likelyKey } from '../src/rules/fields.js';
import { JSON_SCHEMAS } from '../src/validate/json-schema.js';
import { checkText, checkVariant, goodRecord, ROOT } from './helpers.js';
import { CASES } from './rule-cases.js';

/** The keys of the record (last part of each path), each with the Vietnamese names it may go by. */
const NAMES_OF_KEY = new Map<string, string[]>();
for (const [key, name] of Object.entries({ ...FIELD_NAMES, ...FACT_NAMES })) {
  const last = key.slice(key.lastIndexOf('.') + 1);
  NAMES_OF_KEY.set(last, [...NAMES_OF_KEY.get(last) ?? [], name]);
}

/** What is wrong with a Vietnamese message, if anything. */
function faults(message: string): string[] {
  const out: string[] = [];
  // Item numbers ("mục 3.3") are numbering, not decimals; a quoted line to type ("- type: review")
  // is shown as written.
  const text = message.replace(/mục \d+(\.\d+)+/g, 'mục N').replace(/"- [^"]*"/g, '"…"');
  if (/\d\.\d/.test(text)) out.push('an ASCII decimal point');
  // A date as read from the record ("2024-02-30") or given as what to type into it, beside the
  // day as people write it ("2024-10-10 (ngày 10/10/2024)"), is a value to copy, not prose.
  const prose = text.replace(/"[^"]*"/g, '"…"').replace(/\d{4}-\d{2}(-\d{2})?(?= (\(|cho )(ngày|tháng) )/g, 'V');
  if (/\d{4}-\d{2}(-\d{2})?/.test(prose)) out.push('an ISO date or month');
  if (/khóa|khoá/i.test(text)) out.push('the word "khóa"');
  for (const m of text.matchAll(/(?<![\p{L}\d_.-])([a-z_]+(?:\.[a-z_]+|\[\d+\])*)(?![\p{L}\d_-])/gu)) {
    const token = m[1]!;
    const key = token.replace(/\[\d+\]/g, '').split('.').pop()!;
    const names = NAMES_OF_KEY.get(key);
    if (!names) continue;
    const after = text.slice(m.index! + m[0].length).replace(/^"/, '');
    const explained = after.startsWith(' (') || after.startsWith(' – ');
    if (!explained && !names.some((n) => text.toLowerCase().includes(n.toLowerCase()))) out.push(`the key "${token}" without its Vietnamese name`);
  }
  return out;
}

const messagesOf = (results: RecordResult[]) => results.flatMap((r) => r.problems.map((p) => `${p.rule}: ${p.message}`));

/** Records of one cell over months, arranged to trigger every cross-record rule. */
function crossBatch(): RecordResult[] {
  const months = ['2024-01', '2024-02', '2024-02', '2024-03', '2024-04', '2024-07'];
  const results = months.map((month, i) => {
    const r = goodRecord();
    r.date = `${month}-${i === 2 ? '20' : '15'}`;
    r.members.absent_excused[0] = { name: 'Lê Văn Cường', reason: 'Ốm' };
    if (i === 4) r.agenda = r.agenda.filter((a: any) => a.type !== 'review');
    if (i === 5) r.cell = r.cell.toLowerCase();
    if (i < 3) Object.assign(r.members, { present: 20, absent_unexcused: ['Vàng Văn Sinh'] }), (r.vote.for = 20);
    return { ...checkText(stringify(r), 'vi'), file: `m${i}.yaml` };
  });
  const cross = checkAcross(results, 'vi', '2024-12-31');
  return results.map((r, i) => ({ ...r, problems: [...r.problems, ...(cross.get(i) ?? []).map((p) => ({ ...p, line: 1, column: 1, endLine: 1, endColumn: 1 }))] }));
}

describe('Vietnamese messages', () => {
  const record = [
    ...Object.entries(CASES).flatMap(([rule, c]) => messagesOf([c.trigger('vi')]).filter((m) => m.startsWith(`${rule}:`))),
    ...messagesOf([checkVariant((r) => { r.kind = 'thematic'; r.thematic = { topic: 'T', plan: 'KH 01', conclusion: 'C' }; }, 'vi')]),
  ];
  const cross = messagesOf(crossBatch());
  const hostileDir = path.join(ROOT, 'test', 'fixtures', 'hostile');
  const hostile = readdirSync(hostileDir).filter((f) => f.endsWith('.yaml')).flatMap((f) =>
    messagesOf([checkText(readFileSync(path.join(hostileDir, f)), 'vi')]));

  it('come from every rule on its triggering fixtures', () => {
    const fired = new Set([...record, ...cross].map((m) => m.slice(0, m.indexOf(':'))));
    expect([...fired].sort()).toEqual(RULES.map((r) => r.id).sort());
  });
  it('have no decimal point, ISO date, "khóa" or bare record key', () => {
    const bad = [...record, ...cross, ...hostile].flatMap((m) => faults(m).map((f) => `${f}: ${m}`));
    expect(bad).toEqual([]);
  });
  it('the checker itself catches each fault', () => {
    expect(faults('tỷ lệ 0.5')).toEqual(['an ASCII decimal point']);
    expect(faults('ngày 2024-06-20')).toEqual(['an ISO date or month']);
    expect(faults('Ngày "2024-02-30" không có thật. Hãy viết 2024-03-15 (ngày 15/3/2024), ví dụ 2024-03 cho tháng 3/2024.')).toEqual([]);
    expect(faults('Thiếu khóa bắt buộc')).toEqual(['the word "khóa"']);
    expect(faults('Thiếu "chair".')).toEqual(['the key "chair" without its Vietnamese name']);
    expect(faults('Thiếu mục bắt buộc "chair" (người chủ trì).')).toEqual([]);
    expect(faults('Tiêu chí 3: mục 3.3 đạt 0/5 điểm, chiếm 14,3%.')).toEqual([]);
  });
  it('use the words of party documents', () => {
    const all = [...record, ...cross].join('\n');
    expect(all).toContain('Thiếu mục bắt buộc "chair" (người chủ trì)');
    expect(all).toContain('Mục "chiar" không có trong mẫu biên bản (có thể gõ nhầm "chair" – người chủ trì)');
    expect(all).toContain('chưa đạt tối thiểu 90 phút');
    expect(all).toContain('rõ người, rõ việc, rõ thời gian, rõ trách nhiệm');
    expect(all).toMatch(/Chi bộ tự xếp loại Tốt, .*; kỳ sinh hoạt chỉ được xếp loại Khá|Chi bộ tự xếp loại Tốt, .*kỳ sinh hoạt chỉ được xếp loại Khá/);
    expect(all).toContain('Phần sinh hoạt chuyên đề chưa ghi');
    expect(all).toMatch(/tháng \d{1,2}\/2024/);
    expect(all).not.toMatch(/Tab để thụt lề/);
  });
});

describe('formatting for people', () => {
  it('numbers, shares, dates and months', () => {
    expect(formatNumber(0.5, 'vi')).toBe('0,5');
    expect(formatNumber(0.5, 'en')).toBe('0.5');
    expect(formatPercent(20 / 23, 'vi')).toBe('87,0%');
    expect(formatPercent(0.4, 'vi')).toBe('40%');
    expect(formatPercent(1 / 7, 'en')).toBe('14.3%');
    expect(formatDate('2024-06-20', 'vi')).toBe('20/6/2024');
    expect(formatMonth('2024-05', 'vi')).toBe('tháng 5/2024');
  });
});

describe('record keys', () => {
  it('every field of the record schema has a Vietnamese name', () => {
    const paths: string[] = [];
    const walk = (schema: any, prefix: string) => {
      const s = schema.type === 'array' ? schema.items : schema;
      // A value of several forms (a guest: a name, or a name with a role) has the fields of each.
      for (const form of s?.anyOf ?? [s]) {
        for (const [key, sub] of Object.entries<any>(form?.properties ?? {})) {
          const p = prefix ? `${prefix}.${key}` : key;
          paths.push(p);
          if (!p.endsWith('.scores')) walk(sub, p);
        }
      }
    };
    walk(JSON_SCHEMAS.record(), '');
    expect(paths.filter((p) => !(p in FIELD_NAMES))).toEqual([]);
    expect(Object.keys(FIELD_NAMES).filter((p) => !paths.includes(p))).toEqual([]);
  });
  it('labels and likely keys', () => {
    expect(fieldLabel(['members', 'absent_excused', 0, 'reason'], 'vi')).toBe('"members.absent_excused[0].reason" (lý do vắng, mục thứ 1 của đảng viên vắng có lý do)');
    expect(fieldLabel(['assessment', 'scores', '3.3'], 'vi')).toBe('"assessment.scores["3.3"]" (điểm tự chấm mục 3.3)');
    expect(likelyKey('chiar', [])).toBe('chair');
    expect(likelyKey('presnt', ['members'])).toBe('present');
    expect(likelyKey('xyz', [])).toBeUndefined();
  });
});

const chibo = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'chibo.js'), ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CHIBO_LANG: undefined, ...env } as NodeJS.ProcessEnv,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('help and option errors', () => {
  const commands = ['check', 'summary', 'report', 'init', 'rubric', 'schema'];
  it('are Vietnamese by default, for chibo and every command, with no empty or repeated defaults', () => {
    for (const args of [['--help'], ...commands.map((c) => [c, '--help'])]) {
      const r = chibo(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.out).toMatch(/^Cách dùng: chibo/);
      expect(r.out).not.toMatch(/Usage:|Options:|Commands:|Arguments:|display help|\(default: |\[options\]/);
      expect(r.out).toContain('xem hướng dẫn sử dụng');
    }
  });
  it('are English with --lang en, before or after the command, or with CHIBO_LANG=en', () => {
    expect(chibo(['--lang', 'en', '--help']).out).toMatch(/^Usage: chibo \[options\] \[command\]/);
    for (const c of commands) expect(chibo([c, '--help', '--lang', 'en']).out, c).toMatch(new RegExp(`^Usage: chibo ${c} \\[options\\]`));
    expect(chibo(['check', '--help'], { CHIBO_LANG: 'en' }).out).toContain('Options:');
    expect(chibo(['check', '--bogus', '--lang=en']).err).toContain("unknown option '--bogus'");
    const dir = mkdtempSync(path.join(tmpdir(), 'chibo-lang-'));
    writeFileSync(path.join(dir, 'chibo.config.yaml'), 'lang: en\n');
    const configured = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'chibo.js'), 'check', '--help'], { cwd: dir, encoding: 'utf8' });
    expect(configured.stdout).toMatch(/^Usage: chibo check/);
  });
  it("commander's errors, in Vietnamese, exit 2", () => {
    const cases: [string[], string][] = [
      [['check', '--bogus'], 'Không có tùy chọn --bogus.'],
      [['check', '--formt', 'json'], 'Có phải ý bạn là --format?'],
      [['chek'], 'Không có lệnh "chek".'],
      [['help', 'nope'], 'Không có lệnh "nope".'],
      [['help', '--lang', 'vi', 'nope'], 'Không có lệnh "nope".'],
      [['check', '--rubric'], 'Tùy chọn --rubric cần một giá trị đi kèm'],
      [['check', '--max-warnings', 'x'], '--max-warnings cần một số nguyên từ -1 trở lên, không phải "x".'],
      [['init', 'a.yaml', 'b.yaml'], 'Lệnh init nhận tối đa 1 tham số, nhưng có 2.'],
      [['check', '--format', 'xml'], 'Định dạng "xml" không có'],
    ];
    for (const [args, text] of cases) {
      const r = chibo(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain(text);
      expect(r.err).not.toMatch(/error:|unknown|missing|invalid/);
    }
  });
});

describe('rubrics in the chosen language', () => {
  it('chibo rubric is wholly Vietnamese by default, sources and the reconstruction note included', () => {
    for (const id of ['lai-chau-14', 'hd42-an-phu']) {
      const r = chibo(['rubric', id]);
      expect(r.code).toBe(0);
      // English words and record or fact ids that would show through untranslated.
      expect(r.out).not.toMatch(/\b(criterion|reconstruct\w*|from|points|bands|judged|regular|thematic|combined|attendance_rate|speaker_rate|duration_minutes|absent_unexcused|true|false)\b/);
      // Item numbers ("  1.1   Tỷ lệ…", "tiêu chí 2.1") are numbering, not decimals.
      expect(faults(r.out.replace(/(tiêu chí |^ *)\d+(\.\d+)+/gm, '$1N').replace(/\n/g, ' '))).toEqual([]);
    }
    const lai = chibo(['rubric', 'lai-chau-14']).out;
    expect(lai).toContain('Lưu ý: Văn bản Quy định 14-QĐ/TU chưa được công bố công khai.');
    expect(lai).toContain('tỷ lệ đảng viên dự họp từ 90% trở lên → 15');
    expect(chibo(['rubric', 'lai-chau-14', '--lang', 'en']).out).toContain('Note: The official text of 14-QĐ/TU is not public.');
  });
  it("the HTML report's footer carries the note in the report's language", () => {
    expect(chibo(['report', 'examples/year-2024']).out).toMatch(/<footer>\n<p class="meta"><strong>lai-chau-14<\/strong>[^\n]*chibo tái dựng/);
    expect(chibo(['report', 'examples/year-2024', '--lang', 'en']).out).toMatch(/<footer>[\s\S]*are a reconstruction/);
  });
});

describe('docs/record-format.md', () => {
  const page = readFileSync(path.join(ROOT, 'docs', 'record-format.md'), 'utf8');
  it('lists every field of the record with the Vietnamese name messages use', () => {
    const missing = Object.entries(FIELD_NAMES).filter(([key, name]) => !page.includes(`| \`${key}\` | ${name} |`));
    expect(missing).toEqual([]);
  });
});

describe('rule pages', () => {
  it('are Vietnamese first, English after, for every rule', () => {
    for (const rule of RULES) {
      const page = readFileSync(path.join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
      const vi = page.indexOf('## Tiếng Việt');
      expect(vi, rule.id).toBeGreaterThan(0);
      expect(page.indexOf('## English'), rule.id).toBeGreaterThan(vi);
      for (const heading of ['### Kiểm tra gì', '### Vì sao', '### Cách sửa']) expect(page, rule.id).toContain(heading);
    }
  });
});

describe('reports in Vietnamese', () => {
  it('write points with a decimal comma and months as tháng 3/2024', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chibo-vi-'));
    const r = goodRecord();
    r.assessment.scores['4'] = 14.5;
    r.assessment.total = 96.5;
    writeFileSync(path.join(dir, 'half.yaml'), stringify(r));
    const out = chibo(['check', path.join(dir, 'half.yaml')]).out;
    expect(out).toContain('tháng 3/2024');
    expect(out).toMatch(/14,5 +14,5 +14,5\/15/);
    expect(out).toMatch(/96,5 +96,5\/100/);
    expect(out).not.toMatch(/\d\.\d/);
  });
});
