import { DEFAULT_SCHEDULE, type Schedule } from './hours/schedule';
import type { Lang } from './i18n';
import { DEFAULT_TARGETS, type ReplyTargets } from './reply-clock/clock';
import { defineItem } from './storage-item';

// Settings live in browser.storage (not IndexedDB): the content script and the framed sidebar can
// read and watch them, and they survive the marketplace's site-data wipes.

export interface SidebarState {
  open: boolean;
  /** CSS pixels; clamped by `clampSidebarWidth`. */
  width: number;
}

export const SIDEBAR_MIN_WIDTH = 280;
export const SIDEBAR_MAX_WIDTH = 560;
/** Width of the collapsed tab at the right edge. */
export const SIDEBAR_TAB_WIDTH = 32;

export function clampSidebarWidth(width: number): number {
  if (!Number.isFinite(width)) return 360;
  return Math.round(Math.min(SIDEBAR_MAX_WIDTH, Math.max(SIDEBAR_MIN_WIDTH, width)));
}

export const shopNameItem = defineItem<string>('shopName', '');

export const langItem = defineItem<Lang>('lang', 'id');

export const sidebarStateItem = defineItem<SidebarState>('sidebar', { open: true, width: 360 });

/**
 * Bumped by the background after every catalog write. The framed sidebar watches it and refetches
 * its snapshot: storage change events reach every extension context, messages to frames do not.
 */
export const catalogVersionItem = defineItem<number>('catalogVersion', 0);

/** The shop's reply targets: amber from `dueMs`, red from `overdueMs` (defaults 5 min and 2 h). */
export const replyTargetsItem = defineItem<ReplyTargets>('replyTargets', DEFAULT_TARGETS);

/** The shop's product answer template; empty means the built-in one in the UI language. */
export const answerTemplateItem = defineItem<string>('answerTemplate', '');

/**
 * What the content script needs to catch snippet keys in the chat box, published by whoever writes
 * snippets: the trigger words, the hotkeys in use, and the expansion key. The content script stays
 * free of the snippet list itself; the sidebar renders and inserts.
 */
export interface SnippetKeys {
  triggers: string[];
  hotkeys: string[];
  expandKey: 'Tab' | 'Space';
  focusSearchHotkey: string;
}

export const snippetKeysItem = defineItem<SnippetKeys>('snippetKeys', {
  triggers: [],
  hotkeys: [],
  expandKey: 'Tab',
  focusSearchHotkey: 'Alt+K',
});

/** Bumped after every snippet write; the sidebar refetches the list. */
export const snippetsVersionItem = defineItem<number>('snippetsVersion', 0);

/** The shop's operating hours and holidays. */
export const hoursItem = defineItem<Schedule>('hours', DEFAULT_SCHEDULE);

/** The tone check: on by default; `allow` holds innocent phrases (product names) it must not flag. */
export const toneItem = defineItem<{ enabled: boolean; allow: string[] }>('tone', {
  enabled: true,
  allow: [],
});

/**
 * How many days of reply samples are kept (Pengaturan); older ones are deleted. 400 by default: the
 * marketplaces count the last 90 days, and a year and a bit lets a shop compare with last year.
 */
export const replyRetentionItem = defineItem<number>('replyRetentionDays', 400);

/**
 * Saran, the suggestions from the buyer's unanswered messages (issue 8): on unless the agent
 * switches it off. `sameDayCutoff` ("HH:MM"; '' = the end of the working day) is the last moment an
 * order still ships the same day, for "bisa kirim hari ini?". Read through `assistSettings`
 * (lib/assist/settings.ts), which repairs a stored value of the wrong shape.
 */
export interface AssistSettings {
  enabled: boolean;
  sameDayCutoff: string;
}

export const assistItem = defineItem<AssistSettings>('assist', { enabled: true, sameDayCutoff: '15:00' });
