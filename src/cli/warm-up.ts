// The code cache (bin/chibo.js) holds the functions compiled by the run that makes it. A run that
// checks nothing (`chibo init`, the first command of the secretary's guide, or `--help`), or one
// that checks in worker threads, would leave out the checking, and every later check would compile
// it again. So before the cache is made, a sample record (dist/sample.yaml, a copy of
// examples/regular-good.yaml made by the build) is checked once and its pretty report written to
// nowhere: the cache then holds what a check needs, whatever the run that made it did.
import path from 'node:path';
import { DEFAULT_SEVERITIES } from '../core/rule-ids.js';
import { DEFAULT_LIMITS } from '../parse/source.js';
import { packageFile } from '../paths.js';
import { runCheck } from './run-check.js';

export async function warmUp(): Promise<void> {
  const sample = packageFile('dist/sample.yaml');
  const nowhere = { write: () => true, isTTY: false };
  await runCheck([sample], {
    lang: 'vi',
    limits: DEFAULT_LIMITS,
    defaultRubrics: [{ ref: 'lai-chau-14', dates: {} }],
    severities: DEFAULT_SEVERITIES,
    asOf: '2024-12-31',
    reports: [{ format: 'pretty' }],
    maxWarnings: -1,
    quiet: false,
    color: false,
  }, { cwd: path.dirname(sample), env: {}, stdout: nowhere, stderr: nowhere });
}
