import { insertText, placeCaret, readEditorText } from '../composer';
import { adapterForUrl } from '../marketplaces';
import type { MarketplaceAdapter } from '../marketplaces/types';
import type {
  ContentToSidebar,
  InsertOutcome,
  ListedConversation,
  PageView,
  SidebarToContent,
} from '../messaging';
import { type SidebarState, sidebarStateItem, snippetKeysItem } from '../settings';
import { watchChatKeys } from './chat-keys';
import { createConversationMemory } from './conversation-memory';
import { type Dock, mountDock } from './dock';
import { extensionAlive } from './extension-alive';
import { createListDiff } from './list-diff';
import { readPageState } from './page-state';
import { openSidebarLink } from './sidebar-link';

// Runs for the life of the content script: mounts the sidebar while the URL is a chat page and
// removes it when the single-page app navigates elsewhere. One session per chat page visit; every
// listener hangs off the session's AbortController, so nothing outlives it.
//
// Lifecycle against a hostile page (tests/e2e/page-attacks.e2e.ts): the controller ends for good
// only when the extension is gone (extensionAlive), checked every second and on every hint (WXT's
// context invalidation, a dropped sidebar, a broken dock), never because the page said so. When the
// page removes or repoints the sidebar, the session mounts a fresh dock; a page that keeps doing it
// ends the session instead (the page gets its margin and keys back) until the next navigation.

const TICK_MS = 1000;
const MAX_REMOUNTS = 5;
const REMOUNT_WINDOW_MS = 60_000;

interface Session {
  adapter: MarketplaceAdapter;
  abort: AbortController;
  refresh(): void;
  focusSearch(): Promise<void>;
}

export interface ChatController {
  /** Re-evaluates the URL (called at start and on every in-page navigation). */
  sync(): Promise<void>;
  toggleSidebar(): Promise<void>;
  focusSearch(): Promise<void>;
  /** Ends everything if the extension is gone; does nothing otherwise. Safe to call on any hint. */
  check(): void;
  /** Aborted once the extension is gone: everything Sigap added to the page has been removed. */
  signal: AbortSignal;
}

/** Teardown in an orphaned content script: extension APIs may throw, the DOM work must still run. */
function quietly(run: () => void): void {
  try {
    run();
  } catch {
    // The extension is gone; there is nothing left to unsubscribe from.
  }
}

async function setOpen(open: boolean): Promise<void> {
  const current = await sidebarStateItem.getValue();
  if (current.open !== open) await sidebarStateItem.setValue({ ...current, open });
}

function insertIntoComposer(
  adapter: MarketplaceAdapter,
  message: Extract<SidebarToContent, { type: 'insert' }>,
): InsertOutcome {
  // The full read says how the chat box was found: a guessed one is used, and the sidebar says so.
  const { composer, parts } = adapter.read(document);
  if (!composer) return { ok: false, reason: 'no-composer' };
  const before = readEditorText(composer);
  const start = message.replace?.start ?? before.caret ?? before.text.length;
  const result = insertText(composer, message.text, message.replace ? { replace: message.replace } : {});
  if (!result.ok) return { ok: false, reason: 'rejected' };
  if (message.cursor != null) placeCaret(composer, start + message.cursor);
  const guessed = parts.composer !== 'marker' && parts.composer !== 'older';
  return guessed ? { ok: true, strategy: result.strategy, guessed } : { ok: true, strategy: result.strategy };
}

