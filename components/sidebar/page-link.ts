import { type Browser, browser } from 'wxt/browser';
import { layoutReport } from '../../lib/marketplaces/layout-report';
import {
  backgroundMessenger,
  type ContentToSidebar,
  type InsertOutcome,
  type PageState,
  type PageView,
  SIDEBAR_PORT,
  SIDEBAR_RELAY_PORT,
  type SidebarToContent,
} from '../../lib/messaging';
import { createConversationRows } from './conversation-rows';

// The sidebar's end of the port to the content script of the tab it is framed in.
//
// The content script admits this port only after it has said the key the content script posted to
// the frame it mounted (lib/content/sidebar-link.ts). A page can frame sidebar.html itself and post
// it anything, so every key-shaped message from the parent is passed on and the content script
// decides; a frame the page made never learns the real key and is never admitted.

export type ChatEvent = Extract<
  ContentToSidebar,
  { type: 'expand-trigger' | 'snippet-hotkey' | 'saran-accept' | 'draft' }
>;
const CHAT_EVENTS: ReadonlySet<string> = new Set<ChatEvent['type']>([
  'expand-trigger',
  'snippet-hotkey',
  'saran-accept',
  'draft',
]);

export interface InsertOptions {
  replace?: { start: number; end: number };
  cursor?: number | null;
}

export interface PageLink {
  /**
   * Calls back with every page state the content script reports, and again whenever its
   * conversation list changes; `list` is the same array until the list changes. Returns an
   * unsubscribe.
   */
  onState(listener: (state: PageState) => void): () => void;
  onFocusSearch(listener: () => void): () => void;
  /** Keys and drafts from the chat box: triggers, snippet hotkeys, the text being typed. */
  onChatEvent(listener: (event: ChatEvent) => void): () => void;
  insert(text: string, options?: InsertOptions): Promise<InsertOutcome>;
  focusComposer(): void;
  openConversation(id: string): void;
  /** The page's text-free layout report (lib/marketplaces/layout-report.ts), or null. */
  layoutReport(): Promise<string | null>;
}

const INSERT_TIMEOUT_MS = 3000;
const REPORT_TIMEOUT_MS = 3000;

async function ownTabId(): Promise<number | null> {
  // tabs.getCurrent answers for an extension frame inside a tab in Chromium; the background's view
  // of the sender is the fallback for browsers that answer undefined there.
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id != null) return tab.id;
  const { tabId } = await backgroundMessenger.sendMessage('whoAmI', undefined);
  return tabId;
}

// Firefox suspends an idle event page (after 30 s by default) and the relay's ports close with it, and
// the content script then remounts the sidebar. An open port does not keep it awake (measured in ESR
// 153); a message does, so a relayed sidebar asks the background something small this often.
const RELAY_KEEPALIVE_MS = 10_000;

async function openPort(): Promise<Browser.runtime.Port | null> {
  // Firefox gives an extension page framed in a web page no tabs API (measured in ESR 153): the
  // background connects to the page for it (lib/sidebar-relay.ts).
  if (!browser.tabs?.connect) {
    const relayed = browser.runtime.connect({ name: SIDEBAR_RELAY_PORT });
    const keepAlive = setInterval(
      () => void backgroundMessenger.sendMessage('whoAmI', undefined).catch(() => undefined),
      RELAY_KEEPALIVE_MS,
    );
    relayed.onDisconnect.addListener(() => clearInterval(keepAlive));
    return relayed;
  }
  const tabId = await ownTabId();
  return tabId == null ? null : browser.tabs.connect(tabId, { name: SIDEBAR_PORT, frameId: 0 });
}

/** The skeleton of the page's markup: parsed inertly (no script runs), then stripped of all text. */
function reportOf(head: string, base: string, html: string): string {
  return `${head}\n${layoutReport(new DOMParser().parseFromString(html, 'text/html'), 40, base)}`;
}

