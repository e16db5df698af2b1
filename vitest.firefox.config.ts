import { defineConfig } from 'vitest/config';

// End-to-end tests in Firefox ESR (tests/e2e-firefox/), driven over WebDriver BiDi by puppeteer-core.
// The global set-up finds Firefox (or installs it, or says how) before any test starts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    globalSetup: ['tests/e2e-firefox/support/global-setup.ts'],
    // The core flows, the store pictures and Mozilla's linter: two at a time on the two cores.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A poll waits on a real browser pipeline (page → content script → background → sidebar), which
    // on a loaded 2-core CI machine can take over vitest's default second. Speed is the benches' job.
    expect: { poll: { timeout: 5000 } },
  },
});