function startSession(adapter: MarketplaceAdapter, initial: SidebarState): Session {
  const abort = new AbortController();

  // The page state without its list, and the list, which is sent apart and only as far as it changed.
  let state: PageView | null = null;
  let list: readonly ListedConversation[] = [];
  const diff = createListDiff();
  const memory = createConversationMemory();
  let sent = '';
  const onMessage = (message: SidebarToContent, reply: (m: ContentToSidebar) => void) => {
    if (message.type === 'insert') {
      reply({
        type: 'insert-result',
        requestId: message.requestId,
        outcome: insertIntoComposer(adapter, message),
      });
    } else if (message.type === 'focus-composer') {
      adapter.findComposer(document)?.focus();
    } else if (message.type === 'open-conversation') {
      const row = adapter.listConversations(document).find((c) => c.id === message.id);
      (row?.element as HTMLElement | undefined)?.click();
    } else if (message.type === 'layout-report') {
      const html = document.documentElement.outerHTML;
      reply({
        type: 'layout-report',
        requestId: message.requestId,
        head: `${adapter.id} ${location.host}`,
        base: location.href,
        html,
      });
    }
  };
  const link = openSidebarLink({
    welcome: () => (state ? [{ type: 'page-state', state }, ...diff.next(list, true)] : []),
    onMessage,
    onDrop: () => repair(),
  });

  const refresh = () => {
    if (abort.signal.aborted) return;
    const { list: rows, ...read } = readPageState(adapter, document, location.href);
    state = { ...read, conversation: memory.merge(read.conversation) };
    list = rows;
    const serialised = JSON.stringify(state);
    if (serialised !== sent) {
      sent = serialised;
      link.broadcast({ type: 'page-state', state });
    }
    for (const change of diff.next(list)) link.broadcast(change);
  };

  let layout = initial;
  let dock: Dock | null = null;
  const onResized = (width: number) => {
    void sidebarStateItem.getValue().then((s) => sidebarStateItem.setValue({ ...s, width }));
  };
  const mount = () => {
    dock = mountDock(layout, onResized, repair);
    link.expect(dock.key);
  };
  const remounts: number[] = [];
  // The dock broke or its sidebar dropped: a fresh dock, unless the extension is gone (then the
  // controller's check ends everything) or the page keeps breaking it.
  const repair = () => {
    if (abort.signal.aborted) return;
    dock?.remove();
    dock = null;
    const now = Date.now();
    while (remounts.length && now - remounts[0]! > REMOUNT_WINDOW_MS) remounts.shift();
    if (!extensionAlive() || remounts.push(now) > MAX_REMOUNTS) abort.abort();
    else mount();
  };
  mount();
  const unwatch = sidebarStateItem.watch((next) => {
    layout = next;
    dock?.apply(next);
  });
  abort.signal.addEventListener('abort', () => {
    dock?.remove();
    quietly(unwatch);
    quietly(link.close);
  });

  const focusSearch = async () => {
    await setOpen(true);
    dock?.iframe.focus();
    link.broadcast({ type: 'focus-search' });
  };

  let keys = snippetKeysItem.fallback;
  void snippetKeysItem.getValue().then((k) => {
    keys = k;
  });
  const unwatchKeys = snippetKeysItem.watch((k) => {
    keys = k;
  });
  abort.signal.addEventListener('abort', () => quietly(unwatchKeys));
  watchChatKeys({
    adapter,
    signal: abort.signal,
    active: () => link.connected && extensionAlive(),
    keys: () => keys,
    send: (message) => link.broadcast(message),
    focusSearch: () => void focusSearch(),
  });

  adapter.watch(document, abort.signal, refresh);
  refresh();
  return { adapter, abort, refresh, focusSearch };
}

export function createChatController(): ChatController {
  const life = new AbortController();
  let session: Session | null = null;
  let syncing: Promise<void> = Promise.resolve();

  const check = () => {
    if (!life.signal.aborted && !extensionAlive()) life.abort();
  };
  const syncNow = async () => {
    check();
    if (life.signal.aborted) return;
    const adapter = adapterForUrl(location.href);
    if (session && !session.abort.signal.aborted && session.adapter === adapter) {
      session.refresh();
      return;
    }
    session?.abort.abort();
    session = null;
    if (!adapter) return;
    const initial = await sidebarStateItem.getValue();
    // The URL may have changed while storage answered.
    if (life.signal.aborted || adapterForUrl(location.href) !== adapter) return;
    session = startSession(adapter, initial);
  };
  // Serialised so two quick navigations cannot mount two sidebars.
  const sync = () => {
    syncing = syncing.then(syncNow, syncNow);
    return syncing;
  };

  // The single-page apps navigate without reloading: the URL is polled, as WXT's own
  // `wxt:locationchange` does, but on a timer that only the extension's end can stop.
  let href = location.href;
  const timer = setInterval(() => {
    check();
    if (life.signal.aborted || location.href === href) return;
    href = location.href;
    void sync();
  }, TICK_MS);
  life.signal.addEventListener('abort', () => {
    clearInterval(timer);
    session?.abort.abort();
    session = null;
  });

  return {
    sync,
    async toggleSidebar() {
      if (!session) return;
      await setOpen(!(await sidebarStateItem.getValue()).open);
    },
    async focusSearch() {
      await session?.focusSearch();
    },
    check,
    signal: life.signal,
  };
}
