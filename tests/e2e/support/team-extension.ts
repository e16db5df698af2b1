import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './chromium';

// The built extension with one host granted at install: the test's team server on 127.0.0.1.
//
// Why: the shipped manifest asks for the team server's origin at run time only
// (`optional_host_permissions`, requested by Pengaturan › Tim through `permissions.request`). Chrome
// answers that request with a prompt no automation can click: Playwright declines extension prompts
// as out of scope (microsoft/playwright#32755), CDP's `Browser.grantPermissions` covers web
// permissions and not extension hosts, and the auto-confirm we found for Chromium's extension prompts
// is a hook of its own C++ browser tests, not a command-line switch. A host already granted makes the same
// `permissions.request` resolve `true` at once, without a prompt, so the panel's real click path
// (user gesture, request, connect) still runs. So this copy of `.output/chrome-mv3` (the normal
// build, which scripts/check-manifest.ts checks unchanged) adds `http://127.0.0.1/*` to
// `host_permissions` in a temporary directory used only by the team e2e test; nothing else differs.

export const TEST_SERVER_HOST = 'http://127.0.0.1/*';

export interface TeamExtensionDir {
  dir: string;
  remove(): void;
}

export function teamExtensionDir(source = EXTENSION_DIR): TeamExtensionDir {
  const dir = mkdtempSync(join(tmpdir(), 'sigap-team-ext-'));
  cpSync(source, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), TEST_SERVER_HOST];
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
