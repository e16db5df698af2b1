import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boxGeometry } from './box-geometry.test-helper';
import { swapGeometry } from './geometry';
import { expectSent, resetLearning } from './learn';
import { shopee } from './shopee';
import { resetAgentSignals } from './signals';
import { tokopedia } from './tokopedia';

// A chat page after a redesign: no marketplace marker is left, only build-hashed classes. The shared
// layer must still find the chat box (low in the pane, widest), Send (the icon beside it), the message
// list (what scrolls above the chat box), senders (bubble side), times ("HH:MM" leaves) and the buyer
// (the name above the list), and say each is a guess.
const REDESIGNED = `
<div class="_a1" data-box="0 0 1000 768">
  <input class="_q" placeholder="Cari" data-box="10 10 290 40">
  <div class="_pane" data-box="300 0 1000 768">
    <div class="_hd" data-box="300 0 1000 60"><span data-box="320 10 460 40">Siti Rahmawati</span></div>
    <div class="_sc" data-box="300 60 1000 640" data-scrolls>
      <div class="_in" data-box="300 60 1000 640">
        <div class="_d" data-box="300 62 1000 80"><span data-box="600 62 700 80">Hari ini</span></div>
        <div class="_r" data-box="300 80 1000 120"><div class="_b" data-box="320 80 620 120"><span>Halo kak, hijab mocca ready?</span><span data-box="580 105 620 120">10:01</span></div></div>
        <div class="_r" data-box="300 130 1000 170"><div class="_b" data-box="700 130 980 170"><span>Ready kak</span><span data-box="940 155 980 170">10:03</span></div></div>
        <div class="_r" data-box="300 180 1000 200"><div class="_b" data-box="500 180 800 200"><span>Pesanan telah dibuat</span></div></div>
        <div class="_r" data-box="300 210 1000 250"><div class="_b" data-box="320 210 620 250"><span>Bisa kirim hari ini?</span><span data-box="580 235 620 250">10:05</span></div></div>
      </div>
    </div>
    <div class="_ft" data-box="300 640 1000 768">
      <textarea class="_t" data-box="310 650 900 740"></textarea>
      <i class="_s" data-box="920 680 950 710"></i>
    </div>
  </div>
</div>`;

const NOW = new Date(2026, 10, 12, 11, 0);
const local = (h: number, mi: number) => new Date(2026, 10, 12, h, mi).getTime();

let restore: () => void = () => {};
function page(html: string): Document {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  restore = swapGeometry(boxGeometry(doc));
  return doc;
}
beforeEach(() => {
  resetLearning();
  resetAgentSignals();
});
afterEach(() => restore());

describe('the shared layer on a redesigned page (no markers left)', () => {
  it('finds every part by page signals and says it is guessing', () => {
    const doc = page(REDESIGNED);
    const read = shopee.read(doc, NOW);
    expect(read.parts).toEqual({
      composer: 'geometry',
      send: 'geometry',
      messages: 'geometry',
      senders: 'geometry',
      times: 'geometry',
      buyer: 'geometry',
      list: 'none',
    });
    expect(read.composer).toBe(doc.querySelector('textarea'));
    expect(read.send).toBe(doc.querySelector('i._s'));
    expect(read.conversation?.buyerName).toBe('Siti Rahmawati');
    expect(read.conversation?.id).toBe('name:Siti Rahmawati');
    expect(read.conversation?.messages.map(({ from, text, at }) => ({ from, text, at }))).toEqual([
      { from: 'buyer', text: 'Halo kak, hijab mocca ready?', at: local(10, 1) },
      { from: 'seller', text: 'Ready kak', at: local(10, 3) },
      { from: 'auto', text: 'Pesanan telah dibuat', at: local(10, 3) }, // no stamp: no earlier than the one above
      { from: 'buyer', text: 'Bisa kirim hari ini?', at: local(10, 5) },
    ]);
  });

  it("learns the shop side from the agent's own sent bubble", () => {
    // A page that puts the shop on the LEFT: the research default (right) is wrong here.
    const doc = page(REDESIGNED);
    expectSent('Halo kak, hijab mocca ready?', NOW.getTime());
    const read = shopee.read(doc, NOW);
    expect(read.parts.senders).toBe('learned');
    expect(read.conversation?.messages.map((m) => m.from)).toEqual(['seller', 'buyer', 'auto', 'seller']);
  });

  it('marks a row whose side cannot be read as unknown, and says senders are unread', () => {
    const doc = page(
      REDESIGNED.replace('data-box="320 210 620 250"', 'data-box="0 0 0 0"').replace(
        'data-box="580 235 620 250"',
        '',
      ),
    );
    const read = shopee.read(doc, NOW);
    expect(read.parts.senders).toBe('none');
    expect(read.conversation?.messages.at(-1)).toMatchObject({
      from: 'unknown',
      text: 'Bisa kirim hari ini?',
    });
  });

  it('says the times are unread when a message shows none', () => {
    // The first message has no stamp and none above it to go by.
    const doc = page(REDESIGNED.replace('<span data-box="580 105 620 120">10:01</span>', ''));
    expect(shopee.read(doc, NOW).parts.times).toBe('none');
  });

  it('ignores a page-made focus event when guessing the chat box', () => {
    const doc = page(`${REDESIGNED}<textarea id="decoy" data-box="0 500 200 560"></textarea>`);
    const watching = new AbortController();
    shopee.watch(doc, watching.signal, () => {});
    doc.getElementById('decoy')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(shopee.findComposer(doc)).toBe(doc.querySelector('textarea._t'));
    expect(shopee.read(doc, NOW).parts.composer).toBe('geometry');
    watching.abort();
  });
});

describe('identity', () => {
  const TIKTOK = (current: string, header = '') => `
    <div data-testid="chat.chatroom.conversation_card" class="${current === 'Rina' ? 'x' : ''}"><span data-testid="chat.chatroom.conversation_card_username">Rina</span></div>
    <div class="chatd-root">${header}
      <div class="chatd-scrollView"><div data-testid="chat.chatroom.message_card"><div class="chatd-message chatd-message--left"><div class="chatd-message-body-info-message"><pre>halo</pre></div><div class="chatd-message-time"><time class="chatd-time">10:00</time></div></div></div></div>
      <div id="chat-input-textarea"><textarea></textarea></div>
    </div>`;

  it('has no identity while the header and the open row name two different buyers', () => {
    const doc = page(
      `<div data-testid="compChatPage"><div aria-label="chatRoomHeader"><p data-testid="spnChatNamaToko">Budi</p></div></div>
       <div aria-label="ChatListItem" class="active"><h3>Rina</h3></div>`,
    );
    const read = tokopedia.read(doc, NOW);
    expect(read.conversation).toMatchObject({ id: null, buyerName: 'Budi' });
  });

  it('names the TikTok Shop conversation by the buyer when no marker names the open card', () => {
    const doc = page(TIKTOK('Rina'));
    const read = tokopedia.read(doc, NOW);
    expect(read.parts).toMatchObject({
      composer: 'marker',
      messages: 'marker',
      senders: 'marker',
      times: 'marker',
      list: 'marker',
    });
    expect(read.conversation?.messages).toEqual([
      { id: expect.any(String), from: 'buyer', text: 'halo', at: local(10, 0), rawTime: '10:00' },
    ]);
  });
});
