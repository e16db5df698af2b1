import type { CatalogParse, CatalogSource } from '../../lib/catalog/import';

// Which kind of export the user dropped, for the preview's "Terdeteksi" line. The parser maps
// columns by header names whatever the source; this only tells the user that the file was recognised.

export type CatalogLayout = 'shopee' | 'shopee-mass-update' | 'tiktok-batch-edit' | 'tokopedia' | 'generic';

/** Columns only Shopee's mass-update/export templates have. */
const SHOPEE_HEADERS = /^(sku induk|kode variasi|nama variasi|no\.? integrasi produk|kode integrasi)$/i;

/**
 * A marketplace bulk-edit download the parser read by its keys says so itself (`parse.template`).
 * Otherwise `mapping` is the parse result's header text → field: Tokopedia marks its required
 * columns with an asterisk ("Nama Produk*", "Harga (Rp)*"); Shopee has its variation/parent-SKU
 * columns.
 */
export function detectLayout({
  mapping,
  template,
}: Pick<CatalogParse, 'mapping' | 'template'>): CatalogLayout {
  if (template) return template;
  const headers = Object.keys(mapping).map((h) => h.trim());
  if (headers.some((h) => SHOPEE_HEADERS.test(h))) return 'shopee';
  if (headers.filter((h) => /\*$/.test(h) && /^(nama produk|harga|stok)/i.test(h)).length >= 2) {
    return 'tokopedia';
  }
  return 'generic';
}

export type DelimiterName = 'comma' | 'semicolon' | 'tab' | 'other';

export function delimiterName(source: CatalogSource): DelimiterName {
  switch (source.delimiter) {
    case ',':
      return 'comma';
    case ';':
      return 'semicolon';
    case '\t':
      return 'tab';
    default:
      return 'other';
  }
}
