// A secretary's first mistakes: each gets a true, plain answer with a place, never a misleading one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import vitestConfig from '../vitest.config.js';
import { parse } from '../src/parse/source.js';
import { checkText, checkVariant, EXAMPLES, problemOf, ROOT, rulesOf } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'chibo.js');

function chibo(args: string[], cwd = ROOT) {
  const env = { ...process.env, NO_COLOR: '1', CHIBO_LANG: undefined, FORCE_COLOR: undefined } as NodeJS.ProcessEnv;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tmp = () => mkdtempSync(path.join(tmpdir(), 'chibo-first-'));
const good = () => readFileSync(path.join(EXAMPLES, 'regular-good.yaml'), 'utf8');

const CONCLUSION = 'conclusion: Chi bộ thống nhất các nhiệm vụ tháng 4 như dự thảo nghị quyết.';
/** The clean example with one line (or several) in place of another. */
const edited = (from: string, to: string) => {
  expect(good()).toContain(from);
  return good().replace(from, to);
};
/** The fix a hint offers, applied to the text: the shown line replaced by the fixed one. */
function applyFix(text: string, line: number, fix: string, lines = 1): string {
  const all = text.split('\n');
  const indent = /^[ \t]*(?:- )?/.exec(all[line - 1]!)![0];
  const lead = fix.startsWith('- ') ? indent.replace(/- $/, '') : indent;
  all.splice(line - 1, lines, `${lead}${fix}`);
  return all.join('\n');
}

describe('a colon inside text', () => {
  it('says to put the text in quotes, showing the line and what to write, in both languages', () => {
    const text = edited(CONCLUSION, 'conclusion: Chi bộ thống nhất: tập trung lãnh đạo nhiệm vụ tháng 4.');
    const vi = checkText(text, 'vi');
    expect(vi.problems).toHaveLength(1);
    expect(vi.problems[0]).toMatchObject({ rule: 'yaml-syntax', line: 35, column: 13 });
    expect(vi.problems[0]!.message).toBe('Dấu hai chấm và dấu cách (": ") ở giữa nội dung làm chibo hiểu nhầm là bắt đầu một mục mới; hãy đặt cả nội dung trong dấu nháy kép. Dòng này đang viết: conclusion: Chi bộ thống nhất: tập trung lãnh đạo nhiệm vụ tháng 4. — hãy sửa thành: conclusion: "Chi bộ thống nhất: tập trung lãnh đạo nhiệm vụ tháng 4."');
    expect(vi.problems[0]!.message).not.toMatch(/thiếu dấu hai chấm/);
    const en = checkText(text, 'en');
    expect(en.problems[0]!.message).toBe('A colon followed by a space (": ") inside the text makes YAML take it for the start of a new key; put the whole text in double quotes. The line reads: conclusion: Chi bộ thống nhất: tập trung lãnh đạo nhiệm vụ tháng 4. — write instead: conclusion: "Chi bộ thống nhất: tập trung lãnh đạo nhiệm vụ tháng 4."');
  });

  it('end to end: the report gives the place, the line and the fix; exit 1', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'bb.yaml'), edited(CONCLUSION, 'conclusion: Chi bộ thống nhất: tập trung …'));
    const r = chibo(['check', 'bb.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bb.yaml\n  35:13  lỗi  Dấu hai chấm và dấu cách');
    expect(r.stdout).toContain('Dòng này đang viết: conclusion: Chi bộ thống nhất: tập trung … — hãy sửa thành: conclusion: "Chi bộ thống nhất: tập trung …"  yaml-syntax');
    const gh = chibo(['check', 'bb.yaml', '--format', 'github', '--lang', 'en'], dir);
    expect(gh.stdout).toMatch(/^::error file=bb\.yaml,line=35,col=13,.*write instead: conclusion: "Chi bộ thống nhất: tập trung …"$/m);
  });

  const cases: [string, string, string, number][] = [
    ['a list item', '  - type: conclusion', '  - type: conclusion\n    title: Kết luận: nhiệm vụ tháng 4', 1],
    ['a flow mapping', '{ task: Hoàn thành báo cáo quý I,', '{ task: Báo cáo: quý I,', 1],
    ['text going on over two lines, with a comment', CONCLUSION, 'conclusion: Chi bộ thống nhất: tập trung\n  vào nhiệm vụ tháng 4   # ghi chú', 2],
    ['a list item of text going on over two lines', 'tasks:\n', 'x-notes:\n  - *Quan trọng* một\n   hai\ntasks:\n', 2],
    ['quotes and a backslash inside', CONCLUSION, 'conclusion: Kết luận: "đạt" \\ tốt', 1],
    ['a colon at the end', CONCLUSION, 'conclusion: Chi bộ thống nhất:', 1],
    ['a star at the start', CONCLUSION, 'conclusion: *Quan trọng* nhiệm vụ tháng 4', 1],
  ];
  for (const [name, from, to, lines] of cases) {
    it(`${name}: the fix it shows makes the record read`, () => {
      const text = edited(from, to);
      const failure = parse(text);
      expect(failure).toMatchObject({ rule: 'yaml-syntax', code: 'QUOTE_VALUE' });
      const { fix, at } = failure as { fix: string; at: { line: number } };
      const fixed = applyFix(text, at.line, fix, lines);
      expect(rulesOf(checkText(fixed))).not.toContain('yaml-syntax');
      expect(rulesOf(checkText(fixed))).not.toContain('schema');
    });
  }

  it('takes in the lines a value goes on over, and leaves the comment outside the quotes', () => {
    expect(parse(edited(CONCLUSION, 'conclusion: Chi bộ thống nhất: tập trung\n  vào nhiệm vụ tháng 4   # ghi chú'))).toMatchObject({
      shown: 'conclusion: Chi bộ thống nhất: tập trung …', fix: 'conclusion: "Chi bộ thống nhất: tập trung vào nhiệm vụ tháng 4"',
    });
    expect(parse(edited('tasks:\n', 'x-notes:\n  - *Quan trọng* một\n   hai\ntasks:\n'))).toMatchObject({ fix: '- "*Quan trọng* một hai"' });
  });

  it('shortens a long line in the middle, between words', () => {
    const long = 'Chi bộ thống nhất: tập trung lãnh đạo thực hiện tốt nhiệm vụ chính trị của cơ quan, nâng cao chất lượng sinh hoạt chi bộ';
    const failure = parse(edited(CONCLUSION, `conclusion: ${long}`)) as { fix: string; shown: string };
    expect(failure.shown).toBe('conclusion: Chi bộ thống nhất: tập trung lãnh đạo thực … sinh hoạt chi bộ');
    expect(failure.fix).toBe('conclusion: "Chi bộ thống nhất: tập trung lãnh đạo thực … sinh hoạt chi bộ"');
  });

  it('offers no quotes where they would not help', () => {
    expect(parse('cell: x\n   kind: a: b\n')).toMatchObject({ rule: 'yaml-syntax', code: 'BLOCK_AS_IMPLICIT_KEY' });
    expect(parse('a: !!js/function "x"\n')).toMatchObject({ code: 'TAG_RESOLVE_FAILED' });
  });

  it('keeps control and direction characters of the record out of the message', () => {
    const r = checkText('conclusion: \u001b[31mA: B\u202e\n');
    expect(r.problems[0]!.rule).toBe('yaml-syntax');
    expect(r.problems[0]!.message).not.toMatch(/[\u001b\u202e]/);
    expect(r.problems[0]!.message).toContain('\ufffd[31mA: B\ufffd');
  });
});

