// End-to-end tests spawn bin/chibo.js, often several times per test; on a slow shared machine
// one test can take well over vitest's 5 s default, so the limits leave ample room.
// Speed is measured by the benchmark script, never by these limits.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
