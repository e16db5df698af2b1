import { describe, expect, it } from 'vitest';
import { layoutReport } from './layout-report';

// A chat page as full of people as a real one: buyer names in text, in title/alt/aria-label, in
// data-* attributes (whole, in parts, run together), in a link path and an id; messages with emoji,
// a phone number, an order number; a draft in the composer; Sigap's own sidebar.

const BUYERS = ['Siti Rahmawati', 'Budi Santoso', 'Dewi Lestari', 'Agus Pratama'];
const MESSAGES = [
  'Halo kak, hijab segi empat voal warna mocca masih ready?',
  'Nomor WA saya 0812-3456-7890 ya kak 🙏',
  'Paket belum sampai, resi JNE 0123456789',
  'Terima kasih 😊 barangnya bagus',
];
const DRAFT = 'Baik kak kami kirim besok';
/** A buyer named only in attributes: a title, and data-* values. */
const TITLE_ONLY = 'Wulan Sari';

function chatPage(): Document {
  const slug = (name: string) => name.toLowerCase().replace(' ', '');
  const rows = BUYERS.map(
    (name, i) => `
      <li class="conversation-row" role="option" aria-selected="${i === 0}" data-conversation-id="73184011223344550${i}"
          data-buyer="${name}" data-username="${slug(name)}" data-first="${name.split(' ')[0]!.toLowerCase()}"
          title="${name}" aria-label="Chat dengan ${name}">
        <img class="avatar" alt="${name}" src="https://cf.shopee.co.id/file/${slug(name)}.jpg?size=48">
        <a href="https://shopee.co.id/shop/${slug(name)}?ref=chat"><span class="buyer-name">${name}</span></a>
        <span class="preview" title="${MESSAGES[i]}">${MESSAGES[i]}</span>
      </li>`,
  ).join('');
  const bubbles = Array.from(
    { length: 40 },
    (_, i) => `
      <div class="bubble ${i % 2 ? 'seller' : 'buyer'}" data-testid="message-bubble" data-side="${i % 2 ? 'seller' : 'buyer'}"
           data-msg-id="m${1000 + i}" data-phone="081234567890" data-sender="${i % 2 ? 'toko' : 'siti'}">
        <p>${MESSAGES[i % MESSAGES.length]}</p><time datetime="2026-11-12T10:3${i % 10}">10:3${i % 10}</time>
      </div>`,
  ).join('');
  document.documentElement.innerHTML = `
    <head><title>Chat dengan Siti Rahmawati</title><script>var buyer = "Siti Rahmawati";</script></head>
    <body>
      <div id="app">
        <aside class="sidebar"><input type="search" placeholder="Cari nama pembeli" value="Dewi">
          <ul role="listbox" aria-label="Daftar chat">${rows}</ul>
        </aside>
        <section class="chat-pane" data-conversation-id="7318401122334455000">
          <header class="chat-header" id="buyer-agus_pratama"><h2>Agus Pratama</h2>
            <span class="tag" title="${TITLE_ONLY}" data-name="wulan" data-handle="wulansari"></span></header>
          <div class="messages" role="log">${bubbles}</div>
          <footer><textarea class="composer" placeholder="Tulis pesan untuk Siti">${DRAFT}</textarea>
            <button type="button" aria-label="Kirim pesan" title="Kirim"><svg><path d="M0 0h24"></path></svg></button>
          </footer>
        </section>
      </div>
    </body>`;
  const sidebar = document.createElement('div');
  sidebar.id = 'sigap-sidebar';
  sidebar.innerHTML = '<main title="Sigap Siti Rahmawati" data-secret="sigapinternal"></main>';
  document.documentElement.append(sidebar);
  return document;
}

