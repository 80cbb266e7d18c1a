// Before the tests: build dist/, so that tests spawning bin/chibo.js run the sources as they are.
import type { TestProject } from 'vitest/node';
// @ts-expect-error: a plain ES module script, run by `npm run bundle` too
import { build } from '../scripts/build.mjs';

export default async function setup(project: TestProject) {
  await build();
  project.onTestsRerun(async () => {
    await build();
  });
}
