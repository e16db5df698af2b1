import { afterEach, describe, expect, it } from 'vitest';
import { hostileRoot, loadFixture, setPageUrl, wait } from './fixtures.test-helper';
import { tokopedia } from './tokopedia';

// Thursday 12 November 2026, 10:20 local.
const NOW = new Date(2026, 10, 12, 10, 20);
const local = (d: number, h: number, mi: number) => new Date(2026, 10, d, h, mi).getTime();

describe('tokopedia.isChatPage', () => {
  it.each([
    'https://seller.tokopedia.com/chat',
    'https://seller.tokopedia.com/chat/',
    'https://seller.tokopedia.com/chat/5512340002',
    'https://seller.tokopedia.com/chat/detail/67890',
    'https://seller.tokopedia.com/chat?tab=unread',
    'https://seller-id.tokopedia.com/chat',
    'https://seller-id.tokopedia.com/chat/5512340002?shop_region=ID',
    'https://seller-id.tokopedia.com/im',
  ])('accepts %s', (url) => {
    expect(tokopedia.isChatPage(url)).toBe(true);
  });

  it.each([
    'https://seller.tokopedia.com/',
    'https://seller.tokopedia.com/shop/admin',
    'https://seller.tokopedia.com/manage-product',
    'https://seller.tokopedia.com/chat/setting/template',
    'https://seller.tokopedia.com/chatbot',
    'https://seller.tokopedia.com/im',
    'https://seller-id.tokopedia.com/homepage',
    'https://seller-id.tokopedia.com/product/manage',
    'https://seller-id.tokopedia.com/chat/setting',
    'http://seller.tokopedia.com/chat',
    'https://www.tokopedia.com/chat',
    'https://seller.tokopedia.com.evil.com/chat',
    'https://seller.tokopedia.com@evil.com/chat',
    'https://seller-sg.tokopedia.com/chat',
    'https://seller.shopee.co.id/webchat/conversations',
    'chat',
    '',
  ])('rejects %s', (url) => {
    expect(tokopedia.isChatPage(url)).toBe(false);
  });
});

describe('tokopedia.readConversation on the fixture', () => {
  const doc = loadFixture('tokopedia-chat');

  it('reads the conversation id, the buyer and every message with its sender and time', () => {
    const conversation = tokopedia.readConversation(doc, NOW);
    expect(conversation.id).toBe('5512340002');
    expect(conversation.buyerName).toBe('Joko Susilo');
    expect(conversation.messages.map(({ from, text, rawTime, at }) => ({ from, text, rawTime, at }))).toEqual(
      [
        {
          from: 'buyer',
          text: 'Pesanan saya kok belum dikirim ya?',
          rawTime: '23:40',
          at: local(10, 23, 40),
        },
        {
          from: 'auto',
          text: 'Halo! Terima kasih sudah menghubungi kami. Pesanan diproses di hari kerja pukul 08.00–17.00.',
          rawTime: '23:40',
          at: local(10, 23, 40),
        },
        { from: 'seller', text: 'Mohon maaf kak, kami cek dulu ya', rawTime: '09:00', at: local(12, 9, 0) },
        { from: 'buyer', text: 'Sudah 3 hari lho kak', rawTime: '10:13', at: local(12, 10, 13) },
      ],
    );
    const ids = conversation.messages.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads rows by the confirmed .messageWrapper structure when the test ids are gone', () => {
    const copy = loadFixture('tokopedia-chat');
    for (const el of Array.from(copy.querySelectorAll('[data-testid^="chatBubble"]')))
      el.removeAttribute('data-testid');
    const messages = tokopedia.readConversation(copy, NOW).messages;
    expect(messages.map((m) => m.text)).toEqual([
      'Pesanan saya kok belum dikirim ya?',
      'Halo! Terima kasih sudah menghubungi kami. Pesanan diproses di hari kerja pukul 08.00–17.00.',
      'Mohon maaf kak, kami cek dulu ya',
      'Sudah 3 hari lho kak',
    ]);
    expect(messages[1]?.from).toBe('auto');
  });

  it('takes the name from the open row when the room header has none', () => {
    const copy = loadFixture('tokopedia-chat');
    copy.querySelector('[data-testid="lblChatRoomName"]')!.remove();
    copy.querySelector('[data-testid="chatRoom"]')!.removeAttribute('data-msg-id');
    expect(tokopedia.readConversation(copy, NOW)).toMatchObject({
      id: '5512340002',
      buyerName: 'Joko Susilo',
    });
  });
});

describe('tokopedia.readConversation with the page URL', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    setPageUrl('http://localhost:3000/');
  });

  it.each([
    ['https://seller.tokopedia.com/chat/777', '777'],
    ['https://seller.tokopedia.com/chat/detail/888', '888'],
    ['https://seller-id.tokopedia.com/chat?conversation_id=999', '999'],
  ])('takes the conversation id from %s', (url, id) => {
    setPageUrl(url);
    document.body.innerHTML = loadFixture('tokopedia-chat').body.innerHTML;
    expect(tokopedia.readConversation(document, NOW).id).toBe(id);
  });
});

