import { afterEach, describe, expect, it } from 'vitest';
import { hostileRoot, loadFixture, setPageUrl, wait } from './fixtures.test-helper';
import { shopee } from './shopee';

// Thursday 12 November 2026, 11:00 local: the fixture's "Hari ini"/"Kemarin" separators are read against it.
const NOW = new Date(2026, 10, 12, 11, 0);
const local = (d: number, h: number, mi: number) => new Date(2026, 10, d, h, mi).getTime();

describe('shopee.isChatPage', () => {
  it.each([
    'https://seller.shopee.co.id/webchat/conversations',
    'https://seller.shopee.co.id/webchat/conversations/',
    'https://seller.shopee.co.id/webchat/conversations/7318401122334455001',
    'https://seller.shopee.co.id/webchat/conversations/7318401122334455001?src=notif#bottom',
    'https://seller.shopee.co.id/webchat',
    'https://seller.shopee.co.id/portal/chat',
    'https://SELLER.SHOPEE.CO.ID/webchat/conversations',
  ])('accepts %s', (url) => {
    expect(shopee.isChatPage(url)).toBe(true);
  });

  it.each([
    'https://seller.shopee.co.id/portal/product/list',
    'https://seller.shopee.co.id/',
    'https://seller.shopee.co.id/portal/sale/order',
    'https://seller.shopee.co.id/portal/chatbot',
    'https://seller.shopee.co.id/webchatx',
    'https://seller.shopee.co.id/webchat/api/v1.2/conversations',
    'http://seller.shopee.co.id/webchat/conversations',
    'https://seller.shopee.co.id.evil.com/webchat/conversations',
    'https://evil-seller.shopee.co.id/webchat/conversations',
    'https://seller.shopee.co.id@evil.com/webchat/conversations',
    'https://evil.com/https://seller.shopee.co.id/webchat/conversations',
    'https://shopee.co.id/webchat/conversations',
    'https://seller.shopee.com.my/webchat/conversations',
    'https://seller.tokopedia.com/chat',
    'not a url',
    '',
  ])('rejects %s', (url) => {
    expect(shopee.isChatPage(url)).toBe(false);
  });
});

describe('shopee.readConversation on the fixture', () => {
  const doc = loadFixture('shopee-chat');

  it('reads the conversation id, the buyer and every message with its sender and time', () => {
    const conversation = shopee.readConversation(doc, NOW);
    expect(conversation.id).toBe('7318401122334455001');
    expect(conversation.buyerName).toBe('Siti Rahmawati');
    expect(conversation.messages.map(({ from, text, rawTime, at }) => ({ from, text, rawTime, at }))).toEqual(
      [
        {
          from: 'buyer',
          text: 'Halo kak, hijab segi empat voal warna mocca masih ready?',
          rawTime: '21:05',
          at: local(11, 21, 5),
        },
        {
          from: 'auto',
          text: 'Terima kasih sudah menghubungi Toko Berkah Jaya. Kami akan membalas secepatnya ya kak 🙏',
          rawTime: '21:05',
          at: local(11, 21, 5),
        },
        { from: 'seller', text: 'Ready kak, mau berapa pcs?', rawTime: '08:10', at: local(12, 8, 10) },
        {
          from: 'buyer',
          text: 'Mau 2 pcs kak,\nbisa dikirim hari ini?',
          rawTime: '10:32',
          at: local(12, 10, 32),
        },
      ],
    );
  });

  it('gives every message a distinct id that survives a re-read and older messages loading above', () => {
    const first = shopee.readConversation(doc, NOW).messages.map((m) => m.id);
    expect(new Set(first).size).toBe(first.length);
    expect(shopee.readConversation(doc, NOW).messages.map((m) => m.id)).toEqual(first);

    const copy = loadFixture('shopee-chat');
    const list = copy.querySelector('[role="log"]')!;
    const older = copy.createElement('div');
    older.className = 'chat-message chat-message--buyer';
    older.innerHTML = '<pre>Pesan lama</pre><div class="chat-message__time">20:00</div>';
    list.prepend(older);
    const after = shopee.readConversation(copy, NOW).messages.map((m) => m.id);
    expect(after.slice(1)).toEqual(first);
  });

  it('finds messages from their <pre> when rows carry only hashed classes', () => {
    const copy = loadFixture('shopee-chat');
    for (const row of Array.from(copy.querySelectorAll('.chat-message'))) row.className = '_3t5UBmrY';
    const texts = shopee.readConversation(copy, NOW).messages.map((m) => m.text);
    expect(texts).toHaveLength(4);
    expect(texts[0]).toBe('Halo kak, hijab segi empat voal warna mocca masih ready?');
    // Without the class markers the auto-reply is still told apart by its label.
    expect(shopee.readConversation(copy, NOW).messages[1]?.from).toBe('auto');
  });

  it('falls back to the open row for the id and name when the chat pane lacks them', () => {
    const copy = loadFixture('shopee-chat');
    copy.querySelector('.chat-pane')!.removeAttribute('data-conversation-id');
    copy.querySelector('.shopee-react-dropdown')!.remove();
    const conversation = shopee.readConversation(copy, NOW);
    expect(conversation.id).toBe('7318401122334455001');
    expect(conversation.buyerName).toBe('Siti Rahmawati');
  });

  it('reads "now" from the clock when not given', () => {
    const conversation = shopee.readConversation(doc);
    expect(conversation.messages.every((m) => typeof m.at === 'number')).toBe(true);
  });
});

