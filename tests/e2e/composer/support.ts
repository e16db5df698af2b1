import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import type * as Composer from '../../../lib/composer/index';

declare global {
  interface Window {
    __composer: typeof Composer;
  }
}

const REPO = resolve(import.meta.dirname, '../../..');
const PAGES = resolve(import.meta.dirname, 'pages');

/** A made-up host: these are component-level pages, not marketplace simulators. */
export const ORIGIN = 'https://composer.test';

/**
 * Bundles a TypeScript/TSX entry for a page, the way the content script would ship it: one IIFE,
 * React in production mode. `globalName` exposes the module's exports on `window`.
 */
export function bundleForPage(entry: string, globalName?: string): string {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName,
    write: false,
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return file.text;
}

const cache = new Map<string, string>();
function cached(key: string, build: () => string): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const built = build();
  cache.set(key, built);
  return built;
}

export const composerBundle = (): string =>
  cached('composer', () => bundleForPage(resolve(REPO, 'lib/composer/index.ts'), '__composer'));

function pageEntry(name: string): string | null {
  for (const ext of ['.ts', '.tsx']) {
    const file = resolve(PAGES, `${name}${ext}`);
    if (existsSync(file)) return file;
  }
  return null;
}

/** Serves `ORIGIN/<name>` as an empty page running `pages/<name>.ts(x)`. */
export async function serveComposerPages(context: BrowserContext): Promise<void> {
  await context.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname.slice(1);
    const name = path.replace(/\.js$/, '');
    const entry = /^[a-z-]+$/.test(name) ? pageEntry(name) : null;
    if (!entry) return route.fulfill({ status: 404, body: 'not found' });
    if (path.endsWith('.js')) {
      return route.fulfill({
        contentType: 'text/javascript',
        body: cached(entry, () => bundleForPage(entry)),
      });
    }
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="id"><meta charset="utf-8"><title>${name}</title><body><script src="/${name}.js"></script></body></html>`,
    });
  });
}

/** Opens a test page and injects the composer chain as `window.__composer`. */
export async function openEditorPage(context: BrowserContext, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/${name}`);
  await page.addScriptTag({ content: composerBundle() });
  return page;
}

/** A fresh page state (and undo history) without a new tab. */
export async function reloadEditorPage(page: Page): Promise<void> {
  await page.reload();
  await page.addScriptTag({ content: composerBundle() });
}
