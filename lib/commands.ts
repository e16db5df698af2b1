import { type Browser, browser } from 'wxt/browser';
import type { ContentCommand } from './messaging';

// Manifest `commands` (rebindable in the browser's shortcut settings) arrive in the background; the
// page they act on is the tab that had focus. Headless Chromium cannot fire them, so tests call this.

export const COMMANDS = ['toggle-sidebar', 'focus-search'] as const;
export type CommandName = (typeof COMMANDS)[number];

async function targetTab(tab: Browser.tabs.Tab | undefined): Promise<number | null> {
  if (tab?.id != null) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

export async function handleCommand(command: string, tab?: Browser.tabs.Tab): Promise<boolean> {
  const tabId = await targetTab(tab);
  if (tabId == null) return false;
  if (!(COMMANDS as readonly string[]).includes(command)) return false;
  const message: ContentCommand = { sigap: command as CommandName };
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return true;
  } catch {
    // No Sigap content script in that tab (not a marketplace page): the command does nothing.
    return false;
  }
}
