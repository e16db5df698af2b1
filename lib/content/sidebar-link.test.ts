import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import type { ContentToSidebar, PageView, SidebarToContent } from '../messaging';
import { SIDEBAR_PORT, SIDEBAR_RELAY_PORT } from '../messaging';
import { openSidebarLink, type SidebarLink } from './sidebar-link';

// Which ports the content script lets in. Every copy of sidebar.html connects with the same sender
// (id, url, origin), so only the key the dock posted to its own frame tells Sigap's frame apart.

interface FakePort {
  port: Browser.runtime.Port;
  said(message: unknown): void;
  dropped(): void;
  posted: unknown[];
  disconnected: boolean;
}

function fakePort(
  url = `chrome-extension://${browser.runtime.id}/sidebar.html`,
  id = browser.runtime.id,
  name = SIDEBAR_PORT,
): FakePort {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const fake: FakePort = {
    posted: [],
    disconnected: false,
    said: (m) => {
      for (const l of onMessage) l(m);
    },
    dropped: () => {
      for (const l of onDisconnect) l();
    },
    port: {
      name,
      sender: { id, url },
      postMessage: (m: unknown) => fake.posted.push(m),
      disconnect: () => {
        fake.disconnected = true;
      },
      onMessage: { addListener: (l: (m: unknown) => void) => onMessage.push(l) },
      onDisconnect: { addListener: (l: () => void) => onDisconnect.push(l) },
    } as unknown as Browser.runtime.Port,
  };
  return fake;
}

const STATE = {
  marketplace: 'shopee',
  conversation: { buyerName: 'Siti Rahmawati' },
} as unknown as PageView;
const WELCOME: ContentToSidebar[] = [
  { type: 'page-state', state: STATE },
  { type: 'conversations', reset: true, rows: '[["name:Siti","Siti",1,null]]', gone: '[]' },
];
const INSERT: SidebarToContent = { type: 'insert', requestId: 1, text: 'HACKED' };

let connect: (port: Browser.runtime.Port) => void;
let received: SidebarToContent[];
let drops: number;
let link: SidebarLink;

beforeEach(() => {
  vi.spyOn(browser.runtime.onConnect, 'addListener').mockImplementation((l) => {
    connect = l as typeof connect;
  });
  vi.spyOn(browser.runtime.onConnect, 'removeListener').mockImplementation(() => {});
  received = [];
  drops = 0;
  link = openSidebarLink({
    welcome: () => WELCOME,
    onMessage: (m) => received.push(m),
    onDrop: () => drops++,
  });
  link.expect('key-1');
});

function arrive(fake = fakePort()): FakePort {
  connect(fake.port);
  return fake;
}

describe('openSidebarLink', () => {
  it('gives a port nothing until it says the key: no page state, no list, no insert, no broadcast', () => {
    const copy = arrive();
    copy.said(INSERT);
    copy.said({ type: 'hello', key: 'guess' });
    link.broadcast({ type: 'page-state', state: STATE });
    expect(copy.posted).toEqual([]);
    expect(received).toEqual([]);
    expect(link.connected).toBe(false);
  });

  it('admits the port that says the key, even after a wrong one, and serves it', () => {
    const own = arrive();
    own.said({ type: 'hello', key: 'junk the page posted first' });
    own.said({ type: 'hello', key: 'key-1' });
    expect(link.connected).toBe(true);
    // First the page state and the whole conversation list, in that order.
    expect(own.posted).toEqual(WELCOME);
    own.said(INSERT);
    expect(received).toEqual([INSERT]);
    link.broadcast({ type: 'focus-search' });
    expect(own.posted.at(-1)).toEqual({ type: 'focus-search' });
  });

  it('admits one port per dock: the others waiting are dropped, later ones refused at once', () => {
    const copy = arrive();
    const own = arrive();
    own.said({ type: 'hello', key: 'key-1' });
    expect(copy.disconnected).toBe(true);
    const later = arrive();
    expect(later.disconnected).toBe(true);
    // Knowing the spent key later is no help either.
    later.said({ type: 'hello', key: 'key-1' });
    expect(later.posted).toEqual([]);
    expect(own.disconnected).toBe(false);
  });

  it('reports when the admitted sidebar goes, and takes only the next dock key after that', () => {
    const own = arrive();
    own.said({ type: 'hello', key: 'key-1' });
    own.dropped();
    expect(drops).toBe(1);
    expect(link.connected).toBe(false);
    link.expect('key-2');
    const stale = arrive();
    stale.said({ type: 'hello', key: 'key-1' });
    expect(link.connected).toBe(false);
    const fresh = arrive();
    fresh.said({ type: 'hello', key: 'key-2' });
    expect(link.connected).toBe(true);
  });

  it('drops the admitted port when a new dock is mounted', () => {
    const own = arrive();
    own.said({ type: 'hello', key: 'key-1' });
    link.expect('key-2');
    expect(own.disconnected).toBe(true);
    expect(link.connected).toBe(false);
    expect(drops).toBe(0);
  });

  it('ignores ports that are not the sidebar page of this extension', () => {
    for (const fake of [
      fakePort(`chrome-extension://${browser.runtime.id}/options.html`),
      fakePort(`chrome-extension://other/sidebar.html`, 'other-extension'),
    ]) {
      arrive(fake).said({ type: 'hello', key: 'key-1' });
      expect(fake.posted).toEqual([]);
    }
    expect(link.connected).toBe(false);
  });

  it("takes Firefox's relayed port (from the background) on the same terms: only with the key", () => {
    const background = `moz-extension://${browser.runtime.id}/_generated_background_page.html`;
    const relayed = arrive(fakePort(background, browser.runtime.id, SIDEBAR_RELAY_PORT));
    relayed.said(INSERT);
    expect(received).toEqual([]);
    expect(relayed.posted).toEqual([]);
    relayed.said({ type: 'hello', key: 'key-1' });
    expect(link.connected).toBe(true);
    expect(relayed.posted).toEqual(WELCOME);
  });

  it('ignores a relay-named port from another extension', () => {
    const foreign = arrive(fakePort('moz-extension://other/x.html', 'other-extension', SIDEBAR_RELAY_PORT));
    foreign.said({ type: 'hello', key: 'key-1' });
    expect(foreign.posted).toEqual([]);
    expect(link.connected).toBe(false);
  });
});
