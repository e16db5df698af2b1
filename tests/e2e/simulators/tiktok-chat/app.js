// Simulator of today's Tokopedia seller chat: the TikTok Shop seller centre inbox
// (seller-id.tokopedia.com/chat/inbox/current, and the same app on the TikTok Shop regional hosts),
// for Sigap's end-to-end tests and `npm run demo`. Plain browser JavaScript, no build step;
// window.SimKit comes from ../common/sim-kit.js.
//
// Written from public evidence only (shared/research/real-chat-dom.md). Each structural fact names
// its source: "index N" is a file id of the `search` tool's code index (read_file id N). What no
// source shows is a neutral placeholder (a plain element under a build-hashed class) marked
// "not evidenced". Build-hashed class names (C.*, M.*) change on every page load.
//
// Main sources:
//   71061397173  a TikTok Shop Seller Center inbox connector (seller-vn.tiktok.com/chat/inbox/current
//                ?shop_region=VN): conversation cards, username, preview, .p-badge-number, <time>,
//                message cards, chatd-bubble-main--self/--other, #chat-input-send-button
//   66495506108  a POS app reading seller-id.tokopedia.com (2026-09): card nesting, <time
//                class="chatd-time">, the "Belum dibalas" folder data-uid, .p-menu-item-selected,
//                Indonesian list times
//   69401032927, 69495917732  a TikTok Shop seller tool (2026-09-10): .chatd-root around the chat box,
//                .chatd-message--right/--left, .chatd-message-body-info-message pre,
//                .chatd-message-time .chatd-time on some rows only, .chatd-imageMessage
//   66925127168  a Tokopedia auto-reply: #chat-input-textarea > textarea, #chat-input-send-button,
//                #chat-room-conversation-list-item-N > div > div > span.p-badge
//   65736208833  a TikTok Shop channel (2026-08-29): .chatd-scrollView-content, .chatd-bubble--self,
//                textarea[placeholder], .p-btn-primary send button with the word "Send"
//   58947952961  TikTok's chatd component in the Partner Center: .chatd-message--hasTime,
//                .chatd-message-userName.hide, .chatd-bubble, pre.index-module__content--*, system
//                messages, cards in .chatd-message-body-info-message
//   22246396983  a TikTok Shop bot: Shift+Enter breaks the line, Enter sends
//   42008436165  an order scanner on seller-id.tokopedia.com/chat/inbox/current: the order panel
(() => {
  const Kit = window.SimKit;
  const { h, clock, avatarUrl, photoUrl } = Kit;

  const params = new URLSearchParams(location.search);
  const layout = params.get('layout') ?? 'normal';
  const requestedCount = Number.parseInt(params.get('conversations') ?? '', 10);
  const loadedAt = Date.now();
  const MINUTE = 60 * 1000;
  const DAY = 24 * 60 * MINUTE;
  // 2,000 characters per message (index 71061397173 refuses longer texts). No counter is shown:
  // not evidenced on the seller inbox.
  const MAX_LENGTH = 2000;
  // Messages are lazy-loaded a page at a time: only the latest are in the DOM at first, older ones
  // come when the list is scrolled up (index 69401032927: "only the loaded messages (latest screen);
  // earlier history needs scrolling"). Once loaded they stay: no virtualization is evidenced
  // (index 58947952961 reads a whole history from the DOM in one pass). Page size: not evidenced.
  const PAGE = 15;
  const SHOP = 'Toko Berkah Jaya';

  const C = Kit.hashedClasses(`tiktok:${loadedAt.toString(36)}`);
  // CSS-module names such as "index-module__content--QKRoB" (index 58947952961).
  const M = Kit.hashedClasses(`tiktok-m:${loadedAt.toString(36)}`, 'module');

  // --- Data: Indonesian conversations about products of lib/catalog/sample.ts ---------------------

  let nextMessageId = 1;
  const ago = (minutes) => loadedAt - minutes * MINUTE;
  const message = (from, text, at, extra = {}) => ({
    id: `t${nextMessageId++}`,
    from,
    kind: 'text',
    text,
    at,
    ...extra,
  });
  const rupiah = (n) => `Rp${n.toLocaleString('id-ID')}`;
  const PRODUCTS = {
    hoodie: { name: 'Hoodie Oversize Fleece Polos', price: rupiah(189000) },
    chino: { name: 'Celana Chino Slim Fit Stretch', price: rupiah(159000) },
    kipas: { name: 'Kipas Angin Berdiri 16 Inch', price: rupiah(239000) },
    tumbler: { name: 'Tumbler Stainless Vacuum 500ml', price: rupiah(89000) },
    lipstik: { name: 'Lipstik Matte Transferproof', price: rupiah(55000) },
    madu: { name: 'Madu Hutan Asli Sumbawa', price: rupiah(75000) },
  };

  function curatedConversations() {
    const b = (minutes, text, extra) => message('buyer', text, ago(minutes), extra);
    const s = (minutes, text, extra) => message('seller', text, ago(minutes), extra);
    const sys = (minutes, text) => message('system', text, ago(minutes));
    const D = DAY / MINUTE;
    return [
      {
        id: 'tt-001',
        buyer: 'Maya Sari',
        unread: 2,
        orders: [
          {
            date: '12/12/2026',
            no: '579401226610384712',
            status: 'Selesai',
            note: 'Tolong dibungkus rapi ya',
          },
        ],
        messages: [
          b(4 * D + 90, 'Halo kak'),
          s(4 * D + 80, 'Halo kak, ada yang bisa kami bantu? 😊'),
          b(4 * D + 78, 'Hoodie oversize fleece polos yang abu misty ada ukuran apa saja?'),
          s(4 * D + 70, 'Abu Misty ada L dan XL kak.'),
          b(4 * D + 65, 'Bahannya tebal kak?'),
          s(4 * D + 60, 'Fleece tebal kak, ada kantong kanguru dan tali serut.'),
          b(4 * D + 58, 'Kalau tinggi 165 berat 60 enaknya L atau XL?'),
          s(4 * D + 55, 'Untuk oversize kami sarankan XL kak, kalau mau pas badan L.'),
          b(4 * D + 50, 'Oke XL aja'),
          s(4 * D + 48, 'Siap kak, silakan checkout ya.'),
          sys(4 * D + 40, 'Pembeli telah membuat pesanan'),
          b(4 * D + 39, 'Sudah ya kak'),
          s(4 * D + 35, 'Terima kasih kak, pesanan dikirim hari ini 🙏'),
          s(3 * D + 600, 'Kak, paket sudah diserahkan ke kurir ya.'),
          b(3 * D + 590, 'Oke kak'),
          b(D + 200, 'Kak hoodienya sudah sampai, bagus 👍'),
          s(D + 180, 'Terima kasih kak, semoga suka 😊'),
          b(D + 175, 'Sama-sama kak'),
          b(180, '', { kind: 'product', product: PRODUCTS.chino }),
          b(179, 'Kak celana chino slim fit yang krem ukuran 32 ready?'),
          s(150, 'Krem 32 ready kak.'),
          b(149, 'Bahannya melar nggak kak?'),
          s(147, 'Katun stretch kak, nyaman dipakai kerja.'),
          b(120, 'Kalau navy 32 ada?'),
          s(118, 'Navy 32 kami cek dulu stoknya ya kak.'),
          b(100, 'Oke kak ditunggu'),
          b(80, 'Panjangnya berapa kak?'),
          s(78, 'Panjang 100 cm kak.'),
          b(60, 'Sip'),
          b(15, 'Kak jadi navy 32 ada atau tidak?'),
          b(14, 'Kalau ada saya ambil krem 1 navy 1'),
        ],
      },
      {
        id: 'tt-002',
        buyer: 'Fajar Nugroho',
        unread: 1,
        orders: [{ date: '10/12/2026', no: '579401226610399023', status: 'Sedang dikirim', note: '' }],
        messages: [
          b(3 * D, 'Kak kipas angin berdiri 16 inch saya sudah dikirim?'),
          s(3 * D - 30, 'Sudah dikirim kak, resi JNE 1234567890.'),
          b(45, 'Kak kipasnya belum sampai, sudah lewat estimasi 2 hari'),
          s(42, 'Mohon maaf kak atas keterlambatannya, kami bantu cek ke kurir ya.'),
          b(30, 'Tolong dikabari secepatnya ya kak'),
        ],
      },
      {
        id: 'tt-003',
        buyer: 'Lina Marlina',
        unread: 3,
        orders: [{ date: '11/12/2026', no: '579401226610400187', status: 'Selesai', note: 'Warna putih' }],
        messages: [
          b(10, 'Kak tumbler stainless 500ml yang saya terima penyok di bagian bawah'),
          b(9, '', { kind: 'image', image: photoUrl('tumbler penyok') }),
          b(7, 'Bisa tukar baru kak?'),
        ],
      },
      { id: 'tt-004', buyer: 'Yoga Pratama', unread: 1, messages: [b(3, 'halo kak')] },
      {
        id: 'tt-005',
        buyer: 'Sri Wahyuni',
        unread: 2,
        messages: [
          b(55, 'Kak lipstik matte warna 02 Rosy Pink ready?'),
          b(53, 'Kalau kosong, 03 Brick Red ada kak?'),
        ],
      },
      {
        id: 'tt-006',
        buyer: 'Hendra Gunawan',
        unread: 0,
        orders: [{ date: '13/12/2026', no: '579401226610411356', status: 'Selesai', note: '' }],
        messages: [
          b(27 * 60, 'Madu hutan sumbawa 500 gr ada kak?'),
          s(26 * 60, 'Ada kak, silakan diorder.'),
          b(22 * 60, 'Terima kasih kak, madunya sudah sampai dengan aman 🙏'),
        ],
      },
      {
        id: 'tt-007',
        buyer: 'Dian Permata',
        unread: 0,
        messages: [b(90, 'Serum niacinamide 10% sudah BPOM kak?'), s(85, 'Sudah BPOM kak, aman dipakai 😊')],
      },
      {
        id: 'tt-008',
        buyer: 'Rudi Hartono',
        unread: 0,
        messages: [
          b(2 * D + 40, 'Tas ransel laptop 15 inch muat laptop 15.6 kak?'),
          s(2 * D + 30, 'Muat kak, ada sekat laptop 15.6 inch.'),
        ],
      },
    ];
  }

  function generatedConversations(from, count) {
    const random = Kit.seeded(2027);
    const names = Kit.buyerNames(count + from, 23).slice(from);
    return names.map((buyer, i) => {
      const start = 10 + Math.floor(random() * 3 * DAY) / MINUTE;
      const messages = [message('buyer', Kit.productQuestion(i + 3), ago(start))];
      const replied = random() < 0.5;
      if (replied) messages.push(message('seller', 'Ready kak, silakan checkout 😊', ago(start - 5)));
      return {
        id: `tt-${String(from + i + 1).padStart(3, '0')}`,
        buyer,
        unread: replied ? 0 : 1 + Math.floor(random() * 3),
        messages,
      };
    });
  }

  function buildConversations() {
    const curated = curatedConversations();
    const total = Number.isFinite(requestedCount) && requestedCount > 0 ? requestedCount : curated.length;
    const list =
      total <= curated.length
        ? curated.slice(0, total)
        : [...curated, ...generatedConversations(curated.length, total - curated.length)];
    for (const c of list) {
      c.draft = '';
      c.orders ??= [];
      c.loaded = Math.min(PAGE, c.messages.length); // how many of the latest messages are loaded
    }
    return list;
  }

  const conversations = buildConversations();
  const find = (id) => conversations.find((c) => c.id === id) ?? null;
  const lastMessage = (c) => c.messages[c.messages.length - 1] ?? null;
  const lastOfSpeaker = (c) => [...c.messages].reverse().find((m) => m.from !== 'system') ?? null;
  const isReplied = (c) => lastOfSpeaker(c)?.from === 'seller';

  // Not evidenced: which chat is open after a load (the simulator opens the first; ?open=none none).
  let openId = params.get('open') === 'none' ? null : (conversations[0]?.id ?? null);
  if (openId) find(openId).unread = 0; // an open chat has nothing unread
  let folder = 'all';
  let panelOpen = true;
  let loadingOlder = false;

  // --- Styles ------------------------------------------------------------------------------------

  const BRAND = '#fe2c55';
  const css = `
.${C.app}{height:100vh;display:flex;flex-direction:column;min-width:0}
.${C.topbar}{flex:0 0 52px;display:flex;align-items:center;padding:0 20px;background:#fff;border-bottom:1px solid #eee;font-weight:600;white-space:nowrap;overflow:hidden}
.${C.body}{flex:1 1 auto;display:flex;min-height:0;min-width:0}
.${C.folders}{flex:0 1 150px;min-width:110px;background:#fff;border-right:1px solid #eee;padding:8px 0;overflow:hidden}
.p-menu-item{padding:8px 14px;cursor:pointer;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-size:13px}
.p-menu-item-selected{background:#f1f1f2;font-weight:600}
.${C.listPane}{flex:0 1 280px;min-width:210px;display:flex;flex-direction:column;background:#fff;border-right:1px solid #eee;min-height:0}
.${C.search}{flex:0 0 auto;margin:10px;padding:6px 10px;border:1px solid #e3e3e4;border-radius:4px;font:inherit}
.${C.list}{flex:1 1 auto;overflow-y:auto;min-height:0}
.${C.card}{display:flex;gap:10px;padding:10px 12px;cursor:pointer;border-bottom:1px solid #f4f4f4}
.${C.card}:hover{background:#fafafa}
.${C.cardOpen}{background:#fff1f3}
.${C.avatarCol}{flex:0 0 40px;position:relative}
.${C.avatarCol} img{width:40px;height:40px;border-radius:50%;display:block}
.p-badge{position:absolute;top:-4px;right:-6px}
.p-badge-number{display:inline-block;min-width:16px;height:16px;padding:0 4px;border-radius:8px;background:${BRAND};color:#fff;font-size:11px;line-height:16px;text-align:center}
.${C.lines}{flex:1;min-width:0}
.${C.nameTime}{display:flex;align-items:center;gap:6px}
.${C.nameWrap}{flex:1;min-width:0;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.chatd-time{font-size:12px;color:#8a8b91}
.${C.preview}{color:#8a8b91;font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.${C.room}{flex:1 1 auto;min-width:360px;display:flex;flex-direction:column;min-height:0;background:#fff}
.${C.roomHead}{flex:0 0 52px;display:flex;align-items:center;justify-content:space-between;padding:0 16px;border-bottom:1px solid #eee;font-weight:600}
.${C.panelToggle}{border:1px solid #e3e3e4;background:#fff;border-radius:4px;padding:2px 8px;cursor:pointer;font-weight:400}
.chatd-root{flex:1 1 auto;display:flex;flex-direction:column;min-height:0}
.chatd-scrollView{flex:1 1 auto;overflow-y:auto;min-height:0;background:#f8f8f8}
.chatd-scrollView-content{padding:8px 0}
.${C.loader}{text-align:center;font-size:12px;color:#8a8b91;padding:6px}
.chatd-message{display:flex;flex-direction:column;padding:4px 16px}
.chatd-message--left{align-items:flex-start}
.chatd-message--right{align-items:flex-end}
.chatd-message-time{align-self:center;margin:6px 0}
.chatd-message-userName.hide{display:none}
.${C.messageBody}{max-width:70%;min-width:0}
.chatd-bubble{border-radius:8px;padding:8px 12px;background:#fff;box-shadow:0 1px 1px rgba(0,0,0,.04)}
.chatd-bubble--self{background:#e8f3ff}
.${M.messageSystem}{align-self:center;max-width:85%;text-align:center}
.${M.messageSystemContent}{font-size:12px;color:#8a8b91;padding:4px 10px;background:#efeff0;border-radius:10px}
.${C.productCard}{display:flex;gap:8px;width:230px}
.${C.productCard} img{width:48px;height:48px;background:#eee}
.${C.productName}{font-size:13px}
.${C.productPrice}{color:${BRAND};font-size:13px}
.chatd-imageMessage img{width:160px;height:120px;border-radius:6px;display:block}
.${C.inputArea}{flex:0 0 auto;display:flex;flex-direction:column;gap:6px;padding:8px 12px;border-top:1px solid #eee;background:#fff}
#chat-input-textarea{display:flex}
.${M.textarea}{flex:1;min-width:0;height:60px;resize:none;border:0;outline:0;font:inherit}
.${C.sendRow}{display:flex;justify-content:flex-end}
.p-btn{border-radius:4px;padding:5px 16px;border:1px solid transparent;cursor:pointer}
.p-btn-primary{background:${BRAND};color:#fff}
.${C.empty}{flex:1;display:flex;align-items:center;justify-content:center;color:#8a8b91}
.${C.panel}{flex:0 1 300px;min-width:170px;display:flex;flex-direction:column;background:#fff;border-left:1px solid #eee;min-height:0}
.${C.panelClosed}{display:none}
.${C.panelHead}{flex:0 0 44px;display:flex;align-items:center;padding:0 12px;font-weight:600;border-bottom:1px solid #eee}
.${C.panelBody}{flex:1;overflow-y:auto;padding:8px 12px;min-height:0}
.${C.order}{padding:8px 0;border-bottom:1px solid #f4f4f4;font-size:13px}
.${C.muted}{font-size:12px;color:#8a8b91}
.pulse-overflow-text-multiply{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.${C.page}{padding:24px}
`;
  document.head.append(h('style', {}, css));

  // --- Times -------------------------------------------------------------------------------------

  const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

  /**
   * List time as the Indonesian inbox shows it: "14:23" today, the day name ("Rabu") for 2-6 days
   * ago, "Agu 25" before (index 66495506108). Yesterday's label is not evidenced ("Kemarin" here).
   */
  function listTime(ms) {
    const days = Kit.daysAgo(ms, Date.now());
    const d = new Date(ms);
    if (days === 0) return clock(ms);
    if (days === 1) return 'Kemarin';
    if (days < 7) return DAYS[d.getDay()];
    return `${MONTHS[d.getMonth()]} ${d.getDate()}`;
  }

  /**
   * A message time label. Its shape follows the labels seen in other locales: only a time for
   * today, "yesterday + time", "weekday, time", "month day time" (index 69401032927: "Sep 3 5:55
   * PM", "Tuesday, 4:55 AM", "昨天 上午5:46"). The Indonesian words are not evidenced.
   */
  function messageTime(ms) {
    const days = Kit.daysAgo(ms, Date.now());
    const d = new Date(ms);
    if (days === 0) return clock(ms);
    if (days === 1) return `Kemarin ${clock(ms)}`;
    if (days < 7) return `${DAYS[d.getDay()]}, ${clock(ms)}`;
    return `${d.getDate()} ${MONTHS[d.getMonth()]} ${clock(ms)}`;
  }

  // Only some rows carry a time, and rows without one take the previous row's time (index
  // 69401032927, 58947952961). When a row gets one (here: 5 minutes after the previous message):
  // not evidenced.
  const showsTime = (list, index) => index === 0 || list[index].at - list[index - 1].at >= 5 * MINUTE;

  // --- Rendering pieces --------------------------------------------------------------------------

  function previewOf(m) {
    if (!m) return '';
    // Not evidenced: how the inbox summarises a card or a photo.
    if (m.kind === 'product') return '[Produk]';
    if (m.kind === 'image') return '[Gambar]';
    return m.text;
  }

  function buildCard(c, index) {
    const last = lastMessage(c);
    // The card is [data-testid="chat.chatroom.conversation_card"] with the id
    // "chat-room-conversation-list-item-N" (index 71061397173 reads row.id and clicks "#" + id;
    // 66925127168 queries [id^="chat-room-conversation-list-item"]). What N is: not evidenced; here
    // it is the card's position, so it changes when the list reorders (71061397173 re-checks the
    // card's name before clicking "because the list may have changed").
    return h(
      'div',
      {
        'data-testid': 'chat.chatroom.conversation_card',
        id: `chat-room-conversation-list-item-${index}`,
        // How the open card is marked: not evidenced (a hashed class only).
        class: `${C.card}${c.id === openId ? ` ${C.cardOpen}` : ''}`,
        onclick: () => selectConversation(c.id),
      },
      // card > div > div > span.p-badge (66925127168); the badge exists only while there are
      // unread messages (66046360961 takes `.p-badge` in a card as "unread"), its number in
      // .p-badge-number (71061397173). The avatar is the card's <img> (71061397173).
      h(
        'div',
        { class: C.avatarCol },
        h(
          'div',
          { class: C.avatarBox },
          h('img', { alt: '', src: avatarUrl(c.buyer) }),
          c.unread > 0
            ? h('span', { class: 'p-badge' }, h('span', { class: 'p-badge-number' }, String(c.unread)))
            : null,
        ),
      ),
      // username → wrapper → name+time row → lines: children[0] name+time with the <time>,
      // children[1] the preview in a <span> (66495506108; 71061397173 reads
      // username.parentElement.parentElement.nextElementSibling.querySelector('span')).
      h(
        'div',
        { class: C.lines },
        h(
          'div',
          { class: C.nameTime },
          h(
            'div',
            { class: C.nameWrap },
            h('div', { 'data-testid': 'chat.chatroom.conversation_card_username' }, c.buyer),
          ),
          h('time', { class: 'chatd-time' }, last ? listTime(last.at) : ''),
        ),
        h('div', { class: C.preview }, h('span', {}, previewOf(last))),
      ),
    );
  }

  function buildMessage(m, showTime) {
    const card = h('div', { 'data-testid': 'chat.chatroom.message_card', class: C.messageCard });
    const time = showTime
      ? // .chatd-message-time .chatd-time (69495917732). The tag of .chatd-time here: not evidenced.
        h('div', { class: 'chatd-message-time' }, h('span', { class: 'chatd-time' }, messageTime(m.at)))
      : null;
    if (m.from === 'system') {
      // A system line has no side: .index-module__messageSystem--* > .index-module__
      // messageSystemContent--* (58947952961, chatd in the Partner Center). Whether the seller
      // inbox wraps it in a message_card: not evidenced.
      card.append(
        h(
          'div',
          { class: `chatd-message${showTime ? ' chatd-message--hasTime' : ''}` },
          time,
          h('div', { class: M.messageSystem }, h('div', { class: M.messageSystemContent }, m.text)),
        ),
      );
      return card;
    }
    const self = m.from !== 'buyer';
    let content;
    if (m.kind === 'image') {
      // A photo is .chatd-imageMessage and has no text (69401032927).
      content = h('div', { class: 'chatd-imageMessage' }, h('img', { alt: '', src: m.image }));
    } else {
      // Bubble: .chatd-bubble(--self/--other) (58947952961, 65736208833) > .chatd-bubble-main
      // (--self/--other) (69401032927, 71061397173) > pre with a CSS-module class
      // ("pre.index-module__content--QKRoB", 58947952961; 17038103292 finds pre under
      // .chatd-bubble-main). A product card sits in the bubble without a <pre> (58947952961).
      const inner =
        m.kind === 'product'
          ? h(
              'div',
              { class: C.productCard },
              h('img', { alt: '', src: photoUrl('produk') }),
              h(
                'div',
                {},
                h('div', { class: C.productName }, m.product.name),
                h('div', { class: C.productPrice }, m.product.price),
              ),
            )
          : h('pre', { class: M.content }, m.text);
      content = h(
        'div',
        { class: `chatd-bubble ${self ? 'chatd-bubble--self' : 'chatd-bubble--other'}` },
        h(
          'div',
          { class: `chatd-bubble-main ${self ? 'chatd-bubble-main--self' : 'chatd-bubble-main--other'}` },
          inner,
        ),
      );
    }
    // [data-testid="chat.chatroom.message_card"] .chatd-message, --right = the shop, --left = the
    // buyer (71061397173, 69401032927); --hasTime on rows with a time (58947952961); the sender
    // name in .chatd-message-userName, hidden with .hide (58947952961); the text under
    // .chatd-message-body-info-message (69495917732). The wrapper between the name and
    // body-info-message: not evidenced.
    card.append(
      h(
        'div',
        {
          class: `chatd-message ${self ? 'chatd-message--right' : 'chatd-message--left'}${showTime ? ' chatd-message--hasTime' : ''}`,
        },
        time,
        h('div', { class: 'chatd-message-userName hide' }, self ? SHOP : ''),
        h('div', { class: C.messageBody }, h('div', { class: 'chatd-message-body-info-message' }, content)),
      ),
    );
    return card;
  }

  // --- Layout ------------------------------------------------------------------------------------

  const root = document.getElementById('root'); // id "root": not evidenced (a React convention)

  // Folders: a Pulse menu whose "Belum dibalas" item has data-uid="menu.item_chat_v2-menu-UNREPLIED",
  // the selected item .p-menu-item-selected (index 66495506108). The other items' data-uid values
  // are not evidenced, so they carry none here.
  const folderAll = h('div', { class: 'p-menu-item' }, 'Semua');
  const folderUnreplied = h(
    'div',
    { class: 'p-menu-item', 'data-uid': 'menu.item_chat_v2-menu-UNREPLIED' },
    'Belum dibalas',
  );
  folderAll.addEventListener('click', () => setFolder('all'));
  folderUnreplied.addEventListener('click', () => setFolder('unreplied'));
  // The menu's own container class is not evidenced; .p-menu-item is implied by the evidenced
  // .p-menu-item-selected modifier (66495506108).
  const folders = h('div', { class: C.folders }, folderAll, folderUnreplied);

  const list = h('div', { class: C.list });
  const listPane = h(
    'div',
    { class: C.listPane },
    h('input', { class: C.search, type: 'text', placeholder: 'Cari' }), // not evidenced
    list,
  );

  const roomName = h('div', { class: C.roomName });
  const panelToggle = h('button', { type: 'button', class: C.panelToggle }, 'Info pesanan'); // not evidenced
  panelToggle.addEventListener('click', () => setPanel(!panelOpen));
  const scrollContent = h('div', { class: 'chatd-scrollView-content' });
  // .chatd-scrollView scrolls, .chatd-scrollView-content holds the message cards as direct children
  // (index 22246396983 counts `div.chatd-scrollView-content > div`; 33959710994 finds
  // div.chatd-scrollView; 65736208833).
  const scrollView = h('div', { class: 'chatd-scrollView' }, scrollContent);
  // The chat box: #chat-input-textarea > textarea (66925127168, 22246396983), the only textarea with
  // a placeholder (65736208833). The placeholder's Indonesian wording is not evidenced (English
  // "Send a message", 69495917732). Send: #chat-input-send-button (66925127168, 71061397173), a
  // .p-btn-primary with the word for "Send" (65736208833, "发送"); "Kirim" here. It is not disabled
  // while the box is empty (71061397173 checks it is enabled before typing). The base .p-btn class is
  // implied by .p-btn-primary; that it is a <button>: not evidenced.
  const textarea = h('textarea', { class: M.textarea, placeholder: 'Kirim pesan' });
  const sendButton = h(
    'button',
    { type: 'button', id: 'chat-input-send-button', class: 'p-btn p-btn-primary' },
    'Kirim',
  );
  // .chatd-root holds the messages and the chat box (69495917732 walks up from the textarea to it;
  // 58698123576 queries `.chatd-root textarea`). The header outside it: not evidenced.
  const chatRoot = h(
    'div',
    { class: `chatd-root ${C.chatRoot}` },
    scrollView,
    h(
      'div',
      { class: C.inputArea },
      h('div', { id: 'chat-input-textarea' }, textarea),
      h('div', { class: C.sendRow }, sendButton),
    ),
  );
  const room = h('div', { class: C.room }, h('div', { class: C.roomHead }, roomName, panelToggle), chatRoot);
  const emptyRoom = h(
    'div',
    { class: C.room },
    h('div', { class: C.empty }, 'Pilih chat untuk mulai membalas'),
  );

  // The order panel on the right: orders with a date, the buyer's username, the order id in a
  // <span>, a note in .pulse-overflow-text-multiply and a status (index 42008436165; its statuses
  // are "Dibatalkan", "Menunggu diproses", "Sedang dikirim", "Menunggu pickup", "Selesai"). All
  // other classes there are hashed; the layout is not evidenced.
  const panelBody = h('div', { class: C.panelBody });
  const panel = h('div', { class: C.panel }, h('div', { class: C.panelHead }, 'Pesanan'), panelBody);

  const body = h('div', { class: C.body }, folders, listPane, room, panel);
  const host = location.hostname.endsWith('tokopedia.com')
    ? 'Tokopedia Seller Center'
    : 'TikTok Shop Seller Center';
  const chatView = h('div', { class: C.app }, h('header', { class: C.topbar }, host), body);

  // --- Composer: a React-like controlled textarea -------------------------------------------------

  const composer = Kit.controlledTextarea(textarea, (value) => {
    const c = find(openId);
    if (!c) return;
    c.draft = value.slice(0, MAX_LENGTH);
    composer.render(c.draft);
  });

  // Enter sends, Shift+Enter breaks the line (index 22246396983); IME composition never sends.
  textarea.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    send();
  });
  sendButton.addEventListener('click', () => send());

  function send() {
    const c = find(openId);
    const text = c?.draft ?? '';
    if (!c || text.trim().length === 0) return;
    addMessage(c, message('seller', text, Date.now()));
    c.draft = '';
    composer.render(''); // the box empties after sending (71061397173 waits for that)
  }

  // --- Rendering ---------------------------------------------------------------------------------

  function visibleConversations() {
    const byRecent = (a, b) => (lastMessage(b)?.at ?? 0) - (lastMessage(a)?.at ?? 0);
    const all = [...conversations].sort(byRecent);
    return folder === 'unreplied' ? all.filter((c) => !isReplied(c)) : all;
  }

  function renderList() {
    folderAll.classList.toggle('p-menu-item-selected', folder === 'all');
    folderUnreplied.classList.toggle('p-menu-item-selected', folder === 'unreplied');
    list.replaceChildren(...visibleConversations().map(buildCard));
  }

  /** The loaded tail of the open chat, with a loader row on top while older pages remain. */
  function renderMessages({ toBottom = false, keepOffsetFromBottom = null } = {}) {
    const c = find(openId);
    if (!c) return;
    const atBottom = scrollView.scrollTop + scrollView.clientHeight >= scrollView.scrollHeight - 4;
    const shown = c.messages.slice(c.messages.length - c.loaded);
    const rows = shown.map((m, i) => buildMessage(m, showsTime(shown, i)));
    // Not evidenced: what the inbox shows while older messages remain (a plain line here).
    if (c.loaded < c.messages.length)
      rows.unshift(h('div', { class: C.loader }, loadingOlder ? 'Memuat…' : ''));
    scrollContent.replaceChildren(...rows);
    // A page too short to scroll could never load more: fill the view first (not evidenced).
    if (
      c.loaded < c.messages.length &&
      scrollView.clientHeight &&
      scrollView.scrollHeight <= scrollView.clientHeight
    ) {
      c.loaded = Math.min(c.messages.length, c.loaded + PAGE);
      renderMessages({ toBottom: true });
      return;
    }
    if (keepOffsetFromBottom !== null) scrollView.scrollTop = scrollView.scrollHeight - keepOffsetFromBottom;
    else if (toBottom || atBottom) {
      scrollView.scrollTop = scrollView.scrollHeight;
      pinnedToBottom = true;
    }
  }

  function appendMessage(c, m) {
    // New messages are appended in place (a buyer message must not rebuild the list the agent reads).
    const atBottom = scrollView.scrollTop + scrollView.clientHeight >= scrollView.scrollHeight - 4;
    const shown = c.messages.slice(c.messages.length - c.loaded);
    scrollContent.append(buildMessage(m, showsTime(shown, shown.length - 1)));
    if (m.from !== 'buyer' || atBottom) {
      scrollView.scrollTop = scrollView.scrollHeight;
      pinnedToBottom = true;
    }
  }

  // Keep the end of the chat in view while the reader is there, also when the page is resized
  // (Sigap's sidebar narrows the page after load) or a row grows.
  // Only a scroll at an unchanged size is the reader's; one caused by a resize must not unpin.
  let pinnedToBottom = true;
  let geometry = '';
  const geometryNow = () => `${scrollView.clientHeight}:${scrollView.scrollHeight}`;
  const isAtBottom = () => scrollView.scrollTop + scrollView.clientHeight >= scrollView.scrollHeight - 4;
  const stick = new ResizeObserver(() => {
    if (pinnedToBottom) scrollView.scrollTop = scrollView.scrollHeight;
    geometry = geometryNow();
  });
  stick.observe(scrollView);
  stick.observe(scrollContent);

  scrollView.addEventListener(
    'scroll',
    () => {
      if (geometryNow() === geometry) pinnedToBottom = isAtBottom();
      geometry = geometryNow();
      const c = find(openId);
      if (!c || loadingOlder || c.loaded >= c.messages.length || scrollView.scrollTop > 40) return;
      loadingOlder = true;
      const fromBottom = scrollView.scrollHeight - scrollView.scrollTop;
      renderMessages({ keepOffsetFromBottom: fromBottom });
      const id = c.id;
      // The older page arrives a moment later, as from the network.
      setTimeout(() => {
        loadingOlder = false;
        const open = find(openId);
        if (!open || open.id !== id) return;
        const before = scrollView.scrollHeight - scrollView.scrollTop;
        open.loaded = Math.min(open.messages.length, open.loaded + PAGE);
        renderMessages({ keepOffsetFromBottom: before });
      }, 150);
    },
    { passive: true },
  );

  function renderPanel() {
    panel.classList.toggle(C.panelClosed, !panelOpen);
    const c = find(openId);
    const orders = c?.orders ?? [];
    panelBody.replaceChildren(
      ...(orders.length
        ? orders.map((order) =>
            h(
              'div',
              { class: C.order },
              h('div', { class: C.muted }, order.date),
              h('div', {}, c.buyer),
              h('div', { class: C.muted }, 'ID Pesanan: ', h('span', {}, order.no)),
              order.note
                ? h('div', { class: `pulse-overflow-text-multiply ${C.muted}` }, `Catatan: ${order.note}`)
                : null,
              h('div', { class: C.status }, order.status),
            ),
          )
        : [h('div', { class: C.muted }, 'Belum ada pesanan dari pembeli ini.')]),
    );
  }

  function renderRoom({ switched }) {
    const c = find(openId);
    const current = body.children[2];
    if (!c) {
      if (current !== emptyRoom) body.replaceChild(emptyRoom, current);
      return;
    }
    if (current !== room) body.replaceChild(room, current);
    roomName.textContent = c.buyer;
    if (switched) renderMessages({ toBottom: true });
    composer.render(c.draft);
  }

  function render({ switched = false } = {}) {
    if (layout === 'unknown') {
      root.replaceChildren(
        h(
          'main',
          { class: C.page },
          h('h1', {}, 'Chat sedang dalam pemeliharaan'),
          h('p', {}, 'Silakan coba lagi nanti.'),
        ),
      );
      return;
    }
    if (!/^\/chat(\/|$)/.test(location.pathname)) {
      root.replaceChildren(
        h(
          'div',
          { class: C.app },
          h('header', { class: C.topbar }, host),
          h(
            'main',
            { class: C.page },
            h('h1', {}, 'Beranda'),
            h('p', {}, 'Halaman ini bukan chat.'),
            h('a', { href: '/chat/inbox/current', onclick: linkClick }, 'Buka Chat'),
          ),
        ),
      );
      return;
    }
    if (root.firstChild !== chatView) root.replaceChildren(chatView);
    renderList();
    renderRoom({ switched });
    renderPanel();
  }

  function linkClick(event) {
    event.preventDefault();
    navigate(event.currentTarget.getAttribute('href'));
  }

  // --- Behaviour ---------------------------------------------------------------------------------

  /** Opening a chat keeps the URL: /chat/inbox/current holds no conversation id. */
  function selectConversation(id) {
    const c = find(id);
    if (!c) throw new Error(`no conversation ${id}`);
    const switched = id !== openId;
    openId = id;
    c.unread = 0;
    if (switched) c.loaded = Math.min(PAGE, c.messages.length);
    render({ switched });
    textarea.focus();
  }

  function addMessage(c, m) {
    c.messages.push(m);
    if (c.id === openId) {
      c.loaded += 1;
      appendMessage(c, m);
    }
    renderList();
    return m.id;
  }

  function setFolder(next) {
    folder = next;
    renderList();
  }

  function setPanel(open) {
    panelOpen = Boolean(open);
    renderPanel();
  }

  function navigate(path) {
    if (`${location.pathname}${location.search}` === path) return;
    history.pushState({}, '', path);
    render({ switched: true });
  }

  addEventListener('popstate', () => render({ switched: true }));

  // --- Test hook ---------------------------------------------------------------------------------

  const targetOf = (options) => {
    const c = find(options.conversationId ?? openId ?? conversations[0]?.id);
    if (!c) throw new Error(`no conversation ${options.conversationId}`);
    return c;
  };

  window.__sim = {
    marketplace: 'tiktok',
    layout,
    /** A buyer message arrives now (default: in the open conversation). Returns its id. */
    receiveBuyerMessage(text, options = {}) {
      const c = targetOf(options);
      if (c.id !== openId) c.unread += 1;
      return addMessage(c, message('buyer', String(text), Date.now()));
    },
    /** The shop replies from another device (the app, another agent): the draft stays. */
    sendAsShop(text, options = {}) {
      return addMessage(targetOf(options), message('seller', String(text), Date.now()));
    },
    /** Opens a conversation the way a click on its card does. */
    openConversation(id) {
      if (!/^\/chat(\/|$)/.test(location.pathname)) navigate('/chat/inbox/current');
      selectConversation(id);
    },
    /** In-page navigation (history.pushState) to any path; paths outside /chat render a non-chat view. */
    navigate,
    /** Scrolls the open chat's messages: 'top' (loads an older page), 'bottom' or a pixel offset. */
    scrollMessages(to) {
      scrollView.scrollTop = to === 'top' ? 0 : to === 'bottom' ? scrollView.scrollHeight : Number(to);
      scrollView.dispatchEvent(new Event('scroll'));
    },
    /** Scrolls the conversation list: 'top', 'bottom' or a pixel offset. */
    scrollConversations(to) {
      list.scrollTop = to === 'top' ? 0 : to === 'bottom' ? list.scrollHeight : Number(to);
    },
    /** Opens or closes the page's own order panel on the right. */
    setRightPanel(open) {
      setPanel(open);
    },
    /** The app's own state: what it would send, and what it shows. */
    state() {
      const c = find(openId);
      const draft = c?.draft ?? '';
      return {
        marketplace: 'tiktok',
        layout,
        path: location.pathname,
        conversationId: c?.id ?? null,
        buyerName: c?.buyer ?? null,
        composer: draft,
        sendEnabled: draft.trim().length > 0,
        rightPanelOpen: panelOpen,
        loadedAt,
        messages: (c?.messages ?? []).map((m) => ({
          id: m.id,
          from: m.from,
          kind: m.kind,
          text: m.kind === 'product' ? m.product.name : m.text,
          at: m.at,
          time: clock(m.at),
        })),
        conversations: conversations.map((x) => ({
          id: x.id,
          buyerName: x.buyer,
          unread: x.unread,
          lastMessage: previewOf(lastMessage(x)),
          replied: isReplied(x),
        })),
      };
    },
  };

  render({ switched: true });
})();
