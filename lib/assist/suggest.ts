import { productAnswer } from '../catalog/answer';
import type { SearchHit } from '../catalog/search';
import type { Product } from '../catalog/types';
import type { Schedule } from '../hours/schedule';
import type { Lang } from '../i18n';
import type { MessageSender } from '../marketplaces/types';
import { detectIntents, INTENTS, type Intent } from './intents';
import { productLine } from './product-line';
import { productQuery } from './query';
import { type Question, splitQuestions } from './questions';
import { composeReply, type Reply, type SnippetIntent } from './reply';
import { matchVariants, type VariantMatch } from './variant';

// Saran: from the buyer messages no seller message has answered yet, what the agent most likely
// sends — the products asked about (with the variant picked out), the shop's snippets that fit
// (damaged goods → its SOP, a bare "halo" → greeting and asking the need), and, for several
// questions, one point-by-point reply. Pure: the sidebar gives it the page's messages, the catalog
// search and the snippets, and renders the result.
//
// Only buyer messages are read: the agent's draft never reaches this module, and seller or
// auto-reply messages only mark where the unanswered part begins (as the reply clock counts it: an
// auto-reply answers nothing).

export interface SaranMessage {
  from: MessageSender;
  text: string;
}

/** The fields of a snippet Saran needs: the database row and the defaults both have them. */
export interface SaranSnippet {
  id: string;
  title: string;
  category: string;
  body: string;
  trigger: string | null;
}

export type SaranItem<S extends SaranSnippet = SaranSnippet> =
  | { kind: 'reply'; key: string; reply: Reply }
  | { kind: 'product'; key: string; product: Product; match: VariantMatch | null; answer: string }
  | { kind: 'snippet'; key: string; snippet: S; trigger: string; reason: SnippetReason };

export type SnippetReason = SnippetIntent | 'need' | 'sold-out';

export interface Saran<S extends SaranSnippet = SaranSnippet> {
  /** Every intent of the unanswered messages, in the order of INTENTS. */
  intents: Intent[];
  questions: Question[];
  /** Best first: one key inserts items[0]. */
  items: SaranItem<S>[];
}

export interface SaranInput<S extends SaranSnippet> {
  messages: readonly SaranMessage[];
  /** The catalog search (best first), or null while the catalog loads. */
  search: ((query: string) => readonly SearchHit[]) | null;
  snippets: readonly S[];
  /** The snippet's text for this buyer (gaps for what is missing), about `product` when given. */
  renderSnippet(snippet: S, product: Product | null): string;
  /** The shop's product answer template ('' or absent: the built-in one). */
  answerTemplate?: string;
  lang: Lang;
  now: Date;
  schedule: Schedule;
  cutoff: string;
}

/** Earlier buyer messages read for the product when the unanswered ones name none ("warna apa aja?"). */
const CONTEXT_MESSAGES = 6;
/** Search hits below this score are noise (a word that happened to match a description). */
const MIN_SCORE = 0.3;
/** Products scoring within this share of the best are shown with it. */
const NEAR_BEST = 0.8;
export const MAX_PRODUCTS = 3;

/** Buyer messages after the last seller message (oldest first), and the buyer's earlier ones. */
export function unansweredBuyerTexts(messages: readonly SaranMessage[]): {
  unanswered: string[];
  earlier: string[];
} {
  let last = -1;
  messages.forEach((m, i) => {
    if (m.from === 'seller') last = i;
  });
  const buyer = (list: readonly SaranMessage[]) =>
    list.filter((m) => m.from === 'buyer' && m.text.trim() !== '').map((m) => m.text);
  return {
    unanswered: buyer(messages.slice(last + 1)),
    earlier: buyer(messages.slice(0, last + 1)).slice(-CONTEXT_MESSAGES),
  };
}

/**
 * The products a message names. Only a message that asks about a product or complains names one,
 * or one that is a product's name (the product card a buyer sends shows as its name): "makasih
 * kak, kaosnya sudah sampai" and "tolong dikabari secepatnya" are not searched at all.
 */
function productsIn(text: string, search: SaranInput<SaranSnippet>['search']): Product[] {
  if (!search) return [];
  const intents = detectIntents(text);
  const query = productQuery(text);
  if (!query) return [];
  const asks = intents.some((i) => i !== 'greeting' && i !== 'thanks');
  if (!asks && (intents.length > 0 || query.split(' ').length < 2)) return [];
  const hits = search(query);
  const best = hits[0];
  if (!best || best.score < MIN_SCORE) return [];
  return hits.filter((h) => h.score >= best.score * NEAR_BEST).map((h) => h.product);
}

const SNIPPETS_FOR: Record<SnippetReason, { triggers: string[]; category?: string }> = {
  greeting: { triggers: ['salam', 'hi'], category: 'greeting' },
  need: { triggers: ['bantu', 'help'], category: 'need' },
  thanks: { triggers: ['makasih', 'thanks'], category: 'closing' },
  damaged: { triggers: ['rusak', 'damaged'] },
  'wrong-item': { triggers: ['salahkirim', 'wrongitem'] },
  late: { triggers: ['telat', 'late'] },
  refund: { triggers: ['refund'] },
  cod: { triggers: ['cod'] },
  'sold-out': { triggers: ['habis', 'soldout'] },
};

/** The shop's snippet for a reason: by its default trigger, else the first of its category. */
function snippetFor<S extends SaranSnippet>(snippets: readonly S[], reason: SnippetReason): S | null {
  const { triggers, category } = SNIPPETS_FOR[reason];
  for (const trigger of triggers) {
    const found = snippets.find((s) => s.trigger?.toLowerCase() === trigger);
    if (found) return found;
  }
  return (category && snippets.find((s) => s.category === category)) || null;
}

