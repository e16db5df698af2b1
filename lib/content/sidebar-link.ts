import { type Browser, browser } from 'wxt/browser';
import type { ContentToSidebar, PageState, SidebarToContent } from '../messaging';
import { SIDEBAR_PORT } from '../messaging';

// The content script's end of the port the sidebar frame opens (tabs.connect). Only the extension's
// own sidebar page can open it: page scripts have no access to the extension's runtime.

export interface SidebarLinkHandlers {
  currentState(): PageState | null;
  onMessage(message: SidebarToContent, reply: (message: ContentToSidebar) => void): void;
}

export interface SidebarLink {
  broadcast(message: ContentToSidebar): void;
  close(): void;
}

function isOwnSidebar(port: Browser.runtime.Port): boolean {
  const sender = port.sender;
  if (port.name !== SIDEBAR_PORT || !sender) return false;
  if (sender.id !== browser.runtime.id) return false;
  return (sender.url ?? '').startsWith(browser.runtime.getURL('/sidebar.html'));
}

export function openSidebarLink(handlers: SidebarLinkHandlers): SidebarLink {
  const ports = new Set<Browser.runtime.Port>();

  const post = (port: Browser.runtime.Port, message: ContentToSidebar) => {
    try {
      port.postMessage(message);
    } catch {
      ports.delete(port); // the frame went away between two messages
    }
  };

  const onConnect = (port: Browser.runtime.Port) => {
    if (!isOwnSidebar(port)) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener((message: SidebarToContent) =>
      handlers.onMessage(message, (reply) => post(port, reply)),
    );
    const state = handlers.currentState();
    if (state) post(port, { type: 'page-state', state });
  };
  browser.runtime.onConnect.addListener(onConnect);

  return {
    broadcast(message) {
      for (const port of ports) post(port, message);
    },
    close() {
      browser.runtime.onConnect.removeListener(onConnect);
      for (const port of ports) port.disconnect();
      ports.clear();
    },
  };
}
