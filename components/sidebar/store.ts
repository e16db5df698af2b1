import { useRef } from 'react';
import { create } from 'zustand';
import type { Product } from '../../lib/catalog/types';
import type { Message } from '../../lib/i18n';
import type { PageState, PageView } from '../../lib/messaging';
import type { ChecklistEvent } from '../../lib/reply-clock/checklist';
import { computeReplyState, DEFAULT_TARGETS } from '../../lib/reply-clock/clock';
import { clockMessages } from './clock-messages';
import { leftWithoutClosing } from './closing-reminder';
import { sidebarMessages as m } from './messages';
import type { SeenConversation } from './waiting-conversations';

/** A message key, not text: the notice follows a language switch. */
export type Notice = {
  kind: 'ok' | 'warn' | 'error';
  message: Message;
  params?: Record<string, string | number>;
} | null;

const NO_EVENTS: readonly ChecklistEvent[] = [];

interface SidebarStore {
  page: PageState | null;
  notice: Notice;
  /** Checklist events from what the agent inserted, per `${marketplace}:${conversationId}`. */
  inserted: Record<string, readonly ChecklistEvent[]>;
  /** Conversations read while open in this tab, by conversation id: the waiting list's knowledge. */
  seen: Record<string, SeenConversation>;
  /** The product last chosen in the search: the {produk} of snippets. */
  product: Product | null;
  /** Bumped by the focus-search hotkey/command; the search box focuses itself on change. */
  focusSearch: number;
  setPage(page: PageState): void;
  setNotice(notice: Notice): void;
  /** Records an insertion into the open conversation (no-op when none is open). */
  recordInserted(event: ChecklistEvent): void;
  setProduct(product: Product): void;
  requestSearchFocus(): void;
}

/** Whether two page states differ in their conversation list at most (page-link.ts keeps the rest's objects). */
export function sameView(a: PageView, b: PageView): boolean {
  return (
    a.marketplace === b.marketplace &&
    a.marketplaceLabel === b.marketplaceLabel &&
    a.url === b.url &&
    a.conversation === b.conversation &&
    a.health === b.health &&
    a.parts === b.parts
  );
}

/**
 * The page state without its conversation list: the same object while only the list changes, so
 * what does not show the list does not render again when one of 10,000 rows changes.
 */
export function usePageView(): PageView | null {
  const last = useRef<PageView | null>(null);
  return useSidebarStore((s) => {
    const page = s.page;
    if (!(page && last.current && sameView(last.current, page))) last.current = page;
    return last.current;
  });
}

export function conversationKey(page: PageView | null): string | null {
  const id = page?.conversation?.id;
  return page && id ? `${page.marketplace}:${id}` : null;
}

export function insertedFor(store: Pick<SidebarStore, 'inserted' | 'page'>): readonly ChecklistEvent[] {
  const key = conversationKey(store.page);
  return (key && store.inserted[key]) || NO_EVENTS;
}

function sameSeen(a: SeenConversation, b: SeenConversation): boolean {
  return (
    a.buyerName === b.buyerName &&
    a.waitingSince === b.waitingSince &&
    (a.unreadable ?? null) === (b.unreadable ?? null) &&
    a.lastAt === b.lastAt
  );
}

export const useSidebarStore = create<SidebarStore>((set) => ({
  page: null,
  notice: null,
  inserted: {},
  product: null,
  focusSearch: 0,
  setProduct: (product) => set({ product }),
  requestSearchFocus: () => set((s) => ({ focusSearch: s.focusSearch + 1 })),
  seen: {},
  setPage: (page) =>
    set((s) => {
      // Only the list changed: nothing below depends on it.
      if (s.page && sameView(s.page, page)) return { page };
      const leftBehind = leftWithoutClosing(s.page, page, s.inserted);
      const notice: Notice =
        leftBehind == null
          ? s.notice
          : { kind: 'warn', message: m.leftWithoutClosing, params: { buyer: leftBehind } };
      const conversation = page.conversation;
      if (!conversation?.id) return { page, notice };
      const messages = clockMessages(conversation);
      const clock = computeReplyState(messages, 0, DEFAULT_TARGETS);
      const known: SeenConversation = {
        buyerName: conversation.buyerName,
        waitingSince: clock.waitingSince,
        unreadable: clock.unreadable,
        lastAt: messages.reduce<number | null>(
          (max, m) => (m.at != null && (max == null || m.at > max) ? m.at : max),
          null,
        ),
      };
      // The same `seen` while nothing in it changed: the waiting list follows it.
      const before = Object.hasOwn(s.seen, conversation.id) ? s.seen[conversation.id] : undefined;
      if (before && sameSeen(before, known)) return { page, notice };
      return { page, notice, seen: { ...s.seen, [conversation.id]: known } };
    }),
  setNotice: (notice) => set({ notice }),
  recordInserted: (event) =>
    set((s) => {
      const key = conversationKey(s.page);
      if (!key) return s;
      return { inserted: { ...s.inserted, [key]: [...(s.inserted[key] ?? []), event] } };
    }),
}));
