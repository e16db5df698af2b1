import { defineExtensionMessaging } from '@webext-core/messaging';
import type { StoredReplySample, StoredSnippet } from './db/schema';
import type { Conversation, MarketplaceId, PageParts } from './marketplaces/types';
import type { CatalogSearchAnswer } from './search-service/catalog-search-service';
import type { TeamConfig } from './team/connection';
import type { TeamState } from './team/state';

// The typed messages between the three parts of Sigap. Everything goes through the extension's
// runtime messaging, never window.postMessage: page scripts can neither read nor forge it.

// ── Background requests (sidebar, options page, content script → background) ─────────────────

export interface BackgroundProtocol {
  /**
   * The catalog search lives in the background, one index for every tab
   * (lib/search-service/catalog-search-service.ts): the answer comes once it is loaded or built.
   */
  catalogStatus(): { version: number; count: number };
  /** Several queries at once (Saran asks a few per buyer burst); results best first, per query. */
  searchCatalog(request: { queries: string[]; limit: number }): CatalogSearchAnswer;
  getSnippets(): StoredSnippet[];
  /** Counts a use, so the most used snippets come first in the sidebar. */
  snippetUsed(id: string): void;
  /**
   * Stores the samples that pass lib/validate/reply-samples.ts; `refused` counts those left out
   * (logged in the background with their reasons). They are not worth sending again.
   */
  recordReplySamples(samples: StoredReplySample[]): { stored: number; refused?: number };
  /** The tab a framed sidebar lives in (its sender.tab): the sidebar needs it to reach its page. */
  whoAmI(): { tabId: number | null };
  /** Team sync (lib/team): connect to the shop's server, from Pengaturan › Tim. */
  teamConnect(config: TeamConfig): TeamState;
  /** Team sync: stop; the local data stays. */
  teamDisconnect(): TeamState;
}

// Marked pure so bundles that only need the types below (the content script) drop the library.
export const backgroundMessenger = /* @__PURE__ */ defineExtensionMessaging<BackgroundProtocol>();

/**
 * The sidebar's port to the background for catalog searches (lib/port-rpc.ts): one per sidebar,
 * each request checked as a `searchCatalog` message.
 */
export const SEARCH_PORT = 'sigap-search';

// ── Background → content script (keyboard commands relayed from the manifest's `commands`) ──
// Plain runtime messages: the content script stays free of the messaging library (size budget).

export type ContentCommand = { sigap: 'toggle-sidebar' } | { sigap: 'focus-search' };

export function isContentCommand(message: unknown): message is ContentCommand {
  const name = (message as { sigap?: unknown } | null)?.sigap;
  return name === 'toggle-sidebar' || name === 'focus-search';
}

// ── Content script → background: the one message a content script sends ───────────────────

/**
 * Sent as the sidebar frame is created: a woken worker starts loading the search index while the
 * frame still boots, instead of after the frame's first request (lib/search-service/warm-up.ts). It
 * carries nothing and is answered with nothing, so a page that forged it gains nothing.
 */
export const WARM_UP = { sigap: 'warm-up' } as const;

export function isWarmUp(message: unknown): boolean {
  return (message as { sigap?: unknown } | null)?.sigap === WARM_UP.sigap;
}

// ── Content script ⇄ sidebar frame: one long-lived port per tab ─────────────────────────────

/** The port's name; the content script accepts connections only from the extension's own sidebar. */
export const SIDEBAR_PORT = 'sigap-sidebar';
/**
 * Firefox gives an extension page framed in a web page no `tabs` API, so there the sidebar connects
 * to the background under this name and the background opens the port to its tab's content script
 * (lib/sidebar-relay.ts), under the same name so the content script knows it is relayed.
 */
export const SIDEBAR_RELAY_PORT = 'sigap-sidebar-relay';

/** What the adapter can see: the sidebar's "chat box found" line. */
export type AdapterHealth = 'ok' | 'no-composer' | 'unknown-layout';

