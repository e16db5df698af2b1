import { describe, expect, it } from 'vitest';
import { hostileRoot } from './fixtures.test-helper';
import { TIKTOK_SHOP_SELLER_HOSTS } from './hosts';
import { tokopedia } from './tokopedia';

const NOW = new Date(2026, 10, 12, 10, 20);

describe('tokopedia.isChatPage', () => {
  it.each([
    'https://seller-id.tokopedia.com/chat/inbox/current',
    'https://seller-id.tokopedia.com/chat/inbox/current?shop_region=ID&lang=id-ID',
    ...TIKTOK_SHOP_SELLER_HOSTS.map((host) => `https://${host}/chat/inbox/current`),
    'https://seller.tokopedia.com/chat',
    'https://seller.tokopedia.com/chat/5512340002',
    'https://seller.tokopedia.com/chat/detail/67890',
  ])('accepts %s', (url) => {
    expect(tokopedia.isChatPage(url)).toBe(true);
  });

  it.each([
    'https://seller-id.tokopedia.com/homepage',
    'https://seller-id.tokopedia.com/chat/setting',
    'https://seller-vn.tiktok.com/chat/assistant-v2/chatbot',
    'https://seller.tokopedia.com/chat/setting/template',
    'https://seller.tokopedia.com/chatbot',
    'https://www.tokopedia.com/chat',
    'https://seller-xx.tiktok.com/chat/inbox/current',
    'https://seller-id.tokopedia.com.evil.com/chat/inbox/current',
    'https://seller-id.tokopedia.com@evil.com/chat/inbox/current',
    'http://seller-id.tokopedia.com/chat/inbox/current',
    'https://seller.shopee.co.id/new-webchat/conversations',
    '',
  ])('rejects %s', (url) => {
    expect(tokopedia.isChatPage(url)).toBe(false);
  });
});

describe('tokopedia identity from the address', () => {
  it('takes the classic chat\'s conversation id from its path, and never "inbox"', () => {
    const doc = (url: string) => {
      const d = new DOMParser().parseFromString(
        '<div data-testid="compChatPage"><div class="messageWrapper"><div class="messageContent">halo</div></div></div>',
        'text/html',
      );
      Object.defineProperty(d, 'location', { value: new URL(url) });
      return d;
    };
    expect(tokopedia.read(doc('https://seller.tokopedia.com/chat/5512340002'), NOW).conversation?.id).toBe(
      '5512340002',
    );
    expect(
      tokopedia.read(doc('https://seller-id.tokopedia.com/chat/inbox/current'), NOW).conversation?.id,
    ).toBeNull();
  });

  it('never throws, even when the root itself throws', () => {
    expect(tokopedia.read(hostileRoot, NOW)).toMatchObject({ conversation: null, rows: [] });
    expect(tokopedia.findComposer(hostileRoot)).toBeNull();
  });
});
