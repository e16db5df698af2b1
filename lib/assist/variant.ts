import type { Product, ProductVariant } from '../catalog/types';
import { CLAUSE, normalizeTokens } from './normalize';
import { colourLabel, colourName, isVariantToken, VARIANT_UNITS } from './variant-words';

// Which of a product's variants the buyer names: "mocca", "uk L", "42", "hitam", "yang 2 meter".
//
// A variant name is read as options separated by commas, each in its slot: "Hitam, M" is colour
// "Hitam" in slot 0 and size "M" in slot 1 (Shopee and Tokopedia exports join a product's two
// variation levels that way, and lib/catalog/map-rows.ts keeps it). An option is named when the
// buyer writes one of its distinctive words: a word not shared by every option of its slot, so
// "brown" names "Switch Brown" but "switch" names none of the three switches. Colours are compared
// by name ("black" = "Hitam", "coklat" = "Cokelat"). The variants returned are those that agree
// with every slot the buyer named: "hitam" on a shirt in M, L and XL gives the three black ones,
// "hitam L" the one. A buyer who names nothing of this product asked generally: null.

export interface VariantMatch {
  sku: string;
  /** Variants agreeing with every option the buyer named, in the order the buyer named them. */
  variants: ProductVariant[];
  /** The product's options the buyer named, as the catalog spells them ("Mocca", "L"). */
  named: string[];
  /** Options the buyer named that this product does not have ("Mocca" on a hijab without it). */
  missing: string[];
  /** When `variants` is empty: those agreeing with at least one named option, for "ada yang lain". */
  alternatives: ProductVariant[];
  /** Named options per slot (option index into `slotValues`), to carry into a follow-up question. */
  mentions: Map<number, Set<number>>;
}

interface Slot {
  /** Display text of each option of the slot, as the catalog spells it. */
  values: string[];
  /** Canonical words of each option. */
  words: string[][];
  /** The words of each option that tell it apart from the others of its slot. */
  distinctive: string[][];
}

interface Options {
  slots: Slot[];
  /** For each variant, its option index in each slot (-1 when the variant has no such slot). */
  choice: number[][];
}

/** After a number: it counts or measures something else ("3 pcs", "30 hari"), so it names no option. */
const QUANTITY_AFTER = new Set([
  'pcs',
  'pc',
  'biji',
  'buah',
  'lusin',
  'pasang',
  'set',
  'x',
  'kali',
  'lembar',
  'pack',
  'hari',
  'minggu',
  'bulan',
  'tahun',
  'jam',
  'menit',
  'cm',
  'ribu',
  'rb',
  'k',
  'orang',
]);
const LETTER_SIZE = /^(?:x*[sl]|m)$/;

/** Canonical words of option text: normalised, colours by name. */
function canonicalWords(text: string): string[] {
  return normalizeTokens(text)
    .filter((w) => w !== CLAUSE)
    .map((w) => colourName(w) ?? w);
}

const cache = new WeakMap<Product, Options>();

function optionsOf(product: Product): Options {
  const cached = cache.get(product);
  if (cached) return cached;
  const slots: Slot[] = [];
  const choice = product.variants.map((variant) =>
    variant.name.split(',').map((part, s) => {
      const text = part.trim();
      slots[s] ??= { values: [], words: [], distinctive: [] };
      const slot = slots[s]!;
      let k = slot.values.findIndex((v) => v.toLowerCase() === text.toLowerCase());
      if (k < 0) {
        k = slot.values.push(text) - 1;
        slot.words.push(canonicalWords(text));
      }
      return k;
    }),
  );
  for (const slot of slots) {
    const shared =
      slot.words.length < 2
        ? new Set<string>()
        : new Set(slot.words[0]!.filter((w) => slot.words.every((ws) => ws.includes(w))));
    slot.distinctive = slot.words.map((ws) => {
      const own = ws.filter((w) => !shared.has(w));
      // A unit alone ("gr" of "250 gr") tells nothing apart; its number does.
      const telling = own.filter((w) => !VARIANT_UNITS.has(w) || own.length === 1);
      return telling.length > 0 ? telling : own;
    });
  }
  const options = { slots, choice };
  cache.set(product, options);
  return options;
}

