// Simulator of today's Shopee Seller Centre chat (seller.shopee.co.id/new-webchat/conversations and
// the legacy /webchat/conversations), for Sigap's end-to-end tests and `npm run demo`. Plain browser
// JavaScript, no build step; window.SimKit comes from ../common/sim-kit.js.
//
// Written from public evidence only (shared/research/real-chat-dom.md). Each structural fact names
// its source: "index N" is a file id of the `search` tool's code index (read_file id N), with the
// repository/path where known. What no source shows is a neutral placeholder (a plain div under a
// build-hashed class) marked "not evidenced": this page must not offer Sigap a marker the real page
// may not have. Build-hashed class names (C.*) change on every page load, like a new Shopee build.
//
// Main sources:
//   71428051551  a Shopee Seller Chat connector (banhang.shopee.vn/new-webchat): rows, the open row's
//                data-cy, #message-virtualized-list, pre > div text, the chat box and <i> send icons
//   56715062854, 56800195189, 56704079759  a seller.shopee.com.br/new-webchat bot (2026): the list's
//                #tab_unreplied/#tab_manually_replied sections, cell name/message data-cy, the
//                "Boa noite21:47" text, #inputField, Enter/Shift+Enter, webchat-station-root,
//                #messageSection .ReactVirtualized__Grid, rows positioned by style top
//   66495506108  a POS app reading seller.shopee.co.id (2026-09): cell-container/-timestamp/
//                -content-text data-cy, the indicator after -cell-message, "14:23" / "28/02/25"
//   14408696968  a React copy of Shopee's mini chat markup: ReactVirtualized Grid attributes,
//                AutoSizer wrappers, id="#message-virtualized-list", <i class=icon><svg class=chat-icon>
//   23307722072, 49732869336, 62132109375, 61450881351, 60814458160, cindung/auto_reply_shopee
//                (src/selectors.js, index 1271698086; src/store.js, index 1888936052)
(() => {
  const Kit = window.SimKit;
  const { h, clock, avatarUrl, photoUrl } = Kit;

  const params = new URLSearchParams(location.search);
  const layout = params.get('layout') ?? 'normal';
  const requestedCount = Number.parseInt(params.get('conversations') ?? '', 10);
  const loadedAt = Date.now();
  const MINUTE = 60 * 1000;
  const HOUR = 60 * MINUTE;
  const DAY = 24 * HOUR;
  // "600 characters per message" (shared/research/real-chat-dom.md). A character counter is not
  // evidenced, so the page shows none; the limit lives in the app's state only.
  const MAX_LENGTH = 600;
  const CHAT_PATH = /^\/(new-webchat|webchat)(\/|$)/;

  // Build-hashed class names, new on every load (sim-kit.js). C.icon plays the shared icon class
  // every Shopee <i> carries ("GHUxSkxNuJ" in index 14408696968 and 49732869336).
  const C = Kit.hashedClasses(`shopee:${loadedAt.toString(36)}`);

  // --- Data: Indonesian conversations about products of lib/catalog/sample.ts ---------------------

  let nextMessageId = 1;
  const ago = (minutes) => loadedAt - minutes * MINUTE;
  const message = (from, text, at, extra = {}) => ({
    id: `m${nextMessageId++}`,
    from,
    kind: 'text',
    text,
    at,
    ...extra,
  });
  const rupiah = (n) => `Rp${n.toLocaleString('id-ID')}`;
  // The simulator's own product ids (Shopee shows ids in the right panel's checkbox values).
  const PRODUCTS = {
    gamis: { id: '24018830011', name: 'Gamis Syari Wolfis Premium', price: rupiah(245000), stock: 10 },
    pashmina: { id: '24018830012', name: 'Hijab Pashmina Ceruty Babydoll', price: rupiah(35000), stock: 127 },
    sneakers: { id: '24018830013', name: 'Sneakers Pria Kanvas Casual', price: rupiah(189000), stock: 14 },
    blender: { id: '24018830014', name: 'Blender Kaca 1.5 Liter 2 Tabung', price: rupiah(349000), stock: 6 },
    riceCooker: {
      id: '24018830015',
      name: 'Rice Cooker Digital 1.8 Liter',
      price: rupiah(499000),
      stock: null,
    },
    kaos: { id: '24018830016', name: 'Kaos Polos Cotton Combed 30s', price: rupiah(59000), stock: 91 },
    powerbank: {
      id: '24018830017',
      name: 'Powerbank 10000mAh Fast Charging 22.5W',
      price: rupiah(199000),
      stock: 15,
    },
    keyboard: {
      id: '24018830018',
      name: 'Keyboard Mechanical RGB Hot Swap',
      price: rupiah(459000),
      stock: 12,
    },
    tumbler: { id: '24018830019', name: 'Tumbler Stainless Vacuum 500ml', price: rupiah(89000), stock: 33 },
  };
  // Wording is ours; Shopee shows such a notice in the chat (a system message warning against
  // dealing outside the app, "LƯU Ý: Shopee KHÔNG cho phép..." in index 62132109375).
  const NOTICE =
    'PERHATIAN: Demi keamanan, jangan bertransaksi atau berkomunikasi di luar aplikasi Shopee dan jangan bagikan kode verifikasi kepada siapa pun.';
  const AUTO_REPLY =
    'Halo kak, terima kasih sudah menghubungi Toko Berkah Jaya 🙏 Kami akan segera membalas ya.';

  function curatedConversations() {
    const b = (minutes, text, extra) => message('buyer', text, ago(minutes), extra);
    const s = (minutes, text, extra) => message('seller', text, ago(minutes), extra);
    const auto = (minutes) => message('auto', AUTO_REPLY, ago(minutes));
    const sys = (minutes, text) => message('system', text, ago(minutes));
    const D = DAY / MINUTE;
    return [
      {
        id: 'sp-001',
        buyer: 'Siti Rahmawati',
        unread: 2,
        pinnedProduct: PRODUCTS.gamis,
        interest: PRODUCTS.gamis,
        orders: [
          {
            no: '2612093HJK41PS',
            item: 'Hijab Pashmina Ceruty Babydoll (Sage x2, Dusty Pink x1)',
            status: 'Selesai',
          },
        ],
        messages: [
          sys(3 * D + 60, NOTICE),
          b(3 * D + 59, 'Assalamualaikum kak'),
          auto(3 * D + 59),
          b(3 * D + 58, 'Hijab pashmina ceruty babydoll yang warna sage masih ada?'),
          s(3 * D + 40, 'Waalaikumsalam kak, warna Sage ready ya kak 😊'),
          b(3 * D + 38, 'Ukurannya berapa kak?'),
          s(3 * D + 36, 'Ukuran 175x75 cm kak, bahan ceruty babydoll, mudah dibentuk dan tidak licin.'),
          b(3 * D + 35, 'Kalau dusty pink juga ada?'),
          s(3 * D + 34, 'Dusty Pink juga ready kak.'),
          b(3 * D + 30, 'Oke saya ambil sage 2, dusty pink 1 ya'),
          s(3 * D + 29, 'Siap kak, silakan checkout, nanti kami kirim hari ini.'),
          b(3 * D + 20, 'Sudah checkout kak'),
          s(3 * D + 18, 'Terima kasih kak, pesanan sedang kami kemas 🙏'),
          s(2 * D + 300, 'Kak, paket sudah dikirim ya. Resi bisa dicek di menu Pesanan Saya.'),
          b(2 * D + 280, 'Oke kak makasih'),
          b(D + 120, 'Kak paketnya sudah sampai, bagus bahannya 👍'),
          s(D + 100, 'Alhamdulillah, terima kasih kak. Jangan lupa bintang 5 ya kak 😊'),
          b(D + 95, 'Siap kak'),
          b(190, '', { kind: 'product', product: PRODUCTS.gamis }),
          b(189, 'Kak gamis syari wolfis ini bahannya jatuh nggak?'),
          auto(189),
          s(150, 'Halo kak, bahan wolfis premium jatuh dan tidak menerawang kak.'),
          b(148, 'Busui friendly kak?'),
          s(146, 'Iya kak, ada resleting depan, busui friendly.'),
          b(120, 'Warna apa saja kak?'),
          s(118, 'Ada Hitam, Navy dan Mocca kak.'),
          b(117, 'Yang hitam ready?'),
          s(115, 'Hitam ready kak.'),
          b(90, 'Kalau ukuran, ini all size ya kak?'),
          s(88, 'Betul kak, all size sampai berat badan 75 kg.'),
          b(87, 'Lingkar dadanya berapa kak?'),
          s(85, 'Lingkar dada 110 cm kak, panjang 140 cm.'),
          b(60, 'Oke, bisa COD kak?'),
          s(58, 'Bisa kak, COD tersedia sesuai alamat ya.'),
          b(57, 'Sip'),
          b(12, 'Kak, yang warna Mocca ada? Saya mau Mocca 1 sama Navy 1'),
          b(11, 'Bisa dikirim hari ini?'),
        ],
      },
      {
        id: 'sp-002',
        buyer: 'Budi Santoso',
        unread: 1,
        orderCard: { no: '2612101RCK18TA', item: PRODUCTS.riceCooker.name, status: 'Sedang Dikirim' },
        orders: [{ no: '2612101RCK18TA', item: PRODUCTS.riceCooker.name, status: 'Sedang Dikirim' }],
        messages: [
          sys(2 * D + 200, NOTICE),
          b(2 * D + 190, 'Gan, rice cooker digital 1.8 liter yang saya pesan sudah dikirim belum?'),
          s(2 * D + 150, 'Sudah dikirim kemarin gan, resinya SPXID0123456789.'),
          b(40, 'Gan paket saya belum sampai juga, sudah 4 hari. Katanya estimasi 2 hari'),
          s(38, 'Mohon maaf atas keterlambatannya gan, kami bantu cek ke ekspedisi dulu ya.'),
          b(35, 'Tolong dicek ya gan, saya butuh cepat'),
        ],
      },
      {
        id: 'sp-003',
        buyer: 'Dewi Lestari',
        unread: 3,
        interest: PRODUCTS.blender,
        orders: [{ no: '2612085BLDK2AQ', item: PRODUCTS.blender.name, status: 'Selesai' }],
        messages: [
          b(9, 'Kak blender kaca 1.5 liter yang saya terima tabung kacanya retak 😭'),
          b(8, '', { kind: 'image', image: photoUrl('tabung retak') }),
          b(6, 'Bisa retur atau dikirim ganti kak?'),
        ],
      },
      { id: 'sp-004', buyer: 'Rina Wulandari', unread: 1, messages: [b(2, 'halo kak')] },
      {
        id: 'sp-005',
        buyer: 'Putri Anggraini',
        unread: 2,
        interest: PRODUCTS.sneakers,
        messages: [
          b(50, 'Kak sneakers pria kanvas casual warna putih ukuran 42 ready?'),
          b(48, 'Kalau yang hitam 42 ada juga kak?'),
        ],
      },
      {
        id: 'sp-006',
        buyer: 'Agus Pratama',
        unread: 0,
        orders: [
          { no: '2612112KPC30LX', item: 'Kaos Polos Cotton Combed 30s (Hitam, L)', status: 'Selesai' },
        ],
        messages: [
          b(26 * 60, 'Kak kaos polos cotton combed hitam L ada?'),
          s(25 * 60, 'Ada kak, silakan diorder.'),
          b(20 * 60, 'Terima kasih kak, kaosnya sudah sampai. Bahannya adem 👍'),
        ],
      },
      {
        id: 'sp-007',
        buyer: 'Nur Aisyah',
        unread: 0,
        messages: [
          b(70, 'Kak hijab pashmina warna hitam 3 pcs ready?'),
          s(65, 'Ready kak, silakan checkout 😊'),
          b(62, 'Sudah checkout ya kak'),
          s(60, 'Terima kasih kak, dikirim hari ini.'),
        ],
      },
      {
        id: 'sp-008',
        buyer: 'Joko Susilo',
        unread: 0,
        messages: [
          b(180, 'Powerbank 10000mAh yang putih ada gan?'),
          s(170, 'Mohon maaf gan, yang putih sedang kosong. Yang hitam ready ya.'),
        ],
      },
      {
        id: 'sp-009',
        buyer: 'Andi Saputra',
        unread: 0,
        messages: [
          b(2 * D + 30, 'Keyboard mechanical switch brown masih ada kak?'),
          s(2 * D + 20, 'Masih ada kak, tinggal 2.'),
          b(2 * D + 15, 'Oke saya order ya'),
          s(2 * D + 10, 'Siap kak, terima kasih 🙏'),
        ],
      },
    ];
  }

  /** Seeded filler conversations for ?conversations=N (Sigap's benchmark). */
  function generatedConversations(from, count) {
    const random = Kit.seeded(2026);
    const names = Kit.buyerNames(count + from, 11).slice(from);
    return names.map((buyer, i) => {
      const start = 10 + Math.floor(random() * 3 * DAY) / MINUTE;
      const messages = [message('buyer', Kit.productQuestion(i), ago(start))];
      const replied = random() < 0.5;
      if (replied) messages.push(message('seller', 'Ready kak, silakan diorder 😊', ago(start - 5)));
      return {
        id: `sp-${String(from + i + 1).padStart(3, '0')}`,
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
    for (const conversation of list) {
      conversation.draft = '';
      conversation.rev = 0;
      conversation.orders ??= [];
    }
    return list;
  }

  const conversations = buildConversations();
  const find = (id) => conversations.find((c) => c.id === id) ?? null;
  const lastMessage = (c) => c.messages[c.messages.length - 1] ?? null;
  const lastOfSpeaker = (c) => [...c.messages].reverse().find((m) => m.from !== 'system') ?? null;
  /** "Manually replied": the shop's own last word (an auto-reply does not count). */
  const isReplied = (c) => lastOfSpeaker(c)?.from === 'seller';
  const touch = (c) => {
    c.rev += 1;
  };

  // Not evidenced: which chat is open after a load. The simulator opens the first one so a test or
  // the demo starts in a chat; ?open=none starts with none open.
  let openId = params.get('open') === 'none' ? null : (conversations[0]?.id ?? null);
  if (openId) find(openId).unread = 0; // an open chat has nothing unread
  let filter = 'all';
  let buyersCollapsed = false;
  let stationOpen = true;
  let stationTab = 'produk';

  // --- Styles: component CSS under the hashed names -----------------------------------------------

  const ORANGE = '#ee4d2d'; // the badge colour public scripts look for (index 60814458160)
  const css = `
.${C.app}{height:100vh;display:flex;flex-direction:column;min-width:0}
.${C.topbar}{flex:0 0 48px;display:flex;align-items:center;gap:24px;padding:0 20px;background:#fff;border-bottom:1px solid #e5e5e5}
.${C.logo}{color:${ORANGE};font-weight:600;white-space:nowrap}
.${C.topbar} nav{display:flex;gap:16px;min-width:0;overflow:hidden}
.${C.topbar} a{color:#555;text-decoration:none;white-space:nowrap}
.${C.body}{flex:1 1 auto;display:flex;min-height:0;min-width:0;background:#fff}
.${C.listPane}{flex:0 1 300px;min-width:220px;display:flex;flex-direction:column;border-right:1px solid #eee;min-height:0}
.${C.listHead}{flex:0 0 auto;padding:8px;border-bottom:1px solid #f0f0f0}
.shopee-react-input__inner{display:flex;align-items:center;border:1px solid #e5e5e5;border-radius:4px;padding:0 8px;height:32px}
.shopee-react-input__input{border:0;outline:0;flex:1;min-width:0;font:inherit}
.${C.filters}{display:flex;gap:4px;margin-top:8px;flex-wrap:wrap}
.${C.filter}{padding:2px 10px;border-radius:12px;background:#f5f5f5;cursor:pointer;font-size:13px}
.${C.filterOn}{background:#fff0ec;color:${ORANGE}}
.${C.group}{display:flex;align-items:center;gap:4px;margin-top:8px;font-size:13px;color:#555;cursor:pointer}
.${C.group} > i{transition:transform .2s}
.${C.groupClosed} > i{transform:rotate(-90deg)}
.${C.list}{flex:1 1 auto;min-height:0;position:relative}
.${C.sizer}{position:absolute;inset:0}
.${C.section}{display:flex;align-items:center;padding:0 12px;font-size:12px;color:#888;background:#fafafa}
.${C.cell}{display:flex;align-items:center;gap:10px;height:100%;padding:0 12px;cursor:pointer;border-bottom:1px solid #f5f5f5}
.${C.cell}:hover{background:#fafafa}
.${C.cellCurrent}{background:#fff5f2}
.${C.cellContainer}{display:flex;align-items:center;gap:10px;width:100%;min-width:0}
.${C.avatar}{flex:0 0 40px;width:40px;height:40px;border-radius:50%}
.${C.cellBody}{flex:1;min-width:0}
.${C.cellLine}{display:flex;align-items:center;gap:6px;min-width:0}
.${C.cellName}{flex:1;min-width:0;font-weight:500;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.${C.cellTime}{flex:0 0 auto;font-size:12px;color:#999}
.${C.cellMessage}{flex:1;min-width:0;color:#888;font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.${C.cellIndicator}{flex:0 0 auto;display:flex;align-items:center;color:#26aa99}
.${C.badge}{min-width:16px;height:16px;padding:0 4px;border-radius:8px;background:${ORANGE};color:#fff;font-size:11px;line-height:16px;text-align:center}
.${C.detail}{flex:1 1 auto;min-width:380px;display:flex;flex-direction:column;min-height:0}
.${C.detailHead}{flex:0 0 48px;display:flex;align-items:center;justify-content:space-between;padding:0 16px;border-bottom:1px solid #eee}
.${C.headName}{display:flex;align-items:center;gap:6px;font-weight:600;cursor:pointer}
.${C.headTools}{display:flex;gap:12px;color:#888;cursor:pointer}
.${C.chat}{flex:1 1 auto;display:flex;flex-direction:column;min-height:0;background:#f6f6f6}
.${C.messages}{flex:1 1 auto;display:flex;flex-direction:column;min-height:0}
.${C.pinned}{flex:0 0 auto;display:flex;gap:8px;align-items:center;margin:8px 12px 0;padding:8px;background:#fff;border-radius:4px;font-size:13px}
.${C.pinned} img{width:36px;height:36px;border-radius:2px;background:#eee}
.${C.pinnedName}{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.${C.pinnedPrice}{color:${ORANGE}}
.${C.container}{flex:1 1 auto;display:flex;flex-direction:column;min-height:0}
.${C.wrapA},.${C.wrapB}{flex:1 1 auto;display:flex;flex-direction:column;min-height:0}
.${C.section2}{flex:1 1 auto;min-height:0}
.${C.row}{padding:4px 16px;display:flex;flex-direction:column}
.${C.msg}{display:flex;flex-direction:column;max-width:70%}
.${C.msgIn}{align-self:flex-start;align-items:flex-start}
.${C.msgOut}{align-self:flex-end;align-items:flex-end}
.${C.bubble}{padding:8px 10px;border-radius:6px;background:#fff;box-shadow:0 1px 1px rgba(0,0,0,.05)}
.${C.msgOut} .${C.bubble}{background:#ffe8e1}
.${C.time}{display:inline-block;margin-left:8px;font-size:11px;color:#999;vertical-align:bottom}
.${C.auto}{font-size:11px;color:#999;margin-bottom:2px}
.${C.system}{align-self:center;max-width:85%;padding:6px 10px;font-size:12px;color:#777;text-align:center;background:#ececec;border-radius:4px}
.${C.card}{display:flex;gap:8px;padding:8px;background:#fff;border-radius:6px;width:240px}
.${C.card} img{width:48px;height:48px;background:#eee}
.${C.cardName}{font-size:13px;word-break:break-word}
.${C.cardPrice}{color:${ORANGE};font-size:13px}
.${C.photo}{display:flex;flex-direction:column;align-items:flex-end;padding:4px;background:#fff;border-radius:6px}
.${C.photo} img{width:160px;height:120px;display:block}
.${C.order}{flex:0 0 auto;margin:8px 12px 0;padding:8px;background:#fff;border-radius:4px;font-size:12px;color:#555}
.${C.input}{flex:0 0 auto;display:flex;flex-direction:column;background:#fff;border-top:1px solid #eee;padding:6px 12px 8px}
.${C.tools}{display:flex;gap:14px;color:#888;font-size:18px;padding:2px 0 6px}
.${C.tools} i{cursor:pointer}
.${C.field}{display:flex}
.${C.textarea}{flex:1;min-width:0;height:64px;resize:none;border:0;outline:0;font:inherit}
.${C.sendRow}{display:flex;justify-content:flex-end}
.${C.send}{display:flex;align-items:center;justify-content:center;width:36px;height:32px;color:#bbb;font-size:22px;cursor:pointer}
.${C.sendOn}{color:${ORANGE}}
.${C.empty}{flex:1;display:flex;align-items:center;justify-content:center;color:#999}
.${C.station}{flex:0 1 320px;min-width:180px;display:flex;flex-direction:column;border-left:1px solid #eee;min-height:0}
.${C.stationClosed}{display:none}
.${C.stationRoot}{display:flex;flex-direction:column;min-height:0;flex:1}
.${C.tabs}{flex:0 0 40px;display:flex;border-bottom:1px solid #eee}
.${C.tab}{flex:1;display:flex;align-items:center;justify-content:center;font-size:12px;font-weight:600;color:#777;cursor:pointer;white-space:nowrap;overflow:hidden}
.${C.tabOn}{color:${ORANGE};box-shadow:inset 0 -2px 0 ${ORANGE}}
.${C.stationBody}{flex:1;overflow-y:auto;padding:8px;min-height:0}
.${C.interest}{padding:8px;border:1px solid #f0f0f0;border-radius:4px;margin-bottom:8px;font-size:13px}
.${C.subtle}{font-size:12px;color:#888}
.${C.product}{display:flex;gap:8px;padding:8px 0;border-bottom:1px solid #f5f5f5;font-size:13px}
.${C.product} img{flex:0 0 40px;width:40px;height:40px;background:#eee}
.${C.productInfo}{flex:1;min-width:0}
.${C.productPrice}{color:${ORANGE}}
.${C.productSend}{flex:0 0 auto;align-self:center;padding:2px 10px;border:1px solid ${ORANGE};color:${ORANGE};border-radius:2px;cursor:pointer}
.${C.orderItem}{padding:8px 0;border-bottom:1px solid #f5f5f5;font-size:13px}
.${C.portal}{padding:24px}
`;
  document.head.append(h('style', {}, css));

  // --- Icons: our own shapes, in Shopee's <i class=icon><svg class="chat-icon"> form (14408696968) --

  const PATHS = {
    search: 'M7 2a5 5 0 104 8.2l3.4 3.4.8-.8-3.4-3.4A5 5 0 007 2zm0 1.2a3.8 3.8 0 110 7.6 3.8 3.8 0 010-7.6z',
    arrow: 'M3.5 6l4.5 4.5L12.5 6l-.9-.9L8 8.7 4.4 5.1z',
    check: 'M6.2 11.3L2.9 8l-.9.9 4.2 4.2 8-8-.9-.9z',
    send: 'M1.5 2.5L15 8 1.5 13.5 3.3 8zM3.3 8h6',
    emoji:
      'M8 1.5a6.5 6.5 0 110 13 6.5 6.5 0 010-13zM5.5 6a1 1 0 100 2 1 1 0 000-2zm5 0a1 1 0 100 2 1 1 0 000-2zM5 10h6a3 3 0 01-6 0z',
    image: 'M2 3h12v10H2zm1 1v7l3-3 2 2 3-3 2 2V4z',
    video: 'M2 4h8v8H2zm9 2l3-2v8l-3-2z',
    product: 'M3 5h10l-1 9H4zm2-2h6v2H5z',
    order: 'M4 2h8v12H4zm2 3h4v1H6zm0 3h4v1H6z',
    panel: 'M2 3h12v10H2zm8 1v8h3V4z',
  };
  const icon = (name, extra = '') =>
    h('i', { class: `${C.icon} ${C[`icon_${name}`]} ${extra}`.trim() }, svg(PATHS[name]));
  function svg(path) {
    const node = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    node.setAttribute('viewBox', '0 0 16 16');
    node.setAttribute('class', 'chat-icon');
    const p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    p.setAttribute('d', path);
    node.append(p);
    return node;
  }

  // --- A react-virtualized List: only the rows in view (plus a few) are in the DOM ------------------

  /**
   * Structure from index 14408696968 (react-virtualized markup copied from Shopee's chat): an
   * AutoSizer host > div style="overflow:visible;height:0;width:0" > div.ReactVirtualized__Grid
   * .ReactVirtualized__List[role=grid][aria-label=grid][aria-readonly=true][tabindex=0] (explicit
   * px width/height, overflow auto, will-change transform) > div.ReactVirtualized__Grid__
   * innerScrollContainer[role=rowgroup] (height = all rows, overflow hidden, position relative) >
   * one div per row with style position:absolute; top; height; left:0; width:100%, with an
   * AutoSizer .resize-triggers sibling. Rows being positioned by style top is also what public
   * bots sort by (index 23307722072, 56704079759). Only rendered rows exist: bots scroll and read
   * again to collect a whole list (71428051551 `_all_shopee_conversations`, 56704079759).
   */
  function virtualList({ host, gridClass, gridId, overscan, keyOf, heightOf, build, prepare }) {
    const grid = h('div', {
      'aria-label': 'grid',
      'aria-readonly': 'true',
      class: `ReactVirtualized__Grid ReactVirtualized__List ${gridClass}`,
      id: gridId,
      role: 'grid',
      tabindex: '0',
      style: {
        boxSizing: 'border-box',
        direction: 'ltr',
        height: '0px',
        position: 'relative',
        width: '0px',
        willChange: 'transform',
        overflowX: 'hidden',
        overflowY: 'auto',
      },
    });
    const inner = h('div', {
      class: 'ReactVirtualized__Grid__innerScrollContainer',
      role: 'rowgroup',
      style: {
        width: 'auto',
        height: '0px',
        maxWidth: '0px',
        maxHeight: '0px',
        overflow: 'hidden',
        position: 'relative',
      },
    });
    grid.append(inner);
    host.append(
      h('div', { style: { overflow: 'visible', height: '0px', width: '0px' } }, grid),
      h(
        'div',
        { class: 'resize-triggers' },
        h('div', { class: 'expand-trigger' }, h('div', {})),
        h('div', { class: 'contract-trigger' }),
      ),
    );

    let items = [];
    let tops = [];
    let heights = [];
    let total = 0;
    let width = 0;
    let height = 0;
    const rendered = new Map(); // key → element

    function relayout() {
      prepare?.(items, width);
      tops = [];
      heights = [];
      let y = 0;
      for (const item of items) {
        const rowHeight = heightOf(item, width);
        tops.push(y);
        heights.push(rowHeight);
        y += rowHeight;
      }
      total = y;
      inner.style.height = `${total}px`;
      inner.style.maxHeight = `${total}px`;
      inner.style.maxWidth = `${width}px`;
    }

    function firstVisible(top) {
      let low = 0;
      let high = items.length - 1;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (tops[mid] + heights[mid] <= top) low = mid + 1;
        else high = mid;
      }
      return low;
    }

    function render() {
      if (!items.length || !height) {
        inner.replaceChildren();
        rendered.clear();
        return;
      }
      const top = grid.scrollTop;
      let start = firstVisible(top);
      let end = start;
      while (end < items.length - 1 && tops[end + 1] < top + height) end++;
      start = Math.max(0, start - overscan);
      end = Math.min(items.length - 1, end + overscan);
      const wanted = [];
      const keep = new Set();
      for (let i = start; i <= end; i++) {
        const key = keyOf(items[i]);
        keep.add(key);
        let element = rendered.get(key);
        if (!element) {
          element = build(items[i]);
          rendered.set(key, element);
        }
        Object.assign(element.style, {
          height: `${heights[i]}px`,
          left: '0px',
          position: 'absolute',
          top: `${tops[i]}px`,
          width: '100%',
        });
        wanted.push(element);
      }
      for (const [key, element] of rendered) {
        if (!keep.has(key)) {
          element.remove();
          rendered.delete(key);
        }
      }
      // Put the rows in index order, moving only what is out of place (as React's keyed diff does).
      let cursor = inner.firstChild;
      for (const element of wanted) {
        if (element !== cursor) inner.insertBefore(element, cursor);
        else cursor = cursor.nextSibling;
      }
    }

    grid.addEventListener('scroll', render, { passive: true });

    // AutoSizer: the grid gets the host's size in px.
    let wantBottom = false; // a scroll to the end asked for before the grid had a size
    function atBottom() {
      return grid.scrollTop + grid.clientHeight >= grid.scrollHeight - 4;
    }
    new ResizeObserver(() => {
      const nextWidth = host.clientWidth;
      const nextHeight = host.clientHeight;
      if (nextWidth === width && nextHeight === height) return;
      const toBottom = wantBottom || (height > 0 && atBottom());
      width = nextWidth;
      height = nextHeight;
      grid.style.width = `${width}px`;
      grid.style.height = `${height}px`;
      relayout();
      if (toBottom && height) {
        grid.scrollTop = total;
        wantBottom = false;
      }
      render();
    }).observe(host);

    return {
      grid,
      inner,
      get width() {
        return width;
      },
      setItems(next, { keepBottom = false, toBottom = false } = {}) {
        const wasAtBottom = atBottom();
        items = next;
        relayout();
        if (toBottom || (keepBottom && wasAtBottom)) {
          grid.scrollTop = total;
          wantBottom = !height;
        }
        render();
      },
      refresh() {
        relayout();
        render();
      },
      render,
      atBottom,
      scrollTo(y) {
        grid.scrollTop = y === 'bottom' ? total : y === 'top' ? 0 : Number(y);
        render();
      },
      rowTop(index) {
        return tops[index];
      },
      itemIndex(predicate) {
        return items.findIndex(predicate);
      },
      clear() {
        for (const element of rendered.values()) element.remove();
        rendered.clear();
      },
    };
  }

  // --- Conversation list -------------------------------------------------------------------------

  /** List time: "14:23" today, "28/02/25" before (index 66495506108 reads both forms). */
  function listTime(ms) {
    if (Kit.daysAgo(ms, Date.now()) === 0) return clock(ms);
    const d = new Date(ms);
    return `${Kit.pad(d.getDate())}/${Kit.pad(d.getMonth() + 1)}/${String(d.getFullYear()).slice(2)}`;
  }

  function previewOf(m) {
    if (!m) return '';
    // Not evidenced: how a card or a photo is summarised in the row.
    if (m.kind === 'product') return `[Produk] ${m.product.name}`;
    if (m.kind === 'image') return '[Gambar]';
    return m.text;
  }

  const SECTION_HEIGHT = 32; // not evidenced (pixel sizes)
  const CELL_HEIGHT = 72; // not evidenced

  function listItems() {
    if (buyersCollapsed) return [];
    const byRecent = (a, b) => (lastMessage(b)?.at ?? 0) - (lastMessage(a)?.at ?? 0);
    const unreplied = conversations.filter((c) => !isReplied(c)).sort(byRecent);
    const replied = conversations.filter(isReplied).sort(byRecent);
    // "#tab_unreplied" ("Sem resposta (N)") and "#tab_manually_replied" ("Replied (N)") are rows of
    // the list, direct children of its innerScrollContainer, between which the cells sit
    // (index 56715062854, 56800195189). Indonesian wording is ours: not evidenced.
    const items = [{ type: 'section', id: 'tab_unreplied', label: `Belum Dibalas (${unreplied.length})` }];
    items.push(...unreplied.map((c) => ({ type: 'cell', conversation: c })));
    if (filter === 'all') {
      items.push({ type: 'section', id: 'tab_manually_replied', label: `Sudah Dibalas (${replied.length})` });
      items.push(...replied.map((c) => ({ type: 'cell', conversation: c })));
    }
    return items;
  }

  function buildListItem(item) {
    if (item.type === 'section') {
      return h('div', { id: item.id, class: C.section }, item.label);
    }
    const c = item.conversation;
    const last = lastMessage(c);
    const current = c.id === openId;
    // The indicator after -cell-message: the unread count, or a tick when the shop answered last
    // (index 66495506108: "filled = replied, empty = the buyer spoke last"; 56715062854 reads the
    // unread badge there).
    let indicator = null;
    if (c.unread > 0) indicator = h('div', { class: C.badge }, String(c.unread));
    else if (isReplied(c)) indicator = icon('check');
    // Each child of the innerScrollContainer is a positioned wrapper holding the cell root
    // (56715062854: children[i].querySelector('[data-cy="webchat-conversation-cell-root"]')).
    return h(
      'div',
      {},
      h(
        'div',
        {
          // The open row's data-cy reads "webchat-conversation-cell-root-current" (index
          // 71428051551 compares it exactly; rows are matched with ^= for that reason).
          'data-cy': current ? 'webchat-conversation-cell-root-current' : 'webchat-conversation-cell-root',
          class: `${C.cell}${current ? ` ${C.cellCurrent}` : ''}`,
          // React's onClick sits on the cell root (71428051551 calls root[__reactProps$].onClick).
          onclick: () => selectConversation(c.id),
        },
        // cell-container holds the name, time and snippet (66495506108; cindung selectors.js
        // uses it as the clickable cell). Nesting container-inside-root: not evidenced.
        h(
          'div',
          { 'data-cy': 'webchat-conversation-cell-container', class: C.cellContainer },
          // The avatar is an <img> inside the root (71428051551: root.querySelector('img')).
          h('img', { class: C.avatar, alt: '', src: avatarUrl(c.buyer) }),
          h(
            'div',
            { class: C.cellBody },
            h(
              'div',
              { class: C.cellLine },
              // The name, also in title (49732869336 and 56715062854 read the title).
              h(
                'div',
                { 'data-cy': 'webchat-conversation-cell-name', class: C.cellName, title: c.buyer },
                c.buyer,
              ),
              h(
                'div',
                { 'data-cy': 'webchat-conversation-cell-timestamp', class: C.cellTime },
                last ? listTime(last.at) : '',
              ),
            ),
            h(
              'div',
              { class: C.cellLine },
              h(
                'div',
                { 'data-cy': 'webchat-conversation-cell-message', class: C.cellMessage },
                h(
                  'div',
                  { 'data-cy': 'webchat-conversation-cell-content-text', title: previewOf(last) },
                  previewOf(last),
                ),
              ),
              h('div', { class: C.cellIndicator }, indicator),
            ),
          ),
        ),
      ),
    );
  }

  // --- Messages ----------------------------------------------------------------------------------

  function buildMessage(m) {
    let body;
    if (m.from === 'system') {
      // data-cy="webchat-message-system" = a system message (index 23307722072). Inner markup:
      // not evidenced (public parsers only read its data-cy or a hashed class, 49732869336).
      body = h(
        'div',
        { 'data-cy': 'webchat-message-system', class: `${C.msg} ${C.system}` },
        h('div', {}, m.text),
      );
    } else {
      const outgoing = m.from !== 'buyer';
      let bubble;
      if (m.kind === 'product') {
        // A product card has a [title] name and a price, and no <pre> (index 62132109375).
        bubble = h(
          'div',
          { class: C.card },
          h('img', { alt: '', src: photoUrl('produk') }),
          h(
            'div',
            {},
            h('div', { class: C.cardName, title: m.product.name }, m.product.name),
            h('div', { class: C.cardPrice }, m.product.price),
            h('div', { class: C.time }, clock(m.at)),
          ),
        );
      } else if (m.kind === 'image') {
        // A photo is a plain <img> in the message (56704079759 counts `img` as an attachment).
        bubble = h(
          'div',
          { class: C.photo },
          h('img', { alt: '', src: m.image }),
          h('div', { class: C.time }, clock(m.at)),
        );
      } else {
        // Text in pre > div, the time in a div nested in that div: textContent reads
        // "Boa noite21:47" (index 56715062854, 56704079759); 71428051551 matches the text nodes of
        // `[data-cy="webchat-message-send"] pre > div`.
        bubble = h(
          'div',
          { class: C.bubble },
          h(
            'pre',
            { class: C.pre },
            h('div', { class: C.text }, m.text, h('div', { class: C.time }, clock(m.at))),
          ),
        );
      }
      body = h(
        'div',
        {
          // send = the shop, receive = the buyer (index 71428051551, 56715062854, 23307722072).
          'data-cy': outgoing ? 'webchat-message-send' : 'webchat-message-receive',
          class: `${C.msg} ${outgoing ? C.msgOut : C.msgIn}`,
        },
        // Auto-replies carry a marker element of their own inside the message (a hashed class in
        // index 62132109375). Its wording is ours: not evidenced.
        m.from === 'auto' ? h('div', { class: C.auto }, 'Balasan otomatis') : null,
        bubble,
      );
    }
    // Row: the positioned cell holds a div whose class ends in a literal "undefined"
    // ("DEwekPN7v2 undefined", index 49732869336) around the data-cy element (62132109375).
    return h('div', {}, h('div', { class: `${C.row} undefined` }, body));
  }

  // Row heights as react-virtualized's CellMeasurer finds them: render off-screen, read, cache. The
  // measuring box is in the document only while it measures.
  const measurer = h('div', {
    style: { position: 'absolute', left: '-10000px', top: '0', visibility: 'hidden' },
  });
  const measured = new Map(); // `${id}:${width}` → px
  function measure(items, width) {
    const missing = items.filter((m) => !measured.has(`${m.id}:${width}`));
    if (!missing.length || !width) return;
    measurer.style.width = `${width}px`;
    const nodes = missing.map((m) => buildMessage(m).firstChild);
    measurer.replaceChildren(...nodes);
    document.body.append(measurer);
    missing.forEach((m, i) => {
      measured.set(`${m.id}:${width}`, Math.ceil(nodes[i].getBoundingClientRect().height));
    });
    measurer.replaceChildren();
    measurer.remove();
  }

  // --- Layout ------------------------------------------------------------------------------------

  const app = document.getElementById('app');

  function topbar() {
    return h(
      'header',
      { class: C.topbar },
      h('div', { class: C.logo }, 'Shopee Seller Centre'),
      h(
        'nav',
        {},
        h('a', { href: '/portal/product/list' }, 'Produk Saya'),
        h('a', { href: '/portal/sale/order' }, 'Pesanan Saya'),
        h('a', { href: '/new-webchat/conversations', onclick: linkClick }, 'Chat'),
      ),
    );
  }

  function linkClick(event) {
    event.preventDefault();
    navigate(event.currentTarget.getAttribute('href'));
  }

  // List pane: [data-cy="webchat-conversation-list-wrapper"] holds the filters and
  // [data-cy="webchat-conversation-list"], whose ReactVirtualized innerScrollContainer holds the rows
  // (cindung/auto_reply_shopee src/selectors.js; index 56715062854).
  const filterAll = h(
    'div',
    { 'data-cy': 'webchat-conversation-filter-filter-all', class: C.filter },
    'Semua Chat',
  );
  const filterNew = h(
    'div',
    { 'data-cy': 'webchat-conversation-filter-filter-new', class: C.filter },
    'Belum Dibalas',
  );
  const buyersGroup = h('div', { class: C.group }, h('div', {}, 'Semua Pembeli'), icon('arrow'));
  const listHost = h('div', { class: C.sizer });
  const listPane = h(
    'div',
    { 'data-cy': 'webchat-conversation-list-wrapper', class: C.listPane },
    h(
      'div',
      { class: C.listHead },
      // The search box: .shopee-react-input with input.shopee-react-input__input, prefix icon and
      // clear button (index 14408696968; 61450881351 finds it by placeholder "Cari Semua").
      h(
        'div',
        { class: `shopee-react-input ${C.searchBox}` },
        h(
          'div',
          { class: 'shopee-react-input__inner shopee-react-input__inner--normal' },
          h('div', { class: 'shopee-react-input__prefix' }, h('span', {}, icon('search'))),
          h('input', { class: 'shopee-react-input__input', type: 'input', placeholder: 'Cari Semua' }),
          h(
            'div',
            { class: 'shopee-react-input__suffix' },
            h('i', { tabindex: '-1', class: 'shopee-react-input__clear-btn' }),
          ),
        ),
      ),
      // Filters: data-cy "webchat-conversation-filter-filter-new" (unreplied) and "-filter-all"
      // (index 49732869336); "Semua Chat" / "Semua Pembeli" are clicked by text in the list wrapper
      // (cindung src/store.js). "Semua Pembeli" is a group with an <i> arrow that rotates when
      // collapsed (index 71428051551, "Tất cả Người mua").
      h(
        'div',
        { class: C.filters },
        filterAll,
        filterNew,
        // A .shopee-react-dropdown sits in the list's header too, holding a label and an <i> arrow
        // (14408696968: "Tất cả" beside the search), so that class is no anchor for the chat header.
        // What it offers here: not evidenced (it does nothing).
        h('div', { class: 'shopee-react-dropdown' }, h('div', { class: C.filter }, 'Terbaru', icon('arrow'))),
      ),
      buyersGroup,
    ),
    h('div', { 'data-cy': 'webchat-conversation-list', class: C.list }, listHost),
  );
  filterAll.addEventListener('click', () => setFilter('all'));
  filterNew.addEventListener('click', () => setFilter('new'));
  buyersGroup.addEventListener('click', () => {
    buyersCollapsed = !buyersCollapsed;
    buyersGroup.classList.toggle(C.groupClosed, buyersCollapsed);
    renderList();
  });

  const conversationList = virtualList({
    host: listHost,
    gridClass: C.listGrid,
    overscan: 5, // not evidenced (react-virtualized's own default is 10)
    keyOf: (item) =>
      item.type === 'section'
        ? `${item.id}:${item.label}`
        : `${item.conversation.id}:${item.conversation.rev}:${item.conversation.id === openId}`,
    heightOf: (item) => (item.type === 'section' ? SECTION_HEIGHT : CELL_HEIGHT),
    build: buildListItem,
  });

  // Detail pane. [data-cy="webchat-conversation-detail"] is the open conversation (56704079759
  // searches it for the order card); [data-cy="webchat-conversation-detail-chat"] its chat area
  // (62132109375). The header: a .shopee-react-dropdown holding the name and an <i> arrow, as in
  // Shopee's mini chat (14408696968); the new-webchat header itself is not evidenced.
  const headName = h('div', { class: C.headNameText });
  const panelToggle = icon('panel');
  const header = h(
    'div',
    { class: C.detailHead },
    h('div', { class: 'shopee-react-dropdown' }, h('div', { class: C.headName }, headName, icon('arrow'))),
    h('div', { class: C.headTools }, panelToggle), // not evidenced: a control for the right panel
  );
  panelToggle.addEventListener('click', () => setStation(!stationOpen));

  const topCards = h('div', { class: C.topCards });
  const messageSection = h('div', {
    id: 'messageSection',
    class: C.section2,
    style: { position: 'relative' },
  });
  // #messagesContainer holds the pinned product/order card (23307722072: "#messagesContainer >
  // div.<x> > div.<y>") and the messages (62132109375). Wrappers with a literal "null" class around
  // #messageSection[style=position:relative] (14408696968: "uSCzLeGnGd null", "MjLuVfkgAr null").
  // Where [data-cy="webchat-conversation-detail-message-container"] sits in that chain: not
  // evidenced (71428051551 treats it as the message list, like #message-virtualized-list).
  const messagesContainer = h(
    'div',
    { id: 'messagesContainer', class: C.messages },
    topCards,
    h(
      'div',
      { 'data-cy': 'webchat-conversation-detail-message-container', class: C.container },
      h('div', { class: `${C.wrapA} null` }, h('div', { class: `${C.wrapB} null` }, messageSection)),
    ),
  );
  const messageList = virtualList({
    host: messageSection,
    gridClass: C.messageGrid,
    // The grid's id is literally "#message-virtualized-list", '#' included (14408696968; bots
    // query it as '\\#message-virtualized-list', 49732869336 and 22199278664).
    gridId: '#message-virtualized-list',
    overscan: 3, // not evidenced
    keyOf: (m) => m.id,
    heightOf: (m, width) => measured.get(`${m.id}:${width}`) ?? 40,
    build: buildMessage,
    prepare: measure,
  });

  // The chat box: [data-cy="webchat-conversation-detail-input"] > #inputField > textarea (index
  // 56715062854) with a hashed class ("E2MWg3w8y6", 61450881351/49732869336) and the placeholder
  // "Tulis pesan" (61450881351). The input area holds several <i> icons; the send icon is an <i>
  // inside a div, not a button: "<div class=x><i class=y><svg class=chat-icon>" (61450881351),
  // and its React onClick is on the <i> (71428051551 clicks the <i> whose handler sends text).
  const textarea = h('textarea', { class: C.textarea, placeholder: 'Tulis pesan' });
  const sendIcon = icon('send');
  const sendWrap = h('div', { class: C.send }, sendIcon);
  const inputArea = h(
    'div',
    { 'data-cy': 'webchat-conversation-detail-input', class: C.input },
    // Toolbar icons: not evidenced which ones; the several <i> beside the send one are
    // (71428051551 filters `[data-cy=...-input] i` down to the one that sends).
    h('div', { class: C.tools }, icon('emoji'), icon('image'), icon('video'), icon('product'), icon('order')),
    h('div', { id: 'inputField', class: C.field }, textarea),
    h('div', { class: C.sendRow }, sendWrap),
  );
  const detailChat = h(
    'div',
    { 'data-cy': 'webchat-conversation-detail-chat', class: C.chat },
    messagesContainer,
    inputArea,
  );
  const detail = h('div', { 'data-cy': 'webchat-conversation-detail', class: C.detail }, header, detailChat);
  const emptyDetail = h(
    'div',
    { class: C.detail },
    h('div', { class: C.empty }, 'Pilih chat untuk mulai membalas pembeli'),
  );

  // Right panel: #workstation (index 62132109375) holding [data-cy="webchat-station-root"], whose
  // buyer-interest card has a checkbox with the product id as value, a [title] name styled with
  // word-break and a [title] price (56715062854). Tabs in capitals with "PRODUK", a "Semua" sub
  // filter, a "Cari Nama Produk" search and a "Kirim" per product (60814458160). Nesting
  // station-root inside #workstation, the "PESANAN" tab and the order list: not evidenced.
  const stationBody = h('div', { class: C.stationBody });
  const tabProduk = h('div', { class: C.tab }, 'PRODUK');
  const tabPesanan = h('div', { class: C.tab }, 'PESANAN');
  tabProduk.addEventListener('click', () => setStationTab('produk'));
  tabPesanan.addEventListener('click', () => setStationTab('pesanan'));
  const station = h(
    'div',
    { id: 'workstation', class: C.station },
    h(
      'div',
      { 'data-cy': 'webchat-station-root', class: C.stationRoot },
      h('div', { class: C.tabs }, tabPesanan, tabProduk),
      stationBody,
    ),
  );

  const body = h('div', { class: C.body }, listPane, detail, station);
  const chatView = h('div', { class: C.app }, topbar(), body);

  // --- Composer: a React-like controlled textarea -------------------------------------------------

  const composer = Kit.controlledTextarea(textarea, (value) => {
    const c = find(openId);
    if (!c) return;
    c.draft = value.slice(0, MAX_LENGTH);
    renderComposer();
  });

  function renderComposer() {
    const draft = find(openId)?.draft ?? '';
    composer.render(draft);
    // Not evidenced: how the send icon looks when there is nothing to send (a hashed class only).
    sendWrap.classList.toggle(C.sendOn, draft.trim().length > 0);
  }

  // Enter sends, Shift+Enter breaks the line (index 56715062854; 49732869336 types Shift+Enter
  // between lines). Composition (IME) keys never send.
  textarea.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    send();
  });
  sendIcon.addEventListener('click', () => send());

  function send() {
    const c = find(openId);
    const text = c?.draft ?? '';
    if (!c || text.trim().length === 0) return;
    addMessage(c, message('seller', text, Date.now()));
    c.draft = '';
    renderComposer(); // the chat box empties after sending (71428051551 waits for that)
  }

  // --- Rendering ---------------------------------------------------------------------------------

  function renderList() {
    filterAll.classList.toggle(C.filterOn, filter === 'all');
    filterNew.classList.toggle(C.filterOn, filter === 'new');
    conversationList.setItems(listItems());
  }

  function renderTopCards(c) {
    const cards = [];
    if (c.pinnedProduct) {
      // The product the buyer came from, pinned above the messages (23307722072, 62132109375).
      cards.push(
        h(
          'div',
          { class: C.pinned },
          h('img', { alt: '', src: photoUrl('produk') }),
          h(
            'div',
            { style: { minWidth: '0' } },
            h('div', { class: C.pinnedName }, c.pinnedProduct.name),
            h('div', { class: C.pinnedPrice }, c.pinnedProduct.price),
          ),
        ),
      );
    }
    if (c.orderCard) {
      // An order summary card at the start of the messages (56704079759: "you are talking about
      // this order", with a ship-by date). Wording is ours.
      cards.push(
        h(
          'div',
          { class: C.order },
          h('div', {}, 'Kamu sedang membicarakan pesanan ini'),
          h('div', {}, `No. Pesanan ${c.orderCard.no}`),
          h('div', {}, c.orderCard.item),
          h('div', {}, `Status: ${c.orderCard.status}`),
        ),
      );
    }
    topCards.replaceChildren(...cards);
  }

  function renderMessages({ toBottom = false } = {}) {
    const c = find(openId);
    if (!c) return;
    messageList.setItems(c.messages, { keepBottom: true, toBottom });
  }

  function renderStation() {
    station.classList.toggle(C.stationClosed, !stationOpen);
    tabProduk.classList.toggle(C.tabOn, stationTab === 'produk');
    tabPesanan.classList.toggle(C.tabOn, stationTab === 'pesanan');
    const c = find(openId);
    const parts = [];
    if (stationTab === 'produk') {
      if (c?.interest) {
        parts.push(
          h(
            'div',
            { class: C.interest },
            h('div', { class: C.subtle }, 'Minat Pembeli'),
            h(
              'label',
              { class: C.product },
              h('input', { type: 'checkbox', value: c.interest.id }),
              h(
                'div',
                { class: C.productInfo },
                h('div', { title: c.interest.name, style: { wordBreak: 'break-word' } }, c.interest.name),
                h('div', { class: C.productPrice, title: c.interest.price }, c.interest.price),
              ),
            ),
          ),
        );
      }
      parts.push(
        h('div', { class: C.filters }, h('div', { class: `${C.filter} ${C.filterOn}` }, 'Semua')),
        h(
          'div',
          { class: `shopee-react-input ${C.searchBox}`, style: { margin: '8px 0' } },
          h(
            'div',
            { class: 'shopee-react-input__inner shopee-react-input__inner--normal' },
            h('input', {
              class: 'shopee-react-input__input',
              type: 'input',
              placeholder: 'Cari Nama Produk',
            }),
          ),
        ),
      );
      for (const product of Object.values(PRODUCTS)) {
        const sendProduct = h('div', { class: C.productSend }, 'Kirim');
        sendProduct.addEventListener('click', () => {
          const open = find(openId);
          if (open) addMessage(open, message('seller', '', Date.now(), { kind: 'product', product }));
        });
        parts.push(
          h(
            'div',
            { class: C.product },
            h('img', { alt: '', src: photoUrl('produk') }),
            h(
              'div',
              { class: C.productInfo },
              h('div', { title: product.name, style: { wordBreak: 'break-word' } }, product.name),
              h('div', { class: C.productPrice, title: product.price }, product.price),
              h('div', { class: C.subtle }, `Stok ${product.stock ?? '-'}`),
            ),
            sendProduct,
          ),
        );
      }
    } else {
      const orders = c?.orders ?? [];
      if (!orders.length) parts.push(h('div', { class: C.subtle }, 'Belum ada pesanan dari pembeli ini.'));
      for (const order of orders) {
        parts.push(
          h(
            'div',
            { class: C.orderItem },
            h('div', { class: C.subtle }, `No. Pesanan ${order.no}`),
            h('div', {}, order.item),
            h('div', { class: C.subtle }, order.status),
          ),
        );
      }
    }
    stationBody.replaceChildren(...parts);
  }

  function renderDetail({ switched }) {
    const c = find(openId);
    const current = body.children[1];
    if (!c) {
      if (current !== emptyDetail) body.replaceChild(emptyDetail, current);
      return;
    }
    if (current !== detail) body.replaceChild(detail, current);
    headName.textContent = c.buyer;
    if (switched) {
      renderTopCards(c);
      messageList.clear();
      renderMessages({ toBottom: true });
    }
    renderComposer();
  }

  function renderChat({ switched = false } = {}) {
    if (app.firstChild !== chatView) app.replaceChildren(chatView);
    renderList();
    renderDetail({ switched });
    renderStation();
  }

  function renderPortal() {
    app.replaceChildren(
      h(
        'div',
        { class: C.app },
        topbar(),
        h(
          'main',
          { class: C.portal },
          h('h1', {}, 'Produk Saya'),
          h('p', {}, 'Halaman ini bukan chat.'),
          h('a', { href: '/new-webchat/conversations', onclick: linkClick }, 'Buka Chat'),
        ),
      ),
    );
  }

  function renderUnknownLayout() {
    app.replaceChildren(
      h(
        'main',
        { class: C.portal },
        h('h1', {}, 'Shopee Chat sedang diperbarui'),
        h('p', {}, 'Silakan coba beberapa saat lagi.'),
      ),
    );
  }

  function render({ switched = false } = {}) {
    if (layout === 'unknown') return renderUnknownLayout();
    if (!CHAT_PATH.test(location.pathname)) return renderPortal();
    renderChat({ switched });
  }

  // --- Behaviour ---------------------------------------------------------------------------------

  /** Opening a chat keeps the URL: the path never holds a conversation id (index 60814458160). */
  function selectConversation(id) {
    const c = find(id);
    if (!c) throw new Error(`no conversation ${id}`);
    const switched = id !== openId;
    const previous = find(openId);
    openId = id;
    if (c.unread) {
      c.unread = 0;
      touch(c);
    }
    if (previous) touch(previous);
    touch(c);
    render({ switched });
    textarea.focus();
  }

  function addMessage(c, m) {
    c.messages.push(m);
    touch(c);
    if (c.id === openId) {
      renderList();
      // Own messages scroll to the end; others only when the reader was already there.
      renderMessages({ toBottom: m.from !== 'buyer' });
    } else {
      renderList();
    }
    return m.id;
  }

  function setFilter(next) {
    filter = next;
    renderList();
  }

  function setStation(open) {
    stationOpen = Boolean(open);
    renderStation();
  }

  function setStationTab(tab) {
    stationTab = tab;
    renderStation();
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
    marketplace: 'shopee',
    layout,
    /** A buyer message arrives now (default: in the open conversation). Returns its id. */
    receiveBuyerMessage(text, options = {}) {
      const c = targetOf(options);
      if (c.id !== openId) c.unread += 1;
      return addMessage(c, message('buyer', String(text), Date.now()));
    },
    /** The shop replies from another device (Seller Centre app, another agent): the draft stays. */
    sendAsShop(text, options = {}) {
      return addMessage(targetOf(options), message('seller', String(text), Date.now()));
    },
    /** Opens a conversation the way a click on its row does (also when its row is scrolled away). */
    openConversation(id) {
      if (!CHAT_PATH.test(location.pathname)) navigate('/new-webchat/conversations');
      selectConversation(id);
    },
    /** In-page navigation (history.pushState) to any path; /portal/... renders a non-chat view. */
    navigate,
    /** Scrolls the open chat's message grid: 'top', 'bottom' or a pixel offset. */
    scrollMessages(to) {
      messageList.scrollTo(to);
    },
    /** Scrolls the conversation list: 'top', 'bottom' or a pixel offset. */
    scrollConversations(to) {
      conversationList.scrollTo(to);
    },
    /** Opens or closes the page's own right-hand panel (buyer, products, orders). */
    setRightPanel(open) {
      setStation(open);
    },
    /** The app's own state: what it would send, and what it shows. */
    state() {
      const c = find(openId);
      const draft = c?.draft ?? '';
      return {
        marketplace: 'shopee',
        layout,
        path: location.pathname,
        conversationId: c?.id ?? null,
        buyerName: c?.buyer ?? null,
        composer: draft,
        sendEnabled: draft.trim().length > 0,
        rightPanelOpen: stationOpen,
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
