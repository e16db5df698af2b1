import { browser } from 'wxt/browser';

// A typed value in browser.storage.local with a fallback and change notifications. Hand-written
// rather than @wxt-dev/storage because the content script imports it and that library alone would
// be half of the content script's size budget (15 kB gzipped); this is all of it Sigap uses.

export interface StorageItem<T> {
  readonly key: string;
  readonly fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back on every change made by any extension context; returns the unsubscribe. */
  watch(callback: (value: T) => void): () => void;
}

export function defineItem<T>(key: string, fallback: T): StorageItem<T> {
  return {
    key,
    fallback,
    async getValue() {
      const stored = await browser.storage.local.get(key);
      return (stored[key] as T | undefined) ?? fallback;
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const change = changes[key];
        if (area === 'local' && change) callback((change.newValue as T | undefined) ?? fallback);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
