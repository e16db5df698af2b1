// The only hosts Sigap runs on. Used by the manifest (content-script matches and web-accessible
// resources) and by the adapters. Whole hosts are matched because the chat pages are single-page
// apps: a seller can land on the dashboard and navigate into chat without a reload. Whether the
// sidebar mounts is decided per URL by each adapter's `isChatPage`.
//
// Sources (the `search` tool's code index; see shared/research/real-chat-dom.md):
// - Shopee runs one seller-chat app, /new-webchat/conversations, on every regional Seller Centre:
//   seller.shopee.co.id (cindung/auto_reply_shopee src/config.js; index 61733006328), banhang.shopee.vn
//   (67261698901, 71148828014), seller.shopee.co.th (61488308339), seller.shopee.com.br (56715062854,
//   60161900623), seller.shopee.tw (49732869336), seller.shopee.com (61412463222 queries tabs of
//   seller.shopee.com/new-webchat/conversations); seller.shopee.com.my/webchat/conversations in a 2026-02
//   document (23307722072); seller.shopee.sg/webchat (58517131603); seller.shopee.ph in a userscript's
//   @match list beside .sg and .com.my (61941680188).
// - TikTok Shop's seller centre serves the same chat inbox (/chat/inbox/current) per region:
//   seller-id.tokopedia.com for Indonesia since the Tokopedia merger (42008436165, 17174805854),
//   seller-vn (71061397173), seller-us (59301024271), seller-br (61060847765), seller-my (68623754636),
//   seller-uk (61224017084) .tiktok.com, and seller.tiktokshopglobalselling.com (65933882536);
//   seller-ph/-sg/-th follow the same regional pattern (decision: listed, as no other host name is
//   known for those markets).
// - The classic Tokopedia seller chat: seller.tokopedia.com/chat (a 2021 saved page, TokopediaBot).

export const SHOPEE_SELLER_HOSTS = [
  'seller.shopee.co.id',
  'seller.shopee.com.my',
  'seller.shopee.ph',
  'seller.shopee.sg',
  'seller.shopee.co.th',
  'banhang.shopee.vn',
  'seller.shopee.com.br',
  'seller.shopee.tw',
  'seller.shopee.com',
] as const;

export const TIKTOK_SHOP_SELLER_HOSTS = [
  'seller-id.tokopedia.com',
  'seller-my.tiktok.com',
  'seller-ph.tiktok.com',
  'seller-sg.tiktok.com',
  'seller-th.tiktok.com',
  'seller-vn.tiktok.com',
  'seller-us.tiktok.com',
  'seller-uk.tiktok.com',
  'seller-br.tiktok.com',
  'seller.tiktokshopglobalselling.com',
] as const;

/** The classic Tokopedia seller chat, an older layout the Tokopedia adapter still reads. */
export const TOKOPEDIA_CLASSIC_HOSTS = ['seller.tokopedia.com'] as const;

export const MARKETPLACE_HOSTS: readonly string[] = [
  ...SHOPEE_SELLER_HOSTS,
  ...TOKOPEDIA_CLASSIC_HOSTS,
  ...TIKTOK_SHOP_SELLER_HOSTS,
];

export const MARKETPLACE_HOST_PATTERNS = MARKETPLACE_HOSTS.map((host) => `https://${host}/*`);
