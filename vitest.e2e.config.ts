import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium driven by playwright-core, one file at a time (2-core machines).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    // Finds Chromium (or installs it, or names the command) before any test starts.
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
