import { create } from 'zustand';
import type { Message } from '../../lib/i18n';
import type { PageState } from '../../lib/messaging';

/** A message key, not text: the notice follows a language switch. */
export type Notice = { kind: 'ok' | 'warn' | 'error'; message: Message } | null;

interface SidebarStore {
  page: PageState | null;
  notice: Notice;
  setPage(page: PageState): void;
  setNotice(notice: Notice): void;
}

export const useSidebarStore = create<SidebarStore>((set) => ({
  page: null,
  notice: null,
  setPage: (page) => set({ page }),
  setNotice: (notice) => set({ notice }),
}));
