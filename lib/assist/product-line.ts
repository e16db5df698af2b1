import { formatRupiah } from '../catalog/answer';
import { catalogMessages } from '../catalog/messages';
import type { Product, ProductVariant } from '../catalog/types';
import { type Lang, t } from '../i18n';
import { assistMessages as m } from './messages';
import type { VariantMatch } from './variant';

// One line about a product, for the variant the buyer asked about: "Hijab Pashmina Ceruty — Mocca:
// Rp35.000, stok 12". Prices as lib/catalog/answer.ts writes them; a sold-out variant says "habis"
// and an unknown stock "stok tanyakan", as the full product answer does.

/** Options listed after "tersedia:": a chat line, not the catalog. */
const MAX_LISTED = 8;

function stockText(stock: number | null, lang: Lang): string {
  if (stock === null) return t(m.stockUnknown, undefined, lang);
  if (stock === 0) return t(catalogMessages.stockSoldOut, undefined, lang);
  return t(m.stock, { n: stock }, lang);
}

function variantFacts(variant: ProductVariant, lang: Lang): string {
  return `${formatRupiah(variant.price)}, ${stockText(variant.stock, lang)}`;
}

/** "tersedia: Dusty Pink, Sage, Hitam": the variants in stock (or of unknown stock). */
function availableText(product: Product, lang: Lang): string {
  const open = product.variants.filter((v) => v.stock !== 0);
  if (open.length === 0) return t(m.allSoldOut, undefined, lang);
  const listed = open.slice(0, MAX_LISTED).map((v) => v.name);
  const more = open.length - listed.length;
  if (more > 0) listed.push(t(catalogMessages.moreVariants, { count: more }, lang));
  return `${t(m.available, undefined, lang)}: ${listed.join('; ')}`;
}

function priceText(product: Product, lang: Lang): string {
  const prices = new Set(product.variants.map((v) => v.price));
  const price = formatRupiah(product.price);
  return prices.size > 1 ? t(catalogMessages.priceFrom, { price }, lang) : price;
}

/**
 * The line for `product` as the buyer asked about it: the variants named (one, or a few on one
 * line), the named options it does not have with what it has instead, or, asked generally, its
 * price and stock with the options in stock.
 */
export function productLine(product: Product, match: VariantMatch | null, lang: Lang): string {
  if (match && match.variants.length > 0) {
    const facts = match.variants.map((v) => `${v.name}: ${variantFacts(v, lang)}`).join('; ');
    return `${product.name} — ${facts}`;
  }
  if (match) {
    const asked = [...match.named, ...match.missing].join(' ');
    return `${product.name} — ${asked}: ${t(m.notAvailable, undefined, lang)}; ${availableText(product, lang)}`;
  }
  const general = `${product.name}: ${priceText(product, lang)}, ${stockText(product.stock, lang)}`;
  return product.variants.length > 0 ? `${general} (${availableText(product, lang)})` : general;
}
