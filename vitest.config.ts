import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

/** The lib/ folders whose tests need a DOM: they read pages or insert into editors. */
const DOM_LIB = ['lib/composer/**/*.test.ts', 'lib/content/**/*.test.ts', 'lib/marketplaces/**/*.test.ts'];

// Unit and component tests. The WXT plugin gives a fake `browser` (in-memory storage, messaging).
export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    alias: [
      // WXT's generated test setup imports `wxt/testing`, whose index also pulls in the Vite plugin
      // (and Vite itself) into the test runtime, which fails under vitest 4. Only the fake browser
      // is needed there.
      {
        find: /^wxt\/testing$/,
        replacement: fileURLToPath(
          new URL('./node_modules/wxt/dist/testing/fake-browser.mjs', import.meta.url),
        ),
      },
    ],
  },
  test: {
    globals: true,
    restoreMocks: true,
    // Each test file runs in a fresh VM context inside a reused worker thread: the context is new for
    // every file (its own globals, DOM and module graph, as with isolation), but the worker and the
    // modules Node itself loads are not started again. On 2 cores the whole suite took 45 s instead
    // of 100 s in threads (and 155 s in forked processes). Vitest warns that code comparing a global's
    // class across contexts (`instanceof Uint8Array` on a value made by Node) may differ; every test
    // passes the same way in both pools.
    pool: 'vmThreads',
    // Vitest's default is one worker less than the cores: a single worker on a 2-core machine. The
    // main thread only transforms and reports, so a worker per core ran the suite in 92 s instead
    // of 123 s there.
    maxWorkers: availableParallelism(),
    // Two projects: most of lib/ is pure logic and runs without a DOM, which halved the per-file
    // overhead (happy-dom and Testing Library took longer to set up than the tests took to run);
    // components, entrypoints and the lib/ folders that read or write a page keep happy-dom.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: DOM_LIB,
          setupFiles: ['tests/setup-node.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: [
            ...DOM_LIB,
            'lib/**/*.test.tsx',
            'components/**/*.test.{ts,tsx}',
            'entrypoints/**/*.test.{ts,tsx}',
          ],
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