/** Every word of a buyer name or message, names run together, and the numbers, in lower case. */
function privateBits(): string[] {
  const bits = new Set<string>();
  for (const text of [...BUYERS, TITLE_ONLY, ...MESSAGES, DRAFT, 'Tulis pesan untuk Siti']) {
    for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length > 2) bits.add(word);
  }
  for (const name of [...BUYERS, TITLE_ONLY]) bits.add(name.toLowerCase().replace(' ', ''));
  for (const n of ['0812', '3456', '7890', '081234567890', '0123456789', '7318401122334455', '🙏', '😊'])
    bits.add(n);
  return [...bits];
}

describe('layoutReport', () => {
  it('holds none of the names, messages, numbers or emoji on the page', () => {
    const report = layoutReport(chatPage()).toLowerCase();
    const leaked = privateBits().filter((bit) => report.includes(bit));
    expect(leaked).toEqual([]);
  });

  it('keeps the structure: tags, ids, classes, roles, data-* names and values, aria names', () => {
    const report = layoutReport(chatPage());
    expect(report).toContain('div#app');
    expect(report).toContain('section.chat-pane[data-conversation-id=*]');
    expect(report).toContain('ul[role=listbox][aria-label]');
    expect(report).toContain('textarea.composer[placeholder]');
    expect(report).toContain('input[type=search][placeholder][value]');
    expect(report).toContain('button[type=button][aria-label][title]');
    expect(report).toContain('[data-testid=message-bubble][data-side=buyer]');
    // Link and image keep their host only.
    expect(report).toContain('a[href=shopee.co.id]');
    expect(report).toContain('img.avatar[alt][src=cf.shopee.co.id]');
    // Short numbers stay, long ones become "#", values found in the page's text become "*".
    expect(report).toContain('[data-msg-id=m#]');
    expect(report).toContain('[data-phone=*]');
    expect(report).toContain('[data-sender=*]');
    expect(report).toContain('header#*.chat-header');
    expect(report).not.toContain('sigap');
    expect(report).not.toContain('script');
  });

  it('collapses repeated siblings with their count and indents by depth', () => {
    const lines = layoutReport(chatPage()).split('\n');
    const buyerBubble = lines.find((l) => l.includes('div.bubble.buyer'));
    const sellerBubble = lines.find((l) => l.includes('div.bubble.seller'));
    expect(buyerBubble).toMatch(/ ×20$/);
    expect(sellerBubble).toMatch(/ ×20$/);
    // Rows that differ only in what they say about their buyer are one row, ×4.
    const rows = lines.filter((l) => l.includes('li.conversation-row'));
    expect(rows).toEqual([
      '          li.conversation-row[role=option][aria-selected][data-conversation-id=*][data-buyer=*][data-username=*][data-first=*][title][aria-label] ×4',
    ]);
    expect(lines[0]).toBe('html');
    expect(lines[1]).toBe('  body');
    expect(buyerBubble!.indexOf('div')).toBe(10);
    expect(lines.find((l) => l.trim().startsWith('path'))).toBeUndefined();
  });

  it('keeps identifiers the page also uses as labels, or that merely touch page words', () => {
    document.documentElement.innerHTML = `<body>
      <div data-testid="chatListItem" aria-label="ChatListItem" aria-selected="true">Chat listing baru</div>
      <div class="reply-editor" contenteditable="true" role="textbox" data-testid="txtChatReply"></div>
    </body>`;
    expect(layoutReport(document).split('\n')).toEqual([
      'html',
      '  body',
      '    div[data-testid=chatListItem][aria-label][aria-selected]',
      '    div.reply-editor[contenteditable=true][role=textbox][data-testid=txtChatReply]',
    ]);
  });

  it('stops at the depth limit and marks what it left out', () => {
    const report = layoutReport(chatPage(), 2);
    expect(report.split('\n')).toEqual(['html', '  body', '    div#app …']);
  });

  it('takes any element as its root', () => {
    chatPage();
    expect(layoutReport(document.querySelector('footer')!)).toBe(
      'footer\n  textarea.composer[placeholder]\n  button[type=button][aria-label][title]\n    svg',
    );
  });
});
