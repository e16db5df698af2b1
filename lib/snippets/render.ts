import { formatRupiah } from '../catalog/answer';
import type { Product } from '../catalog/types';

// Fills a snippet's variables. A missing value never leaves a raw "{...}" in the chat: the variable
// becomes a visible gap ("[Nomor resi]") or, for the buyer's name, disappears so "Halo Kak {pembeli}"
// reads "Halo Kak"; either way it is listed in `missing` so the sidebar can say so.
//
// Variables: {pembeli} {toko} {salam} {hari} {tanggal} {jam_buka} {produk} {harga} {kursor}
// {isi:Label}. Unknown names stay as typed, so a typo in a template shows instead of vanishing.

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
  missing: string[];
}

const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** Selamat pagi 04:00–10:59, siang 11:00–14:59, sore 15:00–17:59, malam 18:00–03:59 (local time). */
export function greetingFor(now: Date): string {
  const h = now.getHours();
  if (h >= 4 && h < 11) return 'Selamat pagi';
  if (h >= 11 && h < 15) return 'Selamat siang';
  if (h >= 15 && h < 18) return 'Selamat sore';
  return 'Selamat malam';
}

const VARIABLE = /\{(isi:[^}]+|[a-z_]+)\}/g;
const CURSOR = '{kursor}';

export function renderSnippet(template: string, ctx: RenderContext): Rendered {
  const missing: string[] = [];
  const gap = (label: string) => {
    missing.push(label);
    return `[${label}]`;
  };
  const value = (name: string, whole: string): string => {
    if (name.startsWith('isi:')) {
      const label = name.slice(4).trim();
      const given = ctx.fields?.[label]?.trim();
      return given ? given : gap(label);
    }
    switch (name) {
      case 'pembeli':
        if (ctx.buyerName?.trim()) return ctx.buyerName.trim();
        missing.push('pembeli');
        return '';
      case 'toko':
        return ctx.shopName?.trim() || gap('toko');
      case 'salam':
        return greetingFor(ctx.now);
      case 'hari':
        return DAYS[ctx.now.getDay()]!;
      case 'tanggal':
        return `${ctx.now.getDate()} ${MONTHS[ctx.now.getMonth()]} ${ctx.now.getFullYear()}`;
      case 'jam_buka':
        return ctx.hours?.trim() || gap('jam_buka');
      case 'produk':
        return ctx.product ? ctx.product.name : gap('produk');
      case 'harga':
        return ctx.product ? formatRupiah(ctx.product.price) : gap('harga');
      default:
        return whole;
    }
  };

  // The cursor is placed on the rendered text, so it is located after every other variable is filled.
  const [before, ...after] = template.split(CURSOR);
  const fill = (part: string) => part.replace(VARIABLE, (whole, name: string) => value(name, whole));
  const head = tidy(fill(before ?? ''));
  if (after.length === 0) return { text: head, cursor: null, missing: [...new Set(missing)] };
  let tail = tidy(fill(after.join('')));
  if (head.endsWith(' ') && tail.startsWith(' ')) tail = tail.slice(1);
  return { text: head + tail, cursor: head.length, missing: [...new Set(missing)] };
}

/** A variable that rendered empty may leave "Kak ," or a double space: close those gaps. */
function tidy(text: string): string {
  return text.replace(/ {2,}/g, ' ').replace(/ +([,.!?])/g, '$1');
}

/** The `{isi:…}` fill-in fields a template asks for, in order, once each: the form to open first. */
export function fieldsOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{isi:([^}]+)\}/g)].map((m) => m[1]!.trim()))];
}
