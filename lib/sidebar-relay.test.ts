import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { SIDEBAR_PORT, SIDEBAR_RELAY_PORT } from './messaging';
import type { SenderInfo } from './sender-policy';
import { relaySidebarPort } from './sidebar-relay';

// The background's relay for Firefox's framed sidebar: only Sigap's own sidebar frame, framed in a
// tab, gets a port to that tab's page, and the two ends live and die together.

const SELF = { id: 'sigap@sigap.invalid', baseUrl: 'moz-extension://uuid-1/' };
const SIDEBAR = { id: SELF.id, url: 'moz-extension://uuid-1/sidebar.html', tab: { id: 7 }, frameId: 3 };

interface Fake {
  port: Browser.runtime.Port;
  posted: unknown[];
  disconnected: boolean;
  said(message: unknown): void;
  dropped(): void;
}

function fakePort(name: string, sender?: SenderInfo): Fake {
  const messageListeners: ((m: unknown) => void)[] = [];
  const disconnectListeners: (() => void)[] = [];
  const fake: Fake = {
    posted: [],
    disconnected: false,
    said: (m) => {
      for (const l of messageListeners) l(m);
    },
    dropped: () => {
      for (const l of disconnectListeners) l();
    },
    port: {
      name,
      sender,
      postMessage: (m: unknown) => fake.posted.push(m),
      disconnect: () => {
        fake.disconnected = true;
      },
      onMessage: { addListener: (l: (m: unknown) => void) => messageListeners.push(l) },
      onDisconnect: { addListener: (l: () => void) => disconnectListeners.push(l) },
    } as unknown as Browser.runtime.Port,
  };
  return fake;
}

function relay(sender: SenderInfo | undefined, name = SIDEBAR_RELAY_PORT) {
  const tabs: number[] = [];
  const page = fakePort(SIDEBAR_RELAY_PORT);
  const sidebar = fakePort(name, sender);
  const handled = relaySidebarPort(sidebar.port, {
    self: SELF,
    connectTab: (tabId) => {
      tabs.push(tabId);
      return page.port;
    },
  });
  return { handled, tabs, page, sidebar };
}

describe('relaySidebarPort', () => {
  it("connects Sigap's framed sidebar to frame 0 of its own tab and passes messages both ways", () => {
    const { handled, tabs, page, sidebar } = relay(SIDEBAR);
    expect(handled).toBe(true);
    expect(tabs).toEqual([7]);
    sidebar.said({ type: 'hello', key: 'k' });
    expect(page.posted).toEqual([{ type: 'hello', key: 'k' }]);
    page.said({ type: 'focus-search' });
    expect(sidebar.posted).toEqual([{ type: 'focus-search' }]);
  });

  it('closes both ends when either goes', () => {
    const first = relay(SIDEBAR);
    first.page.dropped();
    expect(first.sidebar.disconnected).toBe(true);
    const second = relay(SIDEBAR);
    second.sidebar.dropped();
    expect(second.page.disconnected).toBe(true);
  });

  it('refuses anything but the sidebar framed in a tab: no tab is reached', () => {
    for (const sender of [
      undefined,
      { ...SIDEBAR, id: 'other-extension' },
      { ...SIDEBAR, url: 'moz-extension://uuid-1/options.html' },
      { ...SIDEBAR, tab: undefined },
      { ...SIDEBAR, frameId: 0 },
      { id: SELF.id, url: 'https://seller.shopee.co.id/new-webchat', tab: { id: 7 }, frameId: 0 },
    ]) {
      const { tabs, sidebar } = relay(sender);
      expect(tabs, JSON.stringify(sender)).toEqual([]);
      expect(sidebar.disconnected).toBe(true);
    }
  });

  it('leaves other ports to their own listeners', () => {
    const { handled, tabs, sidebar } = relay(SIDEBAR, SIDEBAR_PORT);
    expect(handled).toBe(false);
    expect(tabs).toEqual([]);
    expect(sidebar.disconnected).toBe(false);
  });
});