describe('tokopedia chat box, Send button and conversation list', () => {
  const doc = loadFixture('tokopedia-chat');

  it('finds the contenteditable editor and the Send button', () => {
    const composer = tokopedia.findComposer(doc);
    expect(composer).toBe(doc.querySelector('[data-testid="txtChatReply"]'));
    expect(composer?.getAttribute('contenteditable')).toBe('true');
    expect(tokopedia.findSendButton(doc)).toBe(doc.querySelector('[data-testid="btnChatSend"]'));
  });

  it('finds the editor by structure when its test id changes', () => {
    const copy = loadFixture('tokopedia-chat');
    copy.querySelector('[data-testid="txtChatReply"]')!.removeAttribute('data-testid');
    expect(tokopedia.findComposer(copy)?.getAttribute('aria-label')).toBe('Tulis pesan');
  });

  it('lists the conversations with preview, time and unread state', () => {
    const items = tokopedia.listConversations(doc);
    expect(items.map(({ element, ...item }) => item)).toEqual([
      {
        id: '5512340001',
        buyerName: 'Rina Wulandari',
        lastMessagePreview: 'Kalau tukar ukuran bisa kak?',
        rawTime: '10:02',
        unread: true,
      },
      {
        id: '5512340002',
        buyerName: 'Joko Susilo',
        lastMessagePreview: 'Sudah 3 hari lho kak',
        rawTime: '10:13',
        unread: false,
      },
      {
        id: '5512340003',
        buyerName: 'Putri Anggraini',
        lastMessagePreview: 'Terima kasih kembali kak, jangan lupa ulasannya ya',
        rawTime: '10 Nov',
        unread: false,
      },
    ]);
    expect(items[0]?.element).toBe(doc.querySelector('[aria-label="ChatListItem"]'));
  });

  it('lists rows by aria-label and <h3> (the confirmed markers) when the test ids are gone', () => {
    const copy = loadFixture('tokopedia-chat');
    for (const el of Array.from(
      copy.querySelectorAll('[data-testid^="lblChatList"], [data-testid="chatListItem"]'),
    )) {
      el.removeAttribute('data-testid');
    }
    expect(tokopedia.listConversations(copy).map((item) => item.buyerName)).toEqual([
      'Rina Wulandari',
      'Joko Susilo',
      'Putri Anggraini',
    ]);
  });
});

describe('tokopedia on pages it does not know', () => {
  it('returns empty results for an unknown layout', () => {
    const doc = loadFixture('unknown-layout');
    expect(tokopedia.readConversation(doc, NOW)).toEqual({ id: null, buyerName: null, messages: [] });
    expect(tokopedia.findComposer(doc)).toBeNull();
    expect(tokopedia.findSendButton(doc)).toBeNull();
    expect(tokopedia.listConversations(doc)).toEqual([]);
  });

  it('returns empty results for the other marketplace', () => {
    const doc = loadFixture('shopee-chat');
    expect(tokopedia.readConversation(doc, NOW).messages).toEqual([]);
    expect(tokopedia.listConversations(doc)).toEqual([]);
    expect(tokopedia.findComposer(doc)).toBeNull();
  });

  it('never throws, even when the root itself throws', () => {
    expect(tokopedia.readConversation(hostileRoot, NOW)).toEqual({ id: null, buyerName: null, messages: [] });
    expect(tokopedia.findComposer(hostileRoot)).toBeNull();
    expect(tokopedia.findSendButton(hostileRoot)).toBeNull();
    expect(tokopedia.listConversations(hostileRoot)).toEqual([]);
    expect(() => tokopedia.watch(hostileRoot, new AbortController().signal, () => {})).not.toThrow();
  });
});

describe('tokopedia.watch', () => {
  it('calls back after a new bubble, not while the agent types in the editor, and stops on abort', async () => {
    const doc = loadFixture('tokopedia-chat');
    const abort = new AbortController();
    let calls = 0;
    tokopedia.watch(doc, abort.signal, () => calls++);

    doc.querySelector('[data-testid="txtChatReply"]')!.textContent = 'Baik kak';
    await wait(200);
    expect(calls).toBe(0);

    const bubble = doc.createElement('div');
    bubble.setAttribute('data-testid', 'chatBubbleBuyer');
    bubble.innerHTML = '<div class="messageWrapper"><div>Halo?</div></div>';
    doc.querySelector('[role="log"]')!.append(bubble);
    await wait(200);
    expect(calls).toBe(1);

    abort.abort();
    doc.querySelector('[role="log"]')!.append(doc.createElement('div'));
    await wait(200);
    expect(calls).toBe(1);
  });
});