export function connectPageLink(): PageLink {
  const stateListeners = new Set<(state: PageState) => void>();
  const focusListeners = new Set<() => void>();
  const chatListeners = new Set<(event: ChatEvent) => void>();
  const pending = new Map<number, (outcome: InsertOutcome) => void>();
  const reports = new Map<number, (report: string | null) => void>();
  let nextId = 1;
  let port: Browser.runtime.Port | null = null;
  // Keys that arrive before the port is open wait here.
  const keys: string[] = [];
  const hello = (key: string) => port?.postMessage({ type: 'hello', key } satisfies SidebarToContent);
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || window.parent === window) return;
    const key = (event.data as { sigapKey?: unknown } | null)?.sigapKey;
    if (typeof key !== 'string' || key.length > 64) return;
    if (port) hello(key);
    else if (keys.length < 16) keys.push(key);
  });
  // The content script answers the connection at once, often before React has subscribed: the last
  // state is kept and handed to every new subscriber.
  let lastState: PageState | null = null;
  // The page state and its conversation list arrive apart (lib/messaging.ts, PageView).
  let view: PageView | null = null;
  const rows = createConversationRows();
  const emit = () => {
    if (!view) return;
    const state: PageState = { ...view, list: rows.list };
    lastState = state;
    for (const l of stateListeners) l(state);
  };

  const ready = openPort().then((opened) => {
    if (!opened) return;
    port = opened;
    port.onMessage.addListener((message: ContentToSidebar) => {
      if (message.type === 'page-state') {
        view = message.state;
        emit();
      } else if (message.type === 'conversations') {
        const before = rows.list;
        if (rows.apply(message) !== before) emit();
      } else if (message.type === 'focus-search') {
        for (const l of focusListeners) l();
      } else if (message.type === 'insert-result') {
        pending.get(message.requestId)?.(message.outcome);
        pending.delete(message.requestId);
      } else if (message.type === 'layout-report') {
        reports.get(message.requestId)?.(reportOf(message.head, message.base, message.html));
        reports.delete(message.requestId);
      } else if (CHAT_EVENTS.has(message.type)) {
        for (const l of chatListeners) l(message as ChatEvent);
      }
    });
    port.onDisconnect.addListener(() => {
      port = null;
    });
    for (const key of keys.splice(0)) hello(key);
  });

  const send = async (message: SidebarToContent): Promise<boolean> => {
    await ready;
    if (!port) return false;
    port.postMessage(message);
    return true;
  };

  return {
    onState(listener) {
      stateListeners.add(listener);
      if (lastState) listener(lastState);
      return () => stateListeners.delete(listener);
    },
    onFocusSearch(listener) {
      focusListeners.add(listener);
      return () => focusListeners.delete(listener);
    },
    onChatEvent(listener) {
      chatListeners.add(listener);
      return () => chatListeners.delete(listener);
    },
    async insert(text, options = {}) {
      const requestId = nextId++;
      const outcome = new Promise<InsertOutcome>((resolve) => {
        pending.set(requestId, resolve);
        setTimeout(() => {
          if (pending.delete(requestId)) resolve({ ok: false, reason: 'no-composer' });
        }, INSERT_TIMEOUT_MS);
      });
      if (!(await send({ type: 'insert', requestId, text, ...options }))) {
        pending.delete(requestId);
        return { ok: false, reason: 'no-composer' };
      }
      return outcome;
    },
    focusComposer() {
      void send({ type: 'focus-composer' });
    },
    openConversation(id) {
      void send({ type: 'open-conversation', id });
    },
    async layoutReport() {
      const requestId = nextId++;
      const report = new Promise<string | null>((resolve) => {
        reports.set(requestId, resolve);
        setTimeout(() => {
          if (reports.delete(requestId)) resolve(null);
        }, REPORT_TIMEOUT_MS);
      });
      if (!(await send({ type: 'layout-report', requestId }))) {
        reports.delete(requestId);
        return null;
      }
      return report;
    },
  };
}
