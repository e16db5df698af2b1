import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { findBrowser } from '../../../scripts/find-browser';

// Debian's Chromium (installed by .ci/run), or wherever scripts/find-browser.ts finds one (CHROMIUM_PATH
// first). Playwright's own browser download is not reachable.
export const CHROMIUM_PATH = findBrowser('chromium') ?? '/usr/lib/chromium/chromium';
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

// Flags that keep Chromium from calling out to Google services on a machine with no network.
const QUIET_FLAGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
];

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A fresh persistent profile, optionally with the built extension loaded. Extensions need a
 * persistent context and the new headless mode (`--headless=new`, Playwright's default channel
 * flags for `chromium` handle this).
 */
export async function launchChromium(
  options: { extension?: boolean; headless?: boolean; extensionDir?: string } = {},
): Promise<LaunchedBrowser> {
  const { extension = false, headless = true, extensionDir = EXTENSION_DIR } = options;
  if (extension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'sigap-e2e-'));
  const args = [...QUIET_FLAGS];
  if (extension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    // A browser installed after this module loaded (scripts/find-browser.ts's requireBrowser) is named here.
    executablePath: process.env.CHROMIUM_PATH ?? CHROMIUM_PATH,
    headless,
    args,
    viewport: { width: 1400, height: 900 },
    ignoreDefaultArgs: extension ? ['--disable-extensions'] : undefined,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
