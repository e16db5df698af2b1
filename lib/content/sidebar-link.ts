import { type Browser, browser } from 'wxt/browser';
import type { ContentToSidebar, SidebarToContent } from '../messaging';
import { SIDEBAR_PORT, SIDEBAR_RELAY_PORT } from '../messaging';

// The content script's end of the port the sidebar frame opens (tabs.connect).
//
// Page scripts have no runtime API, but a page can frame sidebar.html itself (it is web-accessible,
// and the frame's URL is in Sigap's own iframe's src for the page to copy), and such a frame is a
// real extension page that can connect. Nothing on the port tells the frames apart: in Chromium 156
// the sender of a port opened by a framed extension page carries only id, url and origin, the same
// for every copy (no tab, frameId or documentId). So each mounted dock makes a key and posts it to
// its own frame (dock.ts), which a page can neither read nor forward; a port is admitted only once it
// has said that key, exactly one port per dock, and every other port is dropped. Until then it gets
// nothing: no page state, and its inserts are ignored.

export interface SidebarLinkHandlers {
  /** What a newly admitted sidebar is sent first: the page state and the whole conversation list. */
  welcome(): ContentToSidebar[];
  onMessage(message: SidebarToContent, reply: (message: ContentToSidebar) => void): void;
  /** The admitted sidebar went away (its frame unloaded or was replaced). */
  onDrop(): void;
}

export interface SidebarLink {
  /** Whether a sidebar is admitted: the chat box's keys are claimed only then. */
  readonly connected: boolean;
  /** A new dock was mounted: only a port saying `key` is admitted now; the current one is dropped. */
  expect(key: string): void;
  broadcast(message: ContentToSidebar): void;
  close(): void;
}

function isSidebarPage(port: Browser.runtime.Port): boolean {
  const sender = port.sender;
  if (sender?.id !== browser.runtime.id) return false;
  // Firefox: the background relays for the framed sidebar (lib/sidebar-relay.ts); the key decides.
  if (port.name === SIDEBAR_RELAY_PORT) return true;
  if (port.name !== SIDEBAR_PORT) return false;
  // With use_dynamic_url Chromium's runtime.getURL answers the session's dynamic URL while the
  // sender's url is the static one: compare the path only.
  try {
    return new URL(sender.url ?? '').pathname === '/sidebar.html';
  } catch {
    return false;
  }
}

export function openSidebarLink(handlers: SidebarLinkHandlers): SidebarLink {
  let key: string | null = null;
  let admitted: Browser.runtime.Port | null = null;
  const waiting = new Set<Browser.runtime.Port>();

  const drop = (port: Browser.runtime.Port) => {
    waiting.delete(port);
    try {
      port.disconnect();
    } catch {
      // Already gone.
    }
  };
  const dropAll = () => {
    for (const port of waiting) drop(port);
    if (admitted) drop(admitted);
    admitted = null;
  };

  const post = (port: Browser.runtime.Port, message: ContentToSidebar) => {
    try {
      port.postMessage(message);
    } catch {
      // The frame went away between two messages; its onDisconnect reports it.
    }
  };

  const admit = (port: Browser.runtime.Port) => {
    key = null;
    waiting.delete(port);
    dropAll();
    admitted = port;
    for (const message of handlers.welcome()) post(port, message);
  };

  const onConnect = (port: Browser.runtime.Port) => {
    if (!isSidebarPage(port)) return;
    if (key === null) return drop(port);
    waiting.add(port);
    port.onDisconnect.addListener(() => {
      waiting.delete(port);
      if (port !== admitted) return;
      admitted = null;
      handlers.onDrop();
    });
    port.onMessage.addListener((message: SidebarToContent) => {
      if (port === admitted) handlers.onMessage(message, (reply) => post(port, reply));
      else if (message?.type === 'hello' && key !== null && message.key === key) admit(port);
    });
  };
  browser.runtime.onConnect.addListener(onConnect);

  return {
    get connected() {
      return admitted !== null;
    },
    expect(next) {
      dropAll();
      key = next;
    },
    broadcast(message) {
      if (admitted) post(admitted, message);
    },
    close() {
      key = null;
      dropAll();
      browser.runtime.onConnect.removeListener(onConnect);
    },
  };
}
