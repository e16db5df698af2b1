// Reports the built extension's script sizes, gzipped. The content script runs in every marketplace
// tab, so it must stay small (goal ≤ 15 kB gzipped): React and the search index live in the frame.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = resolve(import.meta.dirname, '../../.output/chrome-mv3');
const CONTENT_GOAL = 15 * 1024;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const scripts = walk(OUT).filter((p) => p.endsWith('.js'));
console.log('\n== Bundle sizes (.output/chrome-mv3) ==');
console.log('file'.padEnd(48), 'raw'.padStart(10), 'gzip'.padStart(10));
let content = 0;
for (const path of scripts.sort()) {
  const bytes = readFileSync(path);
  const gz = gzipSync(bytes, { level: 9 }).length;
  const name = relative(OUT, path);
  if (name.startsWith('content-scripts/')) content += gz;
  console.log(name.padEnd(48), kb(bytes.length).padStart(10), kb(gz).padStart(10));
}
console.log(
  `content script gzipped: ${kb(content)} (goal ≤ ${kb(CONTENT_GOAL)}) ${content <= CONTENT_GOAL ? 'PASS' : 'FAIL'}`,
);
