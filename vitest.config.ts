import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

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
    environment: 'happy-dom',
    globals: true,
    include: [
      'lib/**/*.test.{ts,tsx}',
      'components/**/*.test.{ts,tsx}',
      'entrypoints/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
