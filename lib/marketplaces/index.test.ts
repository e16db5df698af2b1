import { describe, expect, it } from 'vitest';
import { MARKETPLACE_HOST_PATTERNS } from './hosts';
import { ADAPTERS, adapterForUrl } from './index';

describe('adapterForUrl', () => {
  it.each([
    ['https://seller.shopee.co.id/webchat/conversations/123', 'shopee'],
    ['https://seller.tokopedia.com/chat', 'tokopedia'],
    ['https://seller-id.tokopedia.com/chat/55', 'tokopedia'],
  ])('picks the adapter for %s', (url, id) => {
    expect(adapterForUrl(url)?.id).toBe(id);
  });

  it.each([
    'https://seller.shopee.co.id/portal/product/list',
    'https://seller.tokopedia.com/chat/setting/template',
    'https://example.com/webchat/conversations',
    'garbage',
  ])('picks none for %s', (url) => {
    expect(adapterForUrl(url)).toBeNull();
  });

  it('returns the same adapter object for every chat URL of a marketplace (the controller compares them)', () => {
    expect(adapterForUrl('https://seller.shopee.co.id/webchat/conversations/1')).toBe(
      adapterForUrl('https://seller.shopee.co.id/webchat/conversations/2'),
    );
  });
});

describe('ADAPTERS', () => {
  it('has one adapter per marketplace, each with a label', () => {
    expect(ADAPTERS.map((a) => a.id)).toEqual(['shopee', 'tokopedia']);
    expect(ADAPTERS.every((a) => a.label.length > 0)).toBe(true);
  });

  it('accepts chat pages only on hosts the extension is allowed on', () => {
    const hosts = MARKETPLACE_HOST_PATTERNS.map((pattern) => new URL(pattern.replace('*', '')).hostname);
    for (const url of [
      'https://seller.shopee.co.id/webchat/conversations',
      'https://seller.tokopedia.com/chat',
      'https://seller-id.tokopedia.com/chat',
    ]) {
      expect(adapterForUrl(url)).not.toBeNull();
      expect(hosts).toContain(new URL(url).hostname);
    }
  });
});
