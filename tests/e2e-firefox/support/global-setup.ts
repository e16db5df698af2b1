import { requireBrowser } from '../../../scripts/find-browser';

// Before any Firefox test: Firefox ESR's path, installed first where the machine may (root on
// Debian/Ubuntu), or one sentence naming the command and exit code 1.
export default function setup(): void {
  requireBrowser('firefox');
}