const COMPLAINTS: readonly Intent[] = ['damaged', 'wrong-item', 'late', 'refund'];
const PRODUCT_INTENTS: readonly Intent[] = ['stock', 'price', 'variant'];

export function buildSaran<S extends SaranSnippet>(input: SaranInput<S>): Saran<S> | null {
  const { unanswered, earlier } = unansweredBuyerTexts(input.messages);
  if (unanswered.length === 0) return null;

  const intentSet = new Set(unanswered.flatMap((text) => detectIntents(text)));
  const intents = INTENTS.filter((i) => intentSet.has(i));
  const questions = splitQuestions(unanswered);

  // Products: each unanswered message's own, newest first; else the latest earlier buyer message
  // that names one (the product under discussion).
  const own = unanswered.map((text) => productsIn(text, input.search));
  const products: Product[] = [];
  for (let i = own.length - 1; i >= 0; i--)
    for (const p of own[i]!) if (!products.some((q) => q.sku === p.sku)) products.push(p);
  const complaint = COMPLAINTS.some((i) => intentSet.has(i));
  const productAsked = PRODUCT_INTENTS.some((i) => intentSet.has(i));
  if (products.length === 0 && (productAsked || complaint))
    for (let i = earlier.length - 1; i >= 0 && products.length === 0; i--)
      products.push(...productsIn(earlier[i]!, input.search));
  products.splice(MAX_PRODUCTS);

  // What the buyer said about a product: the messages naming it and those after them that name no
  // other product ("Kak sneakers putih 42 ready?" "Kalau yang hitam 42?").
  const textAbout = (product: Product): string => {
    const parts: string[] = [];
    let about = own.every((list) => list.length === 0);
    own.forEach((list, i) => {
      if (list.length > 0) about = list.some((p) => p.sku === product.sku);
      if (about) parts.push(unanswered[i]!);
    });
    return parts.join('\n');
  };
  const productFor = (question: Question): Product | null => {
    for (let i = question.message; i >= 0; i--) if (own[i]!.length > 0) return own[i]![0]!;
    return products[0] ?? null;
  };

  const productItems: SaranItem<S>[] = products.map((product) => {
    const match = matchVariants(textAbout(product), product);
    return {
      kind: 'product',
      key: `product:${product.sku}`,
      product,
      match,
      // About the variant asked for; the full answer when the buyer asked generally.
      answer: match
        ? productLine(product, match, input.lang)
        : productAnswer(product, input.answerTemplate || undefined, input.lang),
    };
  });

  // A variant the buyer named is sold out (or the product they asked about): offer the shop's
  // "habis, boleh warna/ukuran lain?" too.
  const soldOut = productItems.some(
    (item) =>
      item.kind === 'product' &&
      (item.match && item.match.variants.length > 0
        ? item.match.variants.some((v) => v.stock === 0)
        : item.product.stock === 0),
  );
  const reasons: SnippetReason[] = [
    ...(COMPLAINTS.filter((i) => intentSet.has(i)) as SnippetReason[]),
    ...(intentSet.has('cod') ? (['cod'] as const) : []),
    ...(soldOut ? (['sold-out'] as const) : []),
    ...(intentSet.has('greeting') ? (['greeting'] as const) : []),
    // A bare greeting: ask what they need. A buyer who asked something has said it.
    ...(intentSet.has('greeting') && !intents.some((i) => i !== 'greeting' && i !== 'thanks')
      ? (['need'] as const)
      : []),
    ...(intentSet.has('thanks') ? (['thanks'] as const) : []),
  ];
  const snippetItems: SaranItem<S>[] = [];
  for (const reason of reasons) {
    const snippet = snippetFor(input.snippets, reason);
    if (!snippet?.trigger || snippetItems.some((s) => s.kind === 'snippet' && s.snippet.id === snippet.id))
      continue;
    snippetItems.push({
      kind: 'snippet',
      key: `snippet:${snippet.id}`,
      snippet,
      trigger: `/${snippet.trigger}`,
      reason,
    });
  }

  // The reply is proposed for several questions, and for a question only it can answer: "bisa
  // dikirim hari ini?" is answered from the shop's hours, by no product and no snippet.
  const asked = questions.filter((q) => !q.social);
  const reply =
    asked.length >= 2 || asked.some((q) => q.intents.includes('shipping-time'))
      ? composeReply(questions, {
          lang: input.lang,
          now: input.now,
          schedule: input.schedule,
          cutoff: input.cutoff,
          productFor,
          snippetFor: (intent) => {
            const snippet = snippetFor(input.snippets, intent);
            return snippet ? input.renderSnippet(snippet, products[0] ?? null) : null;
          },
        })
      : null;
  const replyItems: SaranItem<S>[] = reply ? [{ kind: 'reply', key: 'reply', reply }] : [];

  // Best first. A complaint is answered with the shop's SOP before anything else; several
  // questions with the point-by-point reply; a product question with the product.
  const complaintSnippets = snippetItems.filter(
    (s) => s.kind === 'snippet' && (COMPLAINTS as readonly string[]).includes(s.reason),
  );
  const otherSnippets = snippetItems.filter((s) => !complaintSnippets.includes(s));
  const items = complaint
    ? [...complaintSnippets, ...replyItems, ...productItems, ...otherSnippets]
    : reply
      ? [...replyItems, ...productItems, ...snippetItems]
      : productAsked
        ? [...productItems, ...snippetItems]
        : [...snippetItems, ...productItems];
  return { intents, questions, items };
}