/** Where in `words` the buyer names `word` (an option's distinctive word), or -1. */
function namedAt(words: readonly string[], word: string, optionWords: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== word) continue;
    const prev = words[i - 1] ?? '';
    const next = words[i + 1] ?? '';
    if (LETTER_SIZE.test(word)) {
      // "2 m" is two metres and "30 s" a yarn count, not sizes M and S.
      if (/^\d+$/.test(prev)) continue;
      return i;
    }
    if (/^\d+$/.test(word)) {
      if (QUANTITY_AFTER.has(next)) continue;
      // A one-digit number is a quantity ("Mocca 1") unless its unit follows ("2 meter", "1 kg").
      if (word.length === 1 && !(optionWords.includes(next) || VARIANT_UNITS.has(next))) continue;
      return i;
    }
    return i;
  }
  return -1;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The variants of `product` the buyer's `text` names, or null when it names none of its options
 * (a general question) or the product has no variants. `previous`, the match of an earlier question
 * about the same product, fills the slots this text leaves open ("ready warna hitam? ukuran L
 * ada?" asks for black in L).
 */
export function matchVariants(
  text: string,
  product: Product,
  previous?: VariantMatch | null,
): VariantMatch | null {
  if (product.variants.length === 0) return null;
  const { slots, choice } = optionsOf(product);
  const tokens = normalizeTokens(text).map((w) => colourName(w) ?? w);

  const mentions = new Map<number, Set<number>>();
  const firstAt = new Map<string, number>(); // `${slot}:${option}` → position
  const covered = new Set<number>(); // token positions that named an option
  slots.forEach((slot, s) => {
    slot.distinctive.forEach((distinct, k) => {
      let at = -1;
      for (const word of distinct) {
        const i = namedAt(tokens, word, slot.words[k]!);
        if (i >= 0 && (at < 0 || i < at)) at = i;
        if (i >= 0) covered.add(i);
      }
      if (at < 0) return;
      if (!mentions.has(s)) mentions.set(s, new Set());
      mentions.get(s)!.add(k);
      firstAt.set(`${s}:${k}`, at);
    });
  });

  // Options the buyer named that no option of this product has: a colour word or a size (not a
  // word of the product's own name: "hitam" in "Kaos Polos Hitam" names the product).
  const ownName = new Set(canonicalWords(product.name));
  const missing: string[] = [];
  tokens.forEach((w, i) => {
    if (covered.has(i) || ownName.has(w)) return;
    const isColour = colourName(w) !== null;
    const isSize =
      !isColour &&
      isVariantToken(tokens, i) &&
      !VARIANT_UNITS.has(w) &&
      !QUANTITY_AFTER.has(tokens[i + 1] ?? '');
    if (!isColour && !isSize) return;
    if (slots.some((slot) => slot.words.some((ws) => ws.includes(w)))) return;
    const shown = colourLabel(w) ?? (LETTER_SIZE.test(w) ? w.toUpperCase() : capitalise(w));
    if (!missing.includes(shown)) missing.push(shown);
  });

  if (previous && previous.sku === product.sku)
    for (const [s, ks] of previous.mentions) if (!mentions.has(s)) mentions.set(s, new Set(ks));
  if (mentions.size === 0 && missing.length === 0) return null;

  const agrees = (v: number, all: boolean) => {
    const checks = [...mentions].map(([s, ks]) => ks.has(choice[v]![s] ?? -1));
    return all ? checks.every(Boolean) : checks.some(Boolean);
  };
  const position = (v: number) =>
    Math.min(
      ...[...mentions.keys()].map((s) => firstAt.get(`${s}:${choice[v]![s]}`) ?? Number.MAX_SAFE_INTEGER),
    );
  const order = (list: number[]) => list.sort((a, b) => position(a) - position(b) || a - b);
  const indices = product.variants.map((_, v) => v);
  const matching = mentions.size > 0 ? order(indices.filter((v) => agrees(v, true))) : [];
  const alternatives =
    matching.length === 0 && mentions.size > 0 ? indices.filter((v) => agrees(v, false)) : [];
  const named = [...mentions].flatMap(([s, ks]) =>
    [...ks]
      .sort((a, b) => (firstAt.get(`${s}:${a}`) ?? 0) - (firstAt.get(`${s}:${b}`) ?? 0))
      .map((k) => slots[s]!.values[k]!),
  );
  return {
    sku: product.sku,
    variants: matching.map((v) => product.variants[v]!),
    named,
    missing,
    alternatives: alternatives.map((v) => product.variants[v]!),
    mentions,
  };
}

/** The one variant the buyer names, or null when they name none, several, or one the product lacks. */
export function matchVariant(text: string, product: Product): ProductVariant | null {
  const match = matchVariants(text, product);
  return match && match.variants.length === 1 ? match.variants[0]! : null;
}
