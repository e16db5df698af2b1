// Runs a command at a lower CPU priority (nice 10 on Linux and macOS, "below normal" on Windows),
// and exits with its code. `npm test` runs the Firefox suite beside the Chromium one: the Chromium
// suite is the longer one and leaves gaps while it waits on its browser, and at a lower priority the
// Firefox suite fills those gaps instead of slowing every Chromium test down.
import { spawn } from 'node:child_process';
import { constants, setPriority } from 'node:os';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: tsx scripts/low-priority.ts <command> [args...]');
  process.exit(2);
}
try {
  setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
} catch (error) {
  // Not fatal: the suite still runs, only at the normal priority.
  console.warn(`could not lower the priority: ${(error as Error).message}`);
}
const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
