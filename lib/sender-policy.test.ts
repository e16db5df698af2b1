import { describe, expect, it } from 'vitest';
import { ALLOWED_SENDERS, type SenderInfo, senderKind, senderRefusal } from './sender-policy';

const self = { id: 'abcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnop/' };
const ext = 'chrome-extension://abcdefghijklmnop';

// Shaped as Chromium reports them (checked in tests/e2e/background-guard.e2e.ts).
const sidebar: SenderInfo = {
  id: self.id,
  url: `${ext}/sidebar.html`,
  origin: ext,
  tab: { id: 7 },
  frameId: 3,
};
const options: SenderInfo = {
  id: self.id,
  url: `${ext}/options.html#katalog`,
  origin: ext,
  tab: { id: 9 },
  frameId: 0,
};
const contentScript: SenderInfo = {
  id: self.id,
  url: 'https://seller.shopee.co.id/webchat/conversations/1',
  origin: 'https://seller.shopee.co.id',
  tab: { id: 7 },
  frameId: 0,
};

describe('senderKind', () => {
  it('knows the sidebar frame, the options page and a content script', () => {
    expect(senderKind(sidebar, self)).toBe('sidebar');
    expect(senderKind(options, self)).toBe('options');
    // The embedded options dialog (chrome://extensions) has no tab.
    expect(senderKind({ ...options, tab: undefined, frameId: undefined }, self)).toBe('options');
    expect(senderKind(contentScript, self)).toBe('content-script');
  });

  it('accepts Firefox senders, which carry a moz-extension URL and no origin', () => {
    const fx = { id: 'sigap@sigap.invalid', baseUrl: 'moz-extension://1b2c3d/' };
    const fromFrame = { id: fx.id, url: 'moz-extension://1b2c3d/sidebar.html', tab: { id: 2 }, frameId: 5 };
    expect(senderKind(fromFrame, fx)).toBe('sidebar');
  });

  it('does not take the sidebar page outside a marketplace tab for the sidebar', () => {
    expect(senderKind({ ...sidebar, frameId: 0 }, self)).toBe('other');
    expect(senderKind({ ...sidebar, tab: undefined }, self)).toBe('other');
  });

  it('does not trust another extension, a URL made to look like ours, or a sender without a URL', () => {
    expect(senderKind({ ...sidebar, id: 'otherextension' }, self)).toBe('other');
    expect(senderKind({ ...sidebar, url: 'chrome-extension://otherextension/sidebar.html' }, self)).toBe(
      'other',
    );
    expect(
      senderKind(
        { ...sidebar, url: 'https://evil.example/chrome-extension://abcdefghijklmnop/sidebar.html' },
        self,
      ),
    ).toBe('content-script');
    expect(senderKind({ ...sidebar, origin: 'https://seller.shopee.co.id' }, self)).toBe('other');
    expect(senderKind({ ...sidebar, url: undefined }, self)).toBe('other');
    expect(senderKind({ ...sidebar, url: 'not a url' }, self)).toBe('other');
    expect(senderKind({ ...sidebar, url: `${ext}/popup.html` }, self)).toBe('other');
    expect(senderKind({}, self)).toBe('other');
  });
});

describe('senderRefusal', () => {
  it('answers the sidebar everything it asks, except the team connection', () => {
    for (const type of Object.keys(ALLOWED_SENDERS) as (keyof typeof ALLOWED_SENDERS)[]) {
      if (type === 'teamConnect' || type === 'teamDisconnect') continue;
      expect(senderRefusal(type, sidebar, self)).toBeNull();
    }
  });

  it('lets only the options page connect or disconnect team sync', () => {
    for (const type of ['teamConnect', 'teamDisconnect'] as const) {
      expect(senderRefusal(type, options, self)).toBeNull();
      expect(senderRefusal(type, sidebar, self)).not.toBeNull();
    }
  });

  it('gives the options page the catalog and snippets, but lets it record no samples', () => {
    expect(senderRefusal('searchCatalog', options, self)).toBeNull();
    expect(senderRefusal('getSnippets', options, self)).toBeNull();
    expect(senderRefusal('recordReplySamples', options, self)).toBe(
      `recordReplySamples is not answered for the options (${ext}/options.html, frame 0)`,
    );
  });

  it('answers a content script nothing: it has no request of its own', () => {
    for (const type of Object.keys(ALLOWED_SENDERS) as (keyof typeof ALLOWED_SENDERS)[]) {
      expect(senderRefusal(type, contentScript, self)).toMatch(/not answered for the content-script/);
    }
  });

  it('says where a refused sender came from', () => {
    expect(senderRefusal('searchCatalog', { id: 'x', url: 'https://a.example/p?q=1' }, self)).toBe(
      'searchCatalog is not answered for a sender outside Sigap (https://a.example/p, frame ?)',
    );
  });
});
