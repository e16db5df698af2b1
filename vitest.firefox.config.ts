import { defineConfig } from 'vitest/config';

// End-to-end tests in Firefox ESR (tests/e2e-firefox/), driven over WebDriver BiDi by puppeteer-core.
// The global set-up finds Firefox (or installs it, or says how) before any test starts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    globalSetup: ['tests/e2e-firefox/support/global-setup.ts'],
    // Two files: the browser suite and Mozilla's linter, side by side on the two cores.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
