// --format junit: one testsuite per file, one testcase per rule checked; errors are failures,
// warnings go to the testcase's system-out.
import type { Problem } from '../core/problem.js';
import type { RecordResult } from '../score/result.js';
import { RULES } from '../rules/index.js';
import type { Formatter } from './report.js';
import { visible } from './untrusted.js';

/** The rules that looked at a record: loading always, record rules once scored, cross-record rules in a batch. */
function rulesChecked(r: RecordResult, batch: number) {
  return RULES.filter((rule) =>
    rule.kind === 'load' ||
    (rule.kind === 'record' && r.score !== null) ||
    (rule.kind === 'cross' && batch > 1 && r.meeting !== null));
}

/** Escaped for XML; controls (which XML 1.0 cannot hold) and hidden characters shown, never dropped. */
const xml = (s: string) =>
  visible(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // Noncharacters XML 1.0 cannot hold at all.
    .replace(/[\uFFFE\uFFFF]/g, '');

const place = (file: string, p: Problem) => (p.line === null ? file : `${file}:${p.line}:${p.column}`);

function suite(r: RecordResult, batch: number): string {
  const checked = rulesChecked(r, batch);
  let failures = 0;
  const cases = checked.map((rule) => {
    const found = r.problems.filter((p) => p.rule === rule.id);
    const errors = found.filter((p) => p.severity === 'error');
    const warnings = found.filter((p) => p.severity === 'warning');
    let body = '';
    if (errors.length > 0) {
      failures++;
      const first = errors[0]!;
      const text = errors.map((p) => `${place(r.file, p)}: ${p.message}`).join('\n');
      body += `\n      <failure message="${xml(first.message)}" type="${rule.id}">${xml(text)}</failure>`;
    }
    if (warnings.length > 0) {
      body += `\n      <system-out>${xml(warnings.map((p) => `warning ${place(r.file, p)}: ${p.message}`).join('\n'))}</system-out>`;
    }
    const open = `    <testcase name="${rule.id}" classname="${xml(r.file)}" file="${xml(r.file)}"`;
    return body === '' ? `${open}/>` : `${open}>${body}\n    </testcase>`;
  });
  return `  <testsuite name="${xml(r.file)}" tests="${checked.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>\n`;
}

const junit: Formatter = function* (report) {
  const batch = report.summary.files;
  // The totals come first in the file: one pass to count them, one to write the suites.
  let tests = 0;
  let failures = 0;
  for (const r of report.results()) {
    tests += rulesChecked(r, batch).length;
    failures += new Set(r.problems.filter((p) => p.severity === 'error').map((p) => p.rule)).size;
  }
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="chibo" tests="${tests}" failures="${failures}" errors="0">\n`;
  for (const r of report.results()) yield suite(r, batch);
  yield '</testsuites>\n';
};

export default junit;
