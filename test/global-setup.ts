// Before the tests: build dist/, so that tests spawning bin/chibo.js run the sources as they are;
// and give the run a temporary folder of its own, removed after it, so that the folders and files
// tests make in the system's temporary folder (`os.tmpdir()`) do not pile up there run after run.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error: a plain ES module script, run by `npm run bundle` too
import { build } from '../scripts/build.mjs';

export default async function setup(project: TestProject) {
  const own = mkdtempSync(path.join(tmpdir(), 'chibo-tests-'));
  // Open to look into, as the system's temporary folder is: a test runs chibo as another user.
  chmodSync(own, 0o755);
  // os.tmpdir() reads these each time it is called, here and in the test processes started after.
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = own;
  await build();
  project.onTestsRerun(async () => {
    await build();
  });
  return () => {
    try {
      rmSync(own, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // A file still open elsewhere (Windows): left for the system to clear.
    }
  };
}
