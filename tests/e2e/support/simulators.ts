import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { BrowserContext } from 'playwright-core';

// Serves the marketplace simulators (tests/e2e/simulators/) under the real seller-chat hostnames, so
// the extension's match patterns name only real hosts. Static files only: the simulators need no
// server logic, and `npm run demo` reuses the same mapping through `simulatorResponse`.

export const SIMULATOR_DIR = resolve(import.meta.dirname, '../simulators');

/** Simulator assets are served from this path prefix: /__sim/<simulator>/<file>. */
export const ASSET_PREFIX = '/__sim/';

export const SHOPEE_CHAT_URL = 'https://seller.shopee.co.id/webchat/conversations/7318401122334455001';
export const SHOPEE_NON_CHAT_URL = 'https://seller.shopee.co.id/portal/product/list';
export const TOKOPEDIA_CHAT_URL = 'https://seller.tokopedia.com/chat/5512340001';
/** The TikTok-Shop-era seller centre host serves the same simulator. */
export const TOKOPEDIA_ID_CHAT_URL = 'https://seller-id.tokopedia.com/chat/5512340001';

/** Host → simulator folder. */
const SIMULATOR_BY_HOST: Record<string, 'shopee' | 'tokopedia'> = {
  'seller.shopee.co.id': 'shopee',
  'seller.tokopedia.com': 'tokopedia',
  'seller-id.tokopedia.com': 'tokopedia',
};

export const SIMULATOR_ROUTE_PATTERNS = Object.keys(SIMULATOR_BY_HOST).map((host) => `https://${host}/**`);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface SimulatorResponse {
  status: number;
  contentType: string;
  body: Buffer;
}

function file(path: string): SimulatorResponse {
  return {
    status: 200,
    contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    body: readFileSync(path),
  };
}

const notFound = (): SimulatorResponse => ({
  status: 404,
  contentType: 'text/plain; charset=utf-8',
  body: Buffer.from('not found'),
});

/**
 * What a simulator host answers for `url`, or null when the host is not a simulated one:
 * - /__sim/<simulator>/<file>: that file from SIMULATOR_DIR (404 outside it or when missing);
 * - Shopee /portal/...: the Seller Centre page that is not chat (portal.html);
 * - /favicon.ico: 404;
 * - any other path: the simulator's single-page app (index.html), which routes on the URL.
 */
export function simulatorResponse(url: URL): SimulatorResponse | null {
  const simulator = SIMULATOR_BY_HOST[url.hostname];
  if (!simulator || url.protocol !== 'https:') return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return notFound();
  }
  if (path.startsWith(ASSET_PREFIX)) {
    const target = resolve(SIMULATOR_DIR, `.${path.slice(ASSET_PREFIX.length - 1)}`);
    if (!target.startsWith(SIMULATOR_DIR + sep) || !existsSync(target) || !statSync(target).isFile()) {
      return notFound();
    }
    return file(target);
  }
  if (path === '/favicon.ico') return notFound();
  if (simulator === 'shopee' && /^\/portal(\/|$)/.test(path)) {
    return file(resolve(SIMULATOR_DIR, 'shopee/portal.html'));
  }
  return file(resolve(SIMULATOR_DIR, simulator, 'index.html'));
}

/** Routes every simulated host of `context` to the simulators. */
export async function routeSimulators(context: BrowserContext): Promise<void> {
  for (const pattern of SIMULATOR_ROUTE_PATTERNS) {
    await context.route(pattern, async (route) => {
      const response = simulatorResponse(new URL(route.request().url()));
      if (!response) return route.abort();
      return route.fulfill({
        status: response.status,
        contentType: response.contentType,
        body: response.body,
      });
    });
  }
}
