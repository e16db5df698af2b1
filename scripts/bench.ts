// `npm run bench`: builds the extension, then runs every tests/bench/*.bench.ts in turn, each in its
// own process so one benchmark's heap does not colour the next one's figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);

function run(cmd: string, args: string[]): void {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['wxt', 'build']);
const benches = readdirSync(join(root, 'tests/bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of benches) {
  console.log(`\n### ${file}`);
  run('npx', ['tsx', '--expose-gc', join('tests/bench', file)]);
}
