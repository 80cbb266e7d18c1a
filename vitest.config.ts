import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Builds dist/ before any test runs (and again before each rerun in watch mode): the few
    // tests that spawn bin/chibo.js then run today's sources, never an old build.
    globalSetup: ['test/global-setup.ts'],
    // The yaml package for sources imported directly (the command line provides its own).
    setupFiles: ['test/setup.ts'],
    // Time is never what a test asserts (speed is for `npm run bench`): the limits only stop a
    // test that hangs, and must hold on a machine shared by several test runs.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
