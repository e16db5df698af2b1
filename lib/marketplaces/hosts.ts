// The only hosts Sigap runs on. Used by the manifest (content-script matches and web-accessible
// resources) and by the adapters. Whole hosts are matched because the chat pages are single-page
// apps: a seller can land on the dashboard and navigate into chat without a reload. Whether the
// sidebar mounts is decided per URL by each adapter's `isChatPage`.
export const MARKETPLACE_HOST_PATTERNS = [
  'https://seller.shopee.co.id/*',
  'https://seller.tokopedia.com/*',
  'https://seller-id.tokopedia.com/*',
];
