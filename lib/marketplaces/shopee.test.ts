import { describe, expect, it } from 'vitest';
import { hostileRoot, loadFixture, wait } from './fixtures.test-helper';
import { SHOPEE_SELLER_HOSTS } from './hosts';
import { shopee } from './shopee';

const NOW = new Date(2026, 10, 12, 11, 0);

describe('shopee.isChatPage', () => {
  it.each([
    'https://seller.shopee.co.id/new-webchat/conversations',
    'https://seller.shopee.co.id/new-webchat/conversations/',
    'https://seller.shopee.co.id/new-webchat/conversations?tab=unreplied',
    'https://seller.shopee.co.id/webchat/conversations',
    'https://seller.shopee.co.id/webchat/conversations/7318401122334455001?src=notif#bottom',
    'https://seller.shopee.co.id/webchat',
    'https://SELLER.SHOPEE.CO.ID/new-webchat/conversations',
    ...SHOPEE_SELLER_HOSTS.map((host) => `https://${host}/new-webchat/conversations`),
    'https://seller.shopee.com.my/webchat/conversations',
  ])('accepts %s', (url) => {
    expect(shopee.isChatPage(url)).toBe(true);
  });

  it.each([
    'https://seller.shopee.co.id/portal/product/list',
    'https://seller.shopee.co.id/',
    'https://seller.shopee.co.id/portal/chat',
    'https://seller.shopee.co.id/new-webchatx',
    'https://seller.shopee.co.id/webchat/api/v1.2/conversations',
    'https://seller.shopee.co.id/new-webchat/api/v1.2/conversations',
    'http://seller.shopee.co.id/new-webchat/conversations',
    'https://seller.shopee.co.id.evil.com/new-webchat/conversations',
    'https://evil-seller.shopee.co.id/new-webchat/conversations',
    'https://seller.shopee.co.id@evil.com/new-webchat/conversations',
    'https://evil.com/https://seller.shopee.co.id/new-webchat/conversations',
    'https://shopee.co.id/new-webchat/conversations',
    'https://seller-id.tokopedia.com/chat/inbox/current',
    'not a url',
    '',
  ])('rejects %s', (url) => {
    expect(shopee.isChatPage(url)).toBe(false);
  });
});

describe('shopee on pages it does not know', () => {
  it('finds no conversation on an unknown layout', () => {
    const read = shopee.read(loadFixture('unknown-layout'), NOW);
    expect(read.conversation).toBeNull();
    expect(read.parts.messages).toBe('none');
    expect(shopee.listConversations(loadFixture('unknown-layout'))).toEqual([]);
  });

  it('never throws, even when the root itself throws', () => {
    expect(shopee.read(hostileRoot, NOW)).toMatchObject({ conversation: null, composer: null, rows: [] });
    expect(shopee.findComposer(hostileRoot)).toBeNull();
    expect(shopee.listConversations(hostileRoot)).toEqual([]);
    expect(() => shopee.watch(hostileRoot, new AbortController().signal, () => {})).not.toThrow();
  });
});

describe('shopee.watch', () => {
  function page() {
    return new DOMParser().parseFromString(
      `<div data-cy="webchat-conversation-detail">
         <div data-cy="webchat-conversation-detail-message-container"></div>
         <div data-cy="webchat-conversation-detail-input"><div id="inputField"><textarea></textarea></div></div>
       </div>`,
      'text/html',
    );
  }

  it('calls back once per burst of changes, ignores typing, and stops on abort', async () => {
    const doc = page();
    const abort = new AbortController();
    let calls = 0;
    shopee.watch(doc, abort.signal, () => calls++);
    const list = doc.querySelector('[data-cy="webchat-conversation-detail-message-container"]')!;
    for (const text of ['satu', 'dua', 'tiga']) {
      const row = doc.createElement('div');
      row.setAttribute('data-cy', 'webchat-message-receive');
      row.innerHTML = `<pre><div>${text}<div>10:0${text.length}</div></div></pre>`;
      list.append(row);
    }
    await wait(250);
    expect(calls).toBe(1);
    expect(shopee.read(doc, NOW).conversation?.messages.map((m) => m.text)).toEqual(['satu', 'dua', 'tiga']);

    doc.querySelector('textarea')!.append(doc.createTextNode('mengetik'));
    await wait(250);
    expect(calls).toBe(1);

    abort.abort();
    list.append(doc.createElement('div'));
    await wait(250);
    expect(calls).toBe(1);
  });

  it('does nothing with an already aborted signal', async () => {
    const doc = page();
    let calls = 0;
    shopee.watch(doc, AbortSignal.abort(), () => calls++);
    doc.body.append(doc.createElement('div'));
    await wait(200);
    expect(calls).toBe(0);
  });
});
