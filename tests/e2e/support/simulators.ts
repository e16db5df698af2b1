import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import {
  SHOPEE_SELLER_HOSTS,
  TIKTOK_SHOP_SELLER_HOSTS,
  TOKOPEDIA_CLASSIC_HOSTS,
} from '../../../lib/marketplaces/hosts';

// Serves the marketplace simulators (tests/e2e/simulators/) under the real seller-chat hostnames, so
// the extension's match patterns name only real hosts. Static files only: the simulators need no
// server logic, and `npm run demo` and scripts/save-fixtures.ts reuse the same mapping.
//
// - Every Shopee Seller Centre host serves today's chat (shopee-webchat) for /new-webchat/* and the
//   legacy /webchat/*, and the non-chat portal.html for /portal/*.
// - Every TikTok Shop seller centre host (seller-id.tokopedia.com for Indonesia) serves today's chat
//   (tiktok-chat) for /chat/*.
// - The classic Tokopedia seller chat host (seller.tokopedia.com) serves the old tokopedia simulator.
// - `?sim=drift` on any of them serves that marketplace's OLD simulator: a layout Sigap's markers do
//   not know, which its layout-independent fallback must still handle.

export const SIMULATOR_DIR = resolve(import.meta.dirname, '../simulators');

/** Simulator assets are served from this path prefix: /__sim/<simulator>/<file>. */
export const ASSET_PREFIX = '/__sim/';

/** Today's Shopee Seller Centre chat: the URL never holds a conversation id. */
export const SHOPEE_CHAT_URL = 'https://seller.shopee.co.id/new-webchat/conversations';
/** The same chat app on its older path, still linked from some regional Seller Centres. */
export const SHOPEE_LEGACY_CHAT_URL = 'https://seller.shopee.co.id/webchat/conversations';
/** The old Shopee simulator, kept as a layout Sigap's Shopee markers do not know. */
export const SHOPEE_DRIFT_URL =
  'https://seller.shopee.co.id/webchat/conversations/7318401122334455001?sim=drift';
export const SHOPEE_NON_CHAT_URL = 'https://seller.shopee.co.id/portal/product/list';
/** Today's Tokopedia seller chat: the TikTok Shop seller centre inbox. */
export const TIKTOK_CHAT_URL = 'https://seller-id.tokopedia.com/chat/inbox/current';
/** The classic Tokopedia seller chat (served by the old tokopedia simulator). */
export const TOKOPEDIA_CLASSIC_URL = 'https://seller.tokopedia.com/chat/5512340001';
/** The old Tokopedia simulator on the TikTok Shop host, kept as a layout Sigap's markers do not know. */
export const TIKTOK_DRIFT_URL = 'https://seller-id.tokopedia.com/chat/5512340001?sim=drift';
/** @deprecated Old name, kept so older tests compile: the classic Tokopedia layout as drift. */
export const TOKOPEDIA_CHAT_URL = TOKOPEDIA_CLASSIC_URL;
/** @deprecated Old name, kept so older tests compile: the old simulator on the TikTok Shop host. */
export const TOKOPEDIA_ID_CHAT_URL = TIKTOK_DRIFT_URL;

type Marketplace = 'shopee' | 'tiktok' | 'tokopedia-classic';

const MARKETPLACE_BY_HOST = new Map<string, Marketplace>([
  ...SHOPEE_SELLER_HOSTS.map((host) => [host, 'shopee'] as const),
  ...TIKTOK_SHOP_SELLER_HOSTS.map((host) => [host, 'tiktok'] as const),
  ...TOKOPEDIA_CLASSIC_HOSTS.map((host) => [host, 'tokopedia-classic'] as const),
]);

/** One route pattern per simulated host. */
export const SIMULATOR_ROUTE_PATTERNS = [...MARKETPLACE_BY_HOST.keys()].map((host) => `https://${host}/**`);

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

const page = (simulator: string, name = 'index.html') => file(resolve(SIMULATOR_DIR, simulator, name));

/** The page a marketplace host serves for `path` (assets and favicon excluded). */
function pageFor(marketplace: Marketplace, path: string, drift: boolean): SimulatorResponse {
  if (marketplace === 'tokopedia-classic') return page('tokopedia');
  if (marketplace === 'tiktok') return drift ? page('tokopedia') : page('tiktok-chat');
  if (/^\/portal(\/|$)/.test(path)) return page('shopee', 'portal.html');
  return drift ? page('shopee') : page('shopee-webchat');
}

/**
 * What a simulator host answers for `url`, or null when the host is not a simulated one:
 * - /__sim/<simulator>/<file>: that file from SIMULATOR_DIR (404 outside it or when missing);
 * - /favicon.ico: 404;
 * - any other path: the marketplace's page (see the header comment), a single-page app that routes
 *   on the URL (Shopee /new-webchat/* and /webchat/*, TikTok Shop /chat/*; other paths render a
 *   non-chat view).
 */
export function simulatorResponse(url: URL): SimulatorResponse | null {
  const marketplace = MARKETPLACE_BY_HOST.get(url.hostname);
  if (!marketplace || url.protocol !== 'https:') return null;
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
  return pageFor(marketplace, path, url.searchParams.get('sim') === 'drift');
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
