import { browser } from 'wxt/browser';
import { SIDEBAR_RELAY_PORT } from './messaging';
import type { Port } from './port-rpc';
import { type Self, senderKind } from './sender-policy';

// Firefox only in practice: a moz-extension page framed in a web page gets runtime, storage and i18n
// but no `tabs` (measured in Firefox ESR 153), so the sidebar cannot open its port to the content
// script itself. It connects here instead, and the background connects to frame 0 of the sidebar's
// own tab (sender.tab, which Firefox reports for such a frame) and passes messages both ways. The
// content script still admits the port only once it says the key its dock posted to the frame
// (lib/content/sidebar-link.ts), so the relay grants nothing a forged frame could use.

export interface RelayDeps {
  self: Self;
  /** tabs.connect to frame 0 of `tabId`. */
  connectTab(tabId: number): Port;
}

/** Handles one incoming port; false when it is not a relay request (left to other listeners). */
export function relaySidebarPort(port: Port, deps: RelayDeps): boolean {
  if (port.name !== SIDEBAR_RELAY_PORT) return false;
  const sender = port.sender;
  const tabId = sender?.tab?.id;
  if (!sender || tabId == null || senderKind(sender, deps.self) !== 'sidebar') {
    port.disconnect();
    return true;
  }
  const page = deps.connectTab(tabId);
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    for (const end of [port, page]) {
      try {
        end.disconnect();
      } catch {
        // That end is gone already.
      }
    }
  };
  const forward = (to: Port) => (message: unknown) => {
    try {
      to.postMessage(message);
    } catch {
      close();
    }
  };
  port.onMessage.addListener(forward(page));
  page.onMessage.addListener(forward(port));
  port.onDisconnect.addListener(close);
  page.onDisconnect.addListener(close);
  return true;
}

export function relaySidebarPorts(self: Self): void {
  const connectTab = (tabId: number) => browser.tabs.connect(tabId, { name: SIDEBAR_RELAY_PORT, frameId: 0 });
  browser.runtime.onConnect.addListener((port) => void relaySidebarPort(port, { self, connectTab }));
}
