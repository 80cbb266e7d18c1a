import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Builds dist/ before any test runs (and again before each rerun in watch mode): the few
    // tests that spawn bin/chibo.js then run today's sources, never an old build.
    globalSetup: ['test/global-setup.ts'],
  },
});
