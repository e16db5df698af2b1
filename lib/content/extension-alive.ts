import { browser } from 'wxt/browser';

/**
 * Whether this content script's extension is still loaded. After the extension is reloaded, updated
 * or removed, the old content script keeps running in the page ("orphaned"): in Chromium 156 its
 * `runtime.id` turns undefined, while its ports report no disconnect and its framed sidebar stays on
 * screen, dead. This is the only signal Sigap trusts to tear itself down: WXT's own "a newer content
 * script started" signal is a window message any page script can forge.
 */
export function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}