describe('special spaces in indentation', () => {
  const MESSAGE_VI = 'Đầu dòng có một ký tự trông như dấu cách nhưng không phải dấu cách thường (dấu cách không ngắt, U+00A0; hay gặp khi chép từ Word hoặc trang web). YAML chỉ thụt lề bằng dấu cách thường: hãy xóa khoảng trắng ở đầu dòng này rồi gõ lại bằng phím cách.';
  it('names a non-breaking space that breaks the structure, at its line', () => {
    const r = checkText(edited('  total: 97', '\u00a0 total: 97'), 'vi');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ rule: 'yaml-syntax', line: 42, column: 1, message: MESSAGE_VI });
  });
  it('names one that YAML would take as part of a key', () => {
    for (const [from, to, column] of [['  total: 97', '  \u00a0total: 97', 3], ['previous_resolution:', '\u00a0 x-note: 1\nprevious_resolution:', 1]] as const) {
      const r = checkText(edited(from, to), 'en');
      expect(rulesOf(r)).toEqual(['yaml-syntax']);
      expect(r.problems[0]!.column).toBe(column);
      expect(r.problems[0]!.message).toMatch(/^The line starts with a character that looks like a space but is not a plain one \(a non-breaking space, U\+00A0;/);
    }
  });
  it('names other space look-alikes by their code point', () => {
    const r = checkText(edited('  total: 97', '\u3000 total: 97'), 'en');
    expect(r.problems[0]!.message).toContain('(a special space character, U+3000;');
  });
  it('leaves such spaces alone inside text', () => {
    expect(checkText(edited(CONCLUSION, 'conclusion: |\n  Chi bộ thống nhất:\n  \u00a0 - nhiệm vụ tháng 4')).problems).toEqual([]);
    expect(checkText(edited(CONCLUSION, 'conclusion: Chi bộ thống nhất\n  \u00a0các nhiệm vụ tháng 4')).problems).toEqual([]);
    expect(checkText(edited(CONCLUSION, 'conclusion: Chi bộ\u00a0thống nhất')).problems).toEqual([]);
  });
});

