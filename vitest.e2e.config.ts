import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium driven by playwright-core, one file at a time (2-core machines).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    // Finds Chromium (or installs it, or names the command) before any test starts.
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    // Every file launches its own browser, so nothing is shared through modules but their code; not
    // re-importing playwright-core and the support modules for each file saved 18 s of 24 files.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A poll waits on a real browser pipeline (page → content script → background → sidebar), which
    // on a loaded 2-core CI machine can take over vitest's default second. Speed is the benches' job.
    expect: { poll: { timeout: 5000 } },
  },
});
