// `npm run screenshots`: makes the store screenshots (1280×800) with the end-to-end run on the
// simulators (tests/e2e/store-screenshots.e2e.ts in Chromium, tests/e2e-firefox/store-screenshots.e2e.ts
// in Firefox ESR, write them to .output/store-screenshots/) and copies
// them to docs/store/screenshots/, the committed set. The normal test run only writes .output/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { requireBrowser } from './find-browser';

const root = resolve(import.meta.dirname, '..');
const made = join(root, '.output/store-screenshots');
const committed = join(root, 'docs/store/screenshots');

requireBrowser('chromium');
requireBrowser('firefox');
for (const [cmd, args] of [
  ['npx', ['wxt', 'build']],
  ['npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', 'tests/e2e/store-screenshots.e2e.ts']],
  // The Firefox Add-ons pictures, made in Firefox ESR with the Firefox package.
  ['npx', ['wxt', 'build', '-b', 'firefox']],
  ['npx', ['vitest', 'run', '-c', 'vitest.firefox.config.ts', 'tests/e2e-firefox/store-screenshots.e2e.ts']],
] as const) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
mkdirSync(committed, { recursive: true });
for (const file of readdirSync(made).filter((f) => f.endsWith('.png'))) {
  copyFileSync(join(made, file), join(committed, file));
  console.log(`docs/store/screenshots/${file}`);
}
