import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Test-only: loads a constructed marketplace page from tests/fixtures/marketplaces as its own Document.

const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/marketplaces');

export type FixtureName =
  | 'shopee-webchat'
  | 'tiktok-chat'
  | 'tokopedia-classic'
  | 'shopee-chat'
  | 'tokopedia-chat'
  | 'unknown-layout';

export function loadFixture(name: FixtureName): Document {
  const html = readFileSync(resolve(FIXTURES, `${name}.html`), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A root whose every query throws, to prove the adapters fail soft. */
export const hostileRoot = {
  nodeType: 1,
  querySelector() {
    throw new Error('boom');
  },
  querySelectorAll() {
    throw new Error('boom');
  },
} as unknown as ParentNode;

export const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Sets the address of the test document (happy-dom's own API; jsdom-style location writes reload). */
export function setPageUrl(url: string): void {
  const api = (window as unknown as { happyDOM?: { setURL(url: string): void } }).happyDOM;
  if (!api) throw new Error('happy-dom window API not available');
  api.setURL(url);
}
