import { requireBrowser } from '../../../scripts/find-browser';

// Before any Chromium test: Chromium's path, installed first where the machine may (root on
// Debian/Ubuntu), or one sentence naming the command and exit code 1 (never a launch stack trace).
export default function setup(): void {
  requireBrowser('chromium');
}