/** A row of the page's conversation list, as the sidebar's waiting list needs it. */
export interface ListedConversation {
  id: string;
  buyerName: string;
  unread: boolean;
  /** The row's time stamp resolved to epoch ms (the latest message), or null. */
  lastAt: number | null;
}

export interface PageState {
  marketplace: MarketplaceId;
  marketplaceLabel: string;
  url: string;
  conversation: Conversation | null;
  list: readonly ListedConversation[];
  health: AdapterHealth;
  /** How each part of the page was found (marker, older layout, page signal, or not at all). */
  parts: PageParts;
}

/**
 * The page state as `page-state` carries it: everything but the conversation list, which may hold
 * 10,000 rows and travels on its own, only when it changed (`conversations`). The sidebar puts the
 * two back together into a PageState (components/sidebar/page-link.ts).
 */
export type PageView = Omit<PageState, 'list'>;

/**
 * A change to the conversation list (lib/content/list-diff.ts). `rows` is a JSON array of
 * `[id, buyerName, unread (1 or 0), lastAt (epoch ms or null)]` rows, new or changed since the last
 * message; `gone` a JSON array of the ids that left the list. `reset`: `rows` starts the list afresh
 * (a newly admitted sidebar). Strings, not arrays of objects: Chromium decodes a message's objects
 * one value at a time (10,000 rows took ~40 ms of the sidebar's thread), a string in one piece. A
 * large change comes as several messages, so the sidebar takes it in several short tasks.
 */
export interface ConversationsChange {
  type: 'conversations';
  reset: boolean;
  rows: string;
  gone: string;
}

export type InsertOutcome =
  /** `guessed`: the chat box was found by page signals, not by the marketplace's markers. */
  { ok: true; strategy: string; guessed?: boolean } | { ok: false; reason: 'no-composer' | 'rejected' };

export type ContentToSidebar =
  | { type: 'page-state'; state: PageView }
  | ConversationsChange
  | { type: 'insert-result'; requestId: number; outcome: InsertOutcome }
  | { type: 'focus-search' }
  /** `/trigger` + the expansion key typed in the chat box: the sidebar renders and replaces it. */
  | { type: 'expand-trigger'; trigger: string; start: number; end: number }
  /** A snippet hotkey pressed in the chat box ("Alt+G"). */
  | { type: 'snippet-hotkey'; combo: string }
  /** Saran's accept key (lib/saran-key.ts) pressed in the chat box: insert the chosen suggestion. */
  | { type: 'saran-accept' }
  /** The chat box's text as the agent types (debounced), for the tone check. */
  | { type: 'draft'; text: string }
  /**
   * The answer to `layout-report`: the page's markup, which the sidebar turns into the text-free
   * skeleton (lib/marketplaces/layout-report.ts) without it leaving the extension; `head` names the
   * marketplace and host. The skeleton is made in the frame so its code stays out of the content script.
   */
  | { type: 'layout-report'; requestId: number; head: string; base: string; html: string };

export type SidebarToContent =
  | {
      type: 'insert';
      requestId: number;
      text: string;
      /** Replace this range of the chat box's text (a typed trigger) instead of the selection. */
      replace?: { start: number; end: number };
      /** Where the caret goes, as an offset into `text` (a snippet's {kursor}). */
      cursor?: number | null;
    }
  /** Esc in the sidebar: the keyboard goes back to the page's chat box. */
  | { type: 'focus-composer' }
  /** A click in the waiting list: open that conversation in the page. */
  | { type: 'open-conversation'; id: string }
  /**
   * The first message on a new port: the key the content script posted to its own frame. A port is
   * admitted only once it has said it (lib/content/sidebar-link.ts).
   */
  | { type: 'hello'; key: string }
  /** "Copy layout report": the page's structure without any of its text. */
  | { type: 'layout-report'; requestId: number };