describe('shopee.readConversation with the page URL', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    setPageUrl('http://localhost:3000/');
  });

  it('takes the conversation id from the address of the document', () => {
    setPageUrl('https://seller.shopee.co.id/webchat/conversations/999000111');
    document.body.innerHTML = loadFixture('shopee-chat').body.innerHTML;
    expect(shopee.readConversation(document, NOW).id).toBe('999000111');
  });
});

describe('shopee chat box, Send button and conversation list', () => {
  const doc = loadFixture('shopee-chat');

  it('finds the textarea and the Send button of the chat pane', () => {
    expect(shopee.findComposer(doc)).toBe(doc.querySelector('textarea'));
    expect(shopee.findSendButton(doc)).toBe(doc.querySelector('button[aria-label="Kirim pesan"]'));
  });

  it('lists the conversations with preview, time and unread state', () => {
    const items = shopee.listConversations(doc);
    expect(items.map(({ element, ...item }) => item)).toEqual([
      {
        id: '7318401122334455001',
        buyerName: 'Siti Rahmawati',
        lastMessagePreview: 'Mau 2 pcs kak, bisa dikirim hari ini?',
        rawTime: '10:32',
        unread: false,
      },
      {
        id: '7318401122334455002',
        buyerName: 'Budi Santoso',
        lastMessagePreview: 'Oke gan, ditunggu kabarnya',
        rawTime: '10:15',
        unread: true,
      },
      {
        id: '7318401122334455003',
        buyerName: 'Dewi Lestari',
        lastMessagePreview: 'Sama bahannya adem nggak kak?',
        rawTime: 'Kemarin',
        unread: true,
      },
      {
        id: '7318401122334455004',
        buyerName: 'Agus Pratama',
        lastMessagePreview: 'Sama-sama kak, ditunggu order berikutnya 😊',
        rawTime: '09/11',
        unread: false,
      },
    ]);
    expect(items[1]?.element).toBe(doc.querySelectorAll('[role="row"]')[1]);
  });

  it('names rows without an id by buyer', () => {
    const copy = loadFixture('shopee-chat');
    for (const row of Array.from(copy.querySelectorAll('[role="row"]')))
      row.removeAttribute('data-conversation-id');
    expect(shopee.listConversations(copy)[2]?.id).toBe('name:Dewi Lestari');
  });
});

describe('shopee on pages it does not know', () => {
  it('returns empty results for an unknown layout, even with a textarea on it', () => {
    const doc = loadFixture('unknown-layout');
    expect(shopee.readConversation(doc, NOW)).toEqual({ id: null, buyerName: null, messages: [] });
    expect(shopee.findComposer(doc)).toBeNull();
    expect(shopee.findSendButton(doc)).toBeNull();
    expect(shopee.listConversations(doc)).toEqual([]);
  });

  it('returns empty results for the other marketplace and for an empty document', () => {
    for (const doc of [loadFixture('tokopedia-chat'), new DOMParser().parseFromString('', 'text/html')]) {
      expect(shopee.readConversation(doc, NOW).messages).toEqual([]);
      expect(shopee.listConversations(doc)).toEqual([]);
      expect(shopee.findComposer(doc)).toBeNull();
    }
  });

  it('never throws, even when the root itself throws', () => {
    expect(shopee.readConversation(hostileRoot, NOW)).toEqual({ id: null, buyerName: null, messages: [] });
    expect(shopee.findComposer(hostileRoot)).toBeNull();
    expect(shopee.findSendButton(hostileRoot)).toBeNull();
    expect(shopee.listConversations(hostileRoot)).toEqual([]);
    expect(() => shopee.watch(hostileRoot, new AbortController().signal, () => {})).not.toThrow();
  });
});

describe('shopee.watch', () => {
  it('calls back once per burst of changes, ignores typing, and stops on abort', async () => {
    const doc = loadFixture('shopee-chat');
    const abort = new AbortController();
    let calls = 0;
    shopee.watch(doc, abort.signal, () => calls++);
    const list = doc.querySelector('[role="log"]')!;
    for (const text of ['satu', 'dua', 'tiga']) {
      const row = doc.createElement('div');
      row.className = 'chat-message chat-message--buyer';
      row.innerHTML = `<pre>${text}</pre>`;
      list.append(row);
    }
    await wait(250);
    expect(calls).toBe(1);
    expect(shopee.readConversation(doc, NOW).messages.at(-1)?.text).toBe('tiga');

    doc.querySelector('textarea')!.append(doc.createTextNode('mengetik'));
    await wait(250);
    expect(calls).toBe(1);

    abort.abort();
    list.append(doc.createElement('div'));
    await wait(250);
    expect(calls).toBe(1);
  });

  it('does nothing with an already aborted signal', async () => {
    const doc = loadFixture('shopee-chat');
    let calls = 0;
    shopee.watch(doc, AbortSignal.abort(), () => calls++);
    doc.body.append(doc.createElement('div'));
    await wait(200);
    expect(calls).toBe(0);
  });
});
