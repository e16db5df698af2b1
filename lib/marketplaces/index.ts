// The adapter registry: which marketplace adapter, if any, handles a URL.

import { shopee } from './shopee';
import { tokopedia } from './tokopedia';
import type { MarketplaceAdapter } from './types';

export { shopee } from './shopee';
export { tokopedia } from './tokopedia';

export const ADAPTERS: readonly MarketplaceAdapter[] = [shopee, tokopedia];

/** The adapter whose `isChatPage` accepts `url`, or null (also for anything that is not a URL). */
export function adapterForUrl(url: string): MarketplaceAdapter | null {
  for (const adapter of ADAPTERS) {
    try {
      if (adapter.isChatPage(url)) return adapter;
    } catch {
      // isChatPage is pure and should not throw; a bug in one adapter must not hide the others.
    }
  }
  return null;
}
