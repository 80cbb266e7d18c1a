// A fault of chibo's own (a bug, not the user's input) stops the run with exit 2 and one line
// naming the file, the rule or the report format; the stack only with CHIBO_DEBUG.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { chibo } from './helpers.js';

const HINT = 'This is a fault of chibo, not of the records. Set CHIBO_DEBUG=1 to see the details for a bug report.\n';
const restore: (() => void)[] = [];
/** Makes `key` of rule `id` throw, until the test ends. */
function breakRule(id: string, key: 'check' | 'checkAll') {
  const r = RULES.find((x) => x.id === id) as unknown as Record<string, unknown>;
  const original = r[key];
  r[key] = () => {
    throw new TypeError('boom');
  };
  restore.push(() => (r[key] = original));
}
afterEach(() => {
  for (const undo of restore.splice(0)) undo();
  vi.doUnmock('../src/report/json.js');
});

describe('internal faults', () => {
  it('in a rule: names the file and the rule, no stack', async () => {
    breakRule('score-sum', 'check');
    const r = await chibo(['check', 'examples/', '--lang', 'en'], { env: { CHIBO_LANG: 'en' } });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      // The first record of the folder that reaches the rules (broken.yaml stops at the schema).
      stderr: `chibo internal error (while checking examples/combined-100-minutes.yaml, rule score-sum): boom\n${HINT}`,
    });
  });
  it('in Vietnamese by default', async () => {
    breakRule('score-sum', 'check');
    const r = await chibo(['check', 'examples/regular-good.yaml']);
    expect(r.stderr).toMatch(/^Lỗi nội bộ của chibo \(khi kiểm tra examples\/regular-good\.yaml, quy tắc score-sum\): boom\nĐây là lỗi của chibo/);
  });
  it('with CHIBO_DEBUG: the stack, where the hint was', async () => {
    breakRule('score-sum', 'check');
    const r = await chibo(['check', 'examples/regular-good.yaml'], { env: { CHIBO_LANG: 'en', CHIBO_DEBUG: '1' } });
    const [first, ...stack] = r.stderr.trimEnd().split('\n');
    expect(first).toBe('chibo internal error (while checking examples/regular-good.yaml, rule score-sum): boom');
    expect(stack[0]).toBe('TypeError: boom');
    expect(stack[1]).toMatch(/^ {4}at .*faults\.test\.ts:\d+:\d+/);
  });
  it('in a cross-record rule: names the rule', async () => {
    breakRule('meeting-missing', 'checkAll');
    const r = await chibo(['check', 'examples/year-2024'], { env: { CHIBO_LANG: 'en' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`chibo internal error (rule meeting-missing): boom\n${HINT}`);
  });
  it('in a formatter: names the format', async () => {
    vi.doMock('../src/report/json.js', () => ({
      default: function* () {
        yield '{';
        throw new RangeError('bad report');
      },
    }));
    const r = await chibo(['check', 'examples/regular-good.yaml', '--format', 'json'], { env: { CHIBO_LANG: 'en' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`chibo internal error (while writing the json report): bad report\n${HINT}`);
  });
});
