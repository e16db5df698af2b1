import { getLang, type Lang, t } from '../i18n';
import { catalogMessages as m } from './messages';
import type { Product } from './types';
import { formatWeight } from './weight';

// The text the agent inserts for a product: point by point, one fact per line, from a template the
// shop can edit. Placeholders use Indonesian names ({nama}, {harga}, {stok}, {varian}, {berat},
// {link}, {sku}, {kategori}, {deskripsi}) with English aliases ({name}, {price}, {stock}, {variants},
// {weight}, {url}, {category}, {description}). A line whose placeholders are all empty is left out, so a product
// without variants or without a link gets no "Varian:" or "Link:" line instead of a blank one.

/** Variants listed in full; more are summarised ("dan 4 lainnya") to keep a chat reply short. */
const MAX_VARIANTS_LISTED = 8;
/** Longest {deskripsi}: a chat answer, not the product page. */
const DESCRIPTION_CHARS = 300;

/** 125000 → "Rp125.000" (Indonesian grouping, no space, no decimals), as marketplaces show prices. */
export function formatRupiah(amount: number): string {
  const rounded = Math.round(Math.abs(amount));
  const grouped = String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 && rounded !== 0 ? '-' : ''}Rp${grouped}`;
}

export function defaultAnswerTemplate(lang?: Lang): string {
  return t(m.answerTemplate, undefined, lang);
}

function hasPriceRange(product: Product): boolean {
  return new Set(product.variants.map((v) => v.price)).size > 1;
}

function priceText(product: Product, lang?: Lang): string {
  const price = formatRupiah(product.price);
  return hasPriceRange(product) ? t(m.priceFrom, { price }, lang) : price;
}

function stockText(stock: number | null, lang?: Lang): string {
  if (stock === null) return t(m.stockUnknown, undefined, lang);
  if (stock === 0) return t(m.stockSoldOut, undefined, lang);
  return String(stock);
}

/** "Hitam (Rp59.000), Putih (Rp62.000, habis)": price only when variants differ, "habis" when 0. */
function variantsText(product: Product, lang?: Lang): string {
  const withPrice = hasPriceRange(product);
  const listed = product.variants.slice(0, MAX_VARIANTS_LISTED).map((v) => {
    const details: string[] = [];
    if (withPrice) details.push(formatRupiah(v.price));
    if (v.stock === 0) details.push(t(m.stockSoldOut, undefined, lang));
    return details.length > 0 ? `${v.name} (${details.join(', ')})` : v.name;
  });
  const more = product.variants.length - listed.length;
  if (more > 0) listed.push(t(m.moreVariants, { count: more }, lang));
  return listed.join(', ');
}

function shortDescription(text: string | undefined): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > DESCRIPTION_CHARS ? `${flat.slice(0, DESCRIPTION_CHARS - 1).trimEnd()}…` : flat;
}

function placeholderValues(product: Product, lang?: Lang): Record<string, string> {
  const values = {
    nama: product.name,
    harga: priceText(product, lang),
    stok: stockText(product.stock, lang),
    varian: variantsText(product, lang),
    berat: product.weight == null ? '' : formatWeight(product.weight, lang ?? getLang()),
    link: product.url ?? '',
    sku: product.sku,
    kategori: product.category ?? '',
    deskripsi: shortDescription(product.description),
  };
  return {
    ...values,
    name: values.nama,
    price: values.harga,
    stock: values.stok,
    variants: values.varian,
    weight: values.berat,
    url: values.link,
    category: values.kategori,
    description: values.deskripsi,
  };
}

/**
 * The product answer from `template` (default: the built-in one in `lang`, default the UI language).
 * Unknown placeholders are kept as typed, so a mistake in an edited template shows.
 */
export function productAnswer(product: Product, template?: string, lang?: Lang): string {
  const values = placeholderValues(product, lang);
  const lines = (template ?? defaultAnswerTemplate(lang)).split(/\r?\n/);
  const out: string[] = [];
  for (const line of lines) {
    let placeholders = 0;
    let filled = 0;
    const text = line.replace(/\{(\w+)\}/g, (whole, key: string) => {
      if (!(key in values)) return whole;
      placeholders++;
      if (values[key] !== '') filled++;
      return values[key]!;
    });
    if (placeholders > 0 && filled === 0) continue;
    out.push(text);
  }
  return out.join('\n').trim();
}

/** The short form for Alt+Enter: "Kaos Polos Hitam - Rp59.000". */
export function productShortAnswer(product: Product, lang?: Lang): string {
  return `${product.name} - ${priceText(product, lang)}`;
}