describe('aliases', () => {
  it('an undefined alias is yaml-syntax, with the quoted value to write if it is text', () => {
    const r = checkText(edited('cell: Chi bộ Văn phòng Sở Tài chính', 'cell: *n'), 'vi');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      rule: 'yaml-syntax', line: 3, column: 7,
      message: '"*n" là một tham chiếu YAML tới neo "&n", nhưng trước đó không có neo nào tên như vậy. Nếu đây là chữ, hãy đặt cả nội dung trong dấu nháy kép: cell: "*n"',
    });
    const en = checkText('speakers: [*a, B]\n', 'en');
    expect(en.problems[0]).toMatchObject({ rule: 'yaml-syntax', line: 1, column: 12 });
    expect(en.problems[0]!.message).toBe('"*a" is a YAML reference to an anchor "&a", but no anchor of that name comes before it. If it is text, put the whole text in double quotes.');
  });
  it('an alias used before its anchor is also undefined', () => {
    expect(parse('a: *x\nb: &x 1\n')).toMatchObject({ rule: 'yaml-syntax', code: 'BAD_ALIAS', detail: 'x' });
  });
  it('an alias inside its own anchor is yaml-syntax, not a crash', () => {
    const r = checkText('cell: &x [*x]\n', 'en');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ rule: 'yaml-syntax', line: 1, column: 11 });
    expect(r.problems[0]!.message).toMatch(/^The reference "\*x" lies inside the very part its anchor "&x" marks/);
  });
  it('anchors used properly still work, and an alias bomb is still a limit', () => {
    expect(checkText(edited('minutes_taker: Trần Thị Bình', 'minutes_taker: &m Trần Thị Bình\nx-copy: *m')).problems).toEqual([]);
    const bomb = ['a: &a [x, x]', ...Array.from({ length: 120 }, (_, i) => `b${i}: *a`)].join('\n');
    expect(parse(bomb)).toMatchObject({ rule: 'limit-exceeded', limit: 'maxAliases' });
  });
  it('an alias bomb with few alias nodes is not said to have 101 of them', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`)];
    const r = checkText(levels.join('\n'), 'en');
    expect(rulesOf(r)).toEqual(['limit-exceeded']);
    expect(r.problems[0]!.message).toBe('Too many YAML aliases (*name): far beyond the limit of 100. The file was not checked; if it really is a record, raise the limit with --max-aliases.');
  });
});

describe('score-sum with claims item by item', () => {
  const byItems = (scores: Record<string, number>, total: number) => (r: Record<string, any>) => {
    delete r.assessment.scores['3'];
    Object.assign(r.assessment.scores, scores);
    r.assessment.total = total;
  };
  it('counts the item claims of a criterion that has no claim of its own', () => {
    const r = checkVariant(byItems({ '3.1': 10, '3.2': 5, '3.3': 4, '3.4': 5, '3.5': 3 }, 97));
    expect(r.problems).toEqual([]);
    expect(r.score?.total).toBe(97);
  });
  it('still finds a total that does not add up, and shows the items it added', () => {
    const r = checkVariant(byItems({ '3.1': 10, '3.2': 5, '3.3': 4, '3.4': 5, '3.5': 3 }, 99));
    expect(rulesOf(r)).toEqual(['score-sum']);
    expect(problemOf(r, 'score-sum')!.message).toBe('The claimed total is 99, but 20 + 20 + (3.1: 10 + 3.2: 5 + 3.3: 4 + 3.4: 5 + 3.5: 3) + 15 + 15 add up to 97. Make them agree.');
    const vi = checkVariant(byItems({ '3.1': 10, '3.2': 5 }, 97), 'vi');
    expect(problemOf(vi, 'score-sum')!.message).toBe('Tổng điểm tự chấm là 97, nhưng cộng 20 + 20 + (mục 3.1: 10 + mục 3.2: 5) + 15 + 15 được 85. Hãy sửa cho khớp.');
  });
  it('takes the criterion claim when both are written', () => {
    const r = checkVariant((rec) => Object.assign(rec.assessment.scores, { '3.1': 10, '3.2': 5 }));
    expect(rulesOf(r)).not.toContain('score-sum');
  });
});

describe('chibo init', () => {
  it('answers a missing folder plainly, in both languages, with exit 2 and nothing written', () => {
    const dir = tmp();
    const file = path.join(dir, 'nodir', 'x.yaml');
    const vi = chibo(['init', file]);
    expect(vi.code).toBe(2);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toMatch(/^Không tạo được .*x\.yaml: chưa có thư mục .*nodir\. Hãy tạo thư mục đó trước/);
    expect(vi.stderr).not.toMatch(/nội bộ|internal|ENOENT/);
    const en = chibo(['init', 'nodir/x.yaml', '--lang', 'en'], dir);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('Cannot create nodir/x.yaml: there is no folder nodir. Create that folder first, or choose one that exists.\n');
    expect(existsSync(path.join(dir, 'nodir'))).toBe(false);
    writeFileSync(path.join(dir, 'a.yaml'), 'mine');
    const underFile = chibo(['init', 'a.yaml/x.yaml', '--lang', 'en'], dir);
    expect(underFile).toMatchObject({ code: 2, stderr: 'Cannot create a.yaml/x.yaml: there is no folder a.yaml. Create that folder first, or choose one that exists.\n' });
  });

  it('writes a template that checks clean, as the user would run it', () => {
    const dir = tmp();
    const file = path.join(dir, 'bb.yaml');
    expect(chibo(['init', file]).code).toBe(0);
    for (const lang of ['vi', 'en']) {
      const r = chibo(['check', file, '--format', 'json', '--lang', lang]);
      expect(r.stderr).toBe('');
      const result = JSON.parse(r.stdout).results[0];
      // The one warning a record of the 42-HD sheet gets when checked alone: item 2.2 needs the
      // cell's other records of the year (rubric12's facts from other records; README, "Choices").
      const alone = result.rubric === 'hd42-an-phu' ? [{ rule: 'fact-missing', path: 'date' }] : [];
      expect(result.problems.map((p: { rule: string; path: string }) => ({ rule: p.rule, path: p.path }))).toEqual(alone);
      expect(r.code).toBe(0);
      expect(result.score.rating).toBe('tot');
    }
  });
});

describe('exit 2 always says why', () => {
  function batchWithUnknownRubric() {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.yaml'), good());
    writeFileSync(path.join(dir, 'b.yaml'), good().replace(/^cell: .*$/m, '$&\nrubric: no-such-rubric').replace('date: 2024-03-15', 'date: 2024-04-15'));
    return dir;
  }
  for (const command of ['summary', 'report']) {
    it(`${command}: a record naming an unknown rubric gives exit 2 with the record, its line and the reason on stderr`, () => {
      const dir = batchWithUnknownRubric();
      const vi = chibo([command, dir], dir);
      expect(vi.code).toBe(2);
      expect(vi.stdout).not.toBe('');
      expect(vi.stderr).toMatch(/^Không chấm được biên bản dưới đây vì bộ tiêu chí nó nêu không tải được:\n  b\.yaml:4:\d+  Không tải được bộ tiêu chí "no-such-rubric"/);
      const en = chibo([command, dir, '--lang', 'en'], dir);
      expect(en.code).toBe(2);
      expect(en.stderr).toMatch(/^These records were not scored: the rubric they name cannot be loaded:\n  b\.yaml:4:\d+  The rubric "no-such-rubric" cannot be loaded/);
      expect(en.stderr.trim().split('\n')).toHaveLength(2);
    });
  }
  it('summary: a clean batch exits 0 with nothing on stderr', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.yaml'), good());
    const r = chibo(['summary', dir], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('several formats', () => {
  it('refuses two formats on stdout, before checking anything', () => {
    const vi = chibo(['check', 'examples/regular-good.yaml', '--format', 'json', '--format', 'junit']);
    expect(vi.code).toBe(2);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toMatch(/^chibo: Nhiều định dạng \(json, junit\) cùng ghi ra màn hình .*chỉ một định dạng được ghi ra màn hình\. .*--output/);
    const en = chibo(['check', 'examples/regular-good.yaml', '--format', 'json', '--format', 'pretty', '--output', '-', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain('Several formats (json, pretty) would be mixed together on stdout; at most one format may go there.');
  });
  it('accepts one format on stdout and the others in files', () => {
    const dir = tmp();
    const r = chibo(['check', 'examples/regular-good.yaml', '--format', 'json', '--format', 'junit', '--output', '-', '--output', path.join(dir, 'r.xml')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).version).toBe(1);
    expect(readFileSync(path.join(dir, 'r.xml'), 'utf8')).toMatch(/^<\?xml/);
  });
});

describe('the test set-up', () => {
  it('gives end-to-end tests far more time than the 5 s default', () => {
    expect(vitestConfig.test?.testTimeout).toBeGreaterThanOrEqual(30_000);
    expect(vitestConfig.test?.hookTimeout).toBeGreaterThanOrEqual(30_000);
  });
});

describe('a backslash inside double quotes (a Windows path)', () => {
  it('is told in words, never in the YAML library\'s English', () => {
    const text = good().replace(/^conclusion: .*$/m, 'conclusion: "Tài liệu lưu tại D:\\Chi bo\\2024"');
    const vi = checkText(text, 'vi');
    expect(vi.problems).toHaveLength(1);
    expect(vi.problems[0]).toMatchObject({ rule: 'yaml-syntax' });
    expect(vi.problems[0]!.message).toContain('hãy viết hai dấu \\\\ liền nhau, hoặc đặt nội dung trong dấu nháy đơn');
    expect(vi.problems[0]!.message).not.toMatch(/Invalid|escape/);
    expect(checkText(text, 'en').problems[0]!.message).toContain('write two backslashes, or put the text in single quotes');
  });
  it('an error the yaml package names in English only gets plain Vietnamese words', async () => {
    const { default: rule } = await import('../src/rules/yaml-syntax.js');
    const message = rule.message.vi({ code: 'SOME_NEW_CODE', detail: 'Some English detail' });
    expect(message).not.toContain('English');
    expect(message).toContain('hãy kiểm tra dấu nháy, dấu hai chấm và thụt lề');
  });
});
