import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { insertText, placeCaret, readEditorText } from '../composer';
import { adapterForUrl } from '../marketplaces';
import type { MarketplaceAdapter } from '../marketplaces/types';
import type { ContentToSidebar, InsertOutcome, PageState, SidebarToContent } from '../messaging';
import { type SidebarState, sidebarStateItem, snippetKeysItem } from '../settings';
import { watchChatKeys } from './chat-keys';
import { createConversationMemory } from './conversation-memory';
import { type Dock, mountDock } from './dock';
import { readPageState } from './page-state';
import { openSidebarLink, type SidebarLink } from './sidebar-link';

// Runs for the life of the content script: mounts the sidebar while the URL is a chat page and
// removes it when the single-page app navigates elsewhere. One session per chat page visit; every
// listener hangs off the session's AbortController or the WXT context, so nothing outlives them.

interface Session {
  adapter: MarketplaceAdapter;
  dock: Dock;
  link: SidebarLink;
  abort: AbortController;
  refresh(): void;
  focusSearch(): Promise<void>;
}

export interface ChatController {
  /** Re-evaluates the URL (called at start and on every in-page navigation). */
  sync(): Promise<void>;
  toggleSidebar(): Promise<void>;
  focusSearch(): Promise<void>;
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

function startSession(
  ctx: ContentScriptContext,
  adapter: MarketplaceAdapter,
  initial: SidebarState,
): Session {
  const abort = new AbortController();
  ctx.onInvalidated(() => abort.abort());

  let state: PageState | null = null;
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
    }
  };
  const link = openSidebarLink({ currentState: () => state, onMessage });

  const refresh = () => {
    if (abort.signal.aborted) return;
    const read = readPageState(adapter, document, location.href);
    state = { ...read, conversation: memory.merge(read.conversation) };
    const serialised = JSON.stringify(state);
    if (serialised === sent) return;
    sent = serialised;
    link.broadcast({ type: 'page-state', state });
  };

  const dock = mountDock(ctx, initial, (width) => {
    void sidebarStateItem.getValue().then((s) => sidebarStateItem.setValue({ ...s, width }));
  });
  const unwatch = sidebarStateItem.watch((next) => dock.apply(next));
  abort.signal.addEventListener('abort', () => {
    unwatch();
    link.close();
    dock.remove();
  });

  const focusSearch = async () => {
    await setOpen(true);
    dock.iframe.focus();
    link.broadcast({ type: 'focus-search' });
  };

  let keys = snippetKeysItem.fallback;
  void snippetKeysItem.getValue().then((k) => {
    keys = k;
  });
  const unwatchKeys = snippetKeysItem.watch((k) => {
    keys = k;
  });
  abort.signal.addEventListener('abort', unwatchKeys);
  watchChatKeys({
    adapter,
    signal: abort.signal,
    keys: () => keys,
    send: (message) => link.broadcast(message),
    focusSearch: () => void focusSearch(),
  });

  adapter.watch(document, abort.signal, refresh);
  refresh();
  return { adapter, dock, link, abort, refresh, focusSearch };
}

export function createChatController(ctx: ContentScriptContext): ChatController {
  let session: Session | null = null;
  let syncing: Promise<void> = Promise.resolve();

  const syncNow = async () => {
    if (!ctx.isValid) return;
    const adapter = adapterForUrl(location.href);
    if (session && session.adapter === adapter) {
      session.refresh();
      return;
    }
    session?.abort.abort();
    session = null;
    if (!adapter) return;
    const initial = await sidebarStateItem.getValue();
    // The URL may have changed while storage answered.
    if (!ctx.isValid || adapterForUrl(location.href) !== adapter) return;
    session = startSession(ctx, adapter, initial);
  };

  return {
    // Serialised so two quick navigations cannot mount two sidebars.
    sync() {
      syncing = syncing.then(syncNow, syncNow);
      return syncing;
    },
    async toggleSidebar() {
      if (!session) return;
      await setOpen(!(await sidebarStateItem.getValue()).open);
    },
    async focusSearch() {
      await session?.focusSearch();
    },
  };
}
