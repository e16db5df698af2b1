import type { Product } from '../catalog/types';
import type { Schedule } from '../hours/schedule';
import { type Lang, t } from '../i18n';
import type { Intent } from './intents';
import { assistMessages as m } from './messages';
import { productLine } from './product-line';
import type { Question } from './questions';
import { shippingLine } from './shipping';
import { matchVariants, type VariantMatch } from './variant';

// The point-by-point reply: one line per question, in the buyer's order, each filled from what
// Sigap knows — the catalog (the product and the variant asked about), the shop's hours (can it
// ship today), or the shop's own snippet (the damaged-goods SOP, …). What it cannot know is left as a
// visible gap, "[…]" with the question in it, for the agent to fill before sending: a guess would
// go out as a fact. A greeting opens the reply and thanks close it, with the shop's snippets.

export type LineSource = 'catalog' | 'hours' | 'snippet' | 'gap';

export interface ReplyLine {
  text: string;
  source: LineSource;
  /** The question it answers; absent for the opening and closing lines. */
  question?: string;
}

export interface Reply {
  lines: ReplyLine[];
  /** The lines as one message. */
  text: string;
  /** How many lines are gaps for the agent. */
  gaps: number;
}

/** Intents a snippet answers, by the shop's own text for them. */
export type SnippetIntent = 'greeting' | 'thanks' | 'damaged' | 'wrong-item' | 'late' | 'refund' | 'cod';

export interface ReplyContext {
  lang: Lang;
  now: Date;
  schedule: Schedule;
  /** Same-day cut-off, "HH:MM"; empty for the end of the working day. */
  cutoff: string;
  /** The product a question is about (its own words, or the one the burst is about), or null. */
  productFor(question: Question): Product | null;
  /** The shop's snippet for an intent, rendered for this buyer, or null when it has none. */
  snippetFor(intent: SnippetIntent): string | null;
}

const PRODUCT_INTENTS: ReadonlySet<Intent> = new Set(['stock', 'price', 'variant']);
const COMPLAINTS: ReadonlySet<Intent> = new Set(['damaged', 'wrong-item', 'late', 'refund']);
/** Complaints first: a buyer with a broken item wants that answered before anything else. */
const SNIPPET_INTENTS: readonly SnippetIntent[] = ['damaged', 'wrong-item', 'late', 'refund', 'cod'];
const ASKS_ARRIVAL = /sampai|sampe|nyampe|tiba|estimasi|berapa hari|brp hari|lama/i;

export const gap = (what: string) => `[… ${what}]`;

function linesFor(question: Question, ctx: ReplyContext, carry: Map<string, VariantMatch>): ReplyLine[] {
  const lines: ReplyLine[] = [];
  const add = (text: string, source: LineSource) => lines.push({ text, source, question: question.text });
  const intents = new Set(question.intents);

  // In a complaint a colour or size tells what arrived ("yang datang hitam, saya pesan putih"): it
  // asks for no product line, only a stock or price question does.
  const complaint = question.intents.some((i) => COMPLAINTS.has(i));
  const asksProduct = question.intents.some((i) => PRODUCT_INTENTS.has(i) && !(complaint && i === 'variant'));
  if (asksProduct) {
    const product = ctx.productFor(question);
    if (product) {
      const match = matchVariants(question.text, product, carry.get(product.sku));
      if (match) carry.set(product.sku, match);
      add(productLine(product, match, ctx.lang), 'catalog');
    } else add(gap(`${t(m.productGap, undefined, ctx.lang)}: ${question.text}`), 'gap');
  }
  if (intents.has('shipping-time')) {
    const line = shippingLine(ctx.schedule, ctx.cutoff, ctx.now, ctx.lang);
    if (!line) add(gap(`${t(m.shipUnknown, undefined, ctx.lang)}: ${question.text}`), 'gap');
    else {
      const arrival = ASKS_ARRIVAL.test(question.text)
        ? ` ${t(m.arrival, { gap: t(m.arrivalGap, undefined, ctx.lang) }, ctx.lang)}`
        : '';
      add(line + arrival, 'hours');
    }
  }
  for (const intent of SNIPPET_INTENTS) {
    if (!intents.has(intent)) continue;
    const text = ctx.snippetFor(intent);
    if (text) add(text, 'snippet');
    else
      add(
        gap(intent === 'cod' ? `${t(m.codGap, undefined, ctx.lang)}: ${question.text}` : question.text),
        'gap',
      );
  }
  if (lines.length === 0 && !question.social) add(gap(question.text), 'gap');
  return lines;
}

/** The reply to `questions` (from splitQuestions), one line per question; null when there are none. */
export function composeReply(questions: readonly Question[], ctx: ReplyContext): Reply | null {
  if (questions.length === 0) return null;
  const lines: ReplyLine[] = [];
  const carry = new Map<string, VariantMatch>();
  if (questions.some((q) => q.intents.includes('greeting'))) {
    const opening = ctx.snippetFor('greeting');
    if (opening) lines.push({ text: opening, source: 'snippet' });
  }
  for (const question of questions) lines.push(...linesFor(question, ctx, carry));
  if (questions.some((q) => q.intents.includes('thanks'))) {
    const closing = ctx.snippetFor('thanks');
    if (closing) lines.push({ text: closing, source: 'snippet' });
  }
  // The same SOP asked for twice (two complaints of damage) is said once.
  const seen = new Set<string>();
  const unique = lines.filter((l) => !seen.has(l.text) && seen.add(l.text));
  if (unique.length === 0) return null;
  return {
    lines: unique,
    text: unique.map((l) => l.text).join('\n'),
    gaps: unique.filter((l) => l.source === 'gap').length,
  };
}
