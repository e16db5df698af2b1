import { formatRupiah } from '../catalog/answer';
import type { Product } from '../catalog/types';
import { DAY_NAMES, MONTH_NAMES_ID } from '../hours/calendar-names';

// Fills a snippet's variables. A missing value never leaves a raw "{...}" in the chat: it becomes a
// visible gap ("[Nomor resi]", "[toko]") or, for the buyer's name, disappears with the space before
// it so "Halo Kak {pembeli}," reads "Halo Kak,"; either way it is listed in `missing` so the sidebar
// can say what to complete before sending.
//
// Variables (names are case-insensitive, "{ Pembeli }" works too):
//   {pembeli}  buyer's name            {toko}      shop name           {jam_buka}  ctx.hours
//   {salam}    Selamat pagi/siang/sore/malam by the agent's local clock (ctx.now)
//   {hari}     "Selasa"                {tanggal}   "24 November 2026"  (Indonesian, local date)
//   {produk}   the product's name only, so it reads naturally inside a sentence
//   {harga}    its price in Rupiah; "Rp59.000–Rp79.000" when its variants differ
//   {kursor}   removed; the caret goes there (`cursor`, UTF-16 units, the unit of DOM selections)
//   {isi:Label} a fill-in field from ctx.fields[Label] (see `fieldsOf` to ask for them first)
// Unknown names ("{nama}") stay as typed: a typo then shows in the draft instead of silently
// vanishing, and the editor can warn with `unknownVariables` before the template is saved.

export interface RenderContext {
  buyerName?: string;
  shopName?: string;
  now: Date;
  product?: Product;
  hours?: string;
  fields?: Record<string, string>;
}

export interface Rendered {
  text: string;
  /** Where the caret goes ({kursor}), in UTF-16 units of `text`; null when the template has none. */
  cursor: number | null;
  /** The variables (or fill-in labels) that had no value, in order of appearance, once each. */
  missing: string[];
}

export const VARIABLES = [
  'pembeli',
  'toko',
  'salam',
  'hari',
  'tanggal',
  'jam_buka',
  'produk',
  'harga',
  'kursor',
] as const;

// Anything in braces on one line; the name decides whether it is ours.
const BRACED = /\{([^{}\n]*)\}/g;
const FIELD_PREFIX = /^isi\s*:/i;

/** Selamat pagi 04:00–10:59, siang 11:00–14:59, sore 15:00–17:59, malam 18:00–03:59 (local time). */
export function greetingFor(now: Date): string {
  const h = now.getHours();
  if (h >= 4 && h < 11) return 'Selamat pagi';
  if (h >= 11 && h < 15) return 'Selamat siang';
  if (h >= 15 && h < 18) return 'Selamat sore';
  return 'Selamat malam';
}

function priceOf(product: Product): string {
  const prices = product.variants.map((v) => v.price).filter((p) => Number.isFinite(p));
  if (prices.length < 2) return formatRupiah(product.price);
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  return low === high ? formatRupiah(low) : `${formatRupiah(low)}–${formatRupiah(high)}`;
}

type Part = { kind: 'text'; value: string } | { kind: 'gap' } | { kind: 'cursor' };

/** What one braced name becomes; `null` = not a variable of ours, keep the braces as typed. */
function resolve(inner: string, ctx: RenderContext, missing: string[]): Part | null {
  const name = inner.trim();
  const marker = (label: string): Part => {
    missing.push(label);
    return { kind: 'text', value: `[${label}]` };
  };
  const given = (value: string | undefined): string | undefined => value?.trim() || undefined;
  if (FIELD_PREFIX.test(name)) {
    const label = name.replace(FIELD_PREFIX, '').trim();
    if (!label) return null;
    const value = given(ctx.fields?.[label]);
    return value ? { kind: 'text', value } : marker(label);
  }
  const text = (value: string): Part => ({ kind: 'text', value });
  switch (name.toLowerCase()) {
    case 'pembeli': {
      const buyer = given(ctx.buyerName);
      if (buyer) return text(buyer);
      // "Halo Kak" is a complete greeting; "Halo Kak [pembeli]" would read as a mistake to the buyer.
      missing.push('pembeli');
      return { kind: 'gap' };
    }
    case 'toko':
      return given(ctx.shopName) ? text(given(ctx.shopName)!) : marker('toko');
    case 'salam':
      return text(greetingFor(ctx.now));
    case 'hari':
      return text(DAY_NAMES.id[ctx.now.getDay()]!);
    case 'tanggal':
      return text(`${ctx.now.getDate()} ${MONTH_NAMES_ID[ctx.now.getMonth()]} ${ctx.now.getFullYear()}`);
    case 'jam_buka':
      return given(ctx.hours) ? text(given(ctx.hours)!) : marker('jam_buka');
    case 'produk':
      return ctx.product && given(ctx.product.name) ? text(ctx.product.name.trim()) : marker('produk');
    case 'harga':
      return ctx.product ? text(priceOf(ctx.product)) : marker('harga');
    case 'kursor':
      return { kind: 'cursor' };
    default:
      return null;
  }
}

export function renderSnippet(template: string, ctx: RenderContext): Rendered {
  const missing: string[] = [];
  let out = '';
  let cursor: number | null = null;
  let from = 0;
  for (const m of template.matchAll(BRACED)) {
    const part = resolve(m[1]!, ctx, missing);
    if (!part) continue; // stays in the text as typed, copied with the next slice
    out += template.slice(from, m.index);
    from = m.index + m[0].length;
    if (part.kind === 'text') {
      out += part.value;
      continue;
    }
    if (part.kind === 'cursor') cursor ??= out.length;
    // Nothing was inserted: close the gap the way a person would have typed the sentence. A cursor
    // right after the gap is looked through; the space is then taken from before the gap instead.
    const rest = template.slice(from);
    const after = part.kind === 'gap' ? rest.replace(/^(?:\{\s*kursor\s*\})+/i, '') : rest;
    const adjacent = after.length === rest.length;
    if (part.kind === 'gap' && !/^\s*[\p{L}\p{N}]/u.test(after)) out = out.replace(/,( ?)$/, '$1');
    if (out === '' || out.endsWith(' ') || out.endsWith('\n')) {
      const spaceFollows = after.startsWith(' ');
      if (spaceFollows && adjacent && (part.kind === 'gap' || out === '' || out.endsWith(' '))) from += 1;
      else if (part.kind === 'gap' && out.endsWith(' ') && (spaceFollows || /^($|[\n,.!?;:)])/.test(after)))
        out = out.slice(0, -1);
    }
    if (cursor != null) cursor = Math.min(cursor, out.length);
  }
  out += template.slice(from);
  return { text: out, cursor, missing: [...new Set(missing)] };
}

/** The `{isi:…}` fill-in fields a template asks for, in order, once each: the form to open first. */
export function fieldsOf(template: string): string[] {
  const labels = [...template.matchAll(BRACED)]
    .map((m) => m[1]!.trim())
    .filter((name) => FIELD_PREFIX.test(name))
    .map((name) => name.replace(FIELD_PREFIX, '').trim())
    .filter(Boolean);
  return [...new Set(labels)];
}

/** Braced names that are not variables ("{nama}"): for the editor to warn about before saving. */
export function unknownVariables(template: string): string[] {
  const unknown = [...template.matchAll(BRACED)]
    .filter((m) => resolve(m[1]!, { now: new Date(0) }, []) === null)
    .map((m) => m[0]);
  return [...new Set(unknown)];
}
