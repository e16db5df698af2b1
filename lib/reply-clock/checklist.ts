import { type ClockMessage, clockOrder, normaliseMessageText } from './clock';

// The per-conversation good-service checklist from the shop's SOP: greeted, asked the need, answered,
// closed politely. Ticks come from what the agent inserted (snippets, product answers) or sent (the
// seller messages the page shows). The text heuristics are deliberately simple: the checklist nudges,
// it does not grade, so a missed tick costs little and the agent can see why from the words used.

export interface ChecklistState {
  greeted: boolean;
  askedNeed: boolean;
  answered: boolean;
  closedPolitely: boolean;
  /** A buyer question is waiting for the agent's next message. */
  questionPending: boolean;
  /** The agent has sent something in this conversation (auto-replies not counted). */
  sellerSpoke: boolean;
}

export const EMPTY_CHECKLIST: ChecklistState = {
  greeted: false,
  askedNeed: false,
  answered: false,
  closedPolitely: false,
  questionPending: false,
  sellerSpoke: false,
};

export type ChecklistEvent =
  | { type: 'snippet'; category: string; action: 'inserted' | 'sent' }
  | { type: 'product-answer' }
  | { type: 'buyer-message'; text: string }
  | { type: 'seller-message'; text: string };

const QUESTION_WORDS =
  /\b(apakah|apa|berapa|ada|bisa|kapan|gimana|bagaimana|kenapa|mengapa|dimana|mana|ready|masih)\b/;
const GREETING = /\b(halo|hallo|helo|hai|hi|selamat (pagi|siang|sore|malam)|assalamu'?alaikum)\b/;
const CLOSING =
  /\b(terima ?kasih|makasih|makasi|trims|ditunggu (orderannya|pesanannya|order(an)? berikutnya)|semoga harinya menyenangkan|selamat berbelanja)\b/;
// "Terima kasih sudah menghubungi kami" opens a chat; it is a greeting, not a goodbye.
const THANKS_FOR_CONTACTING = /\b(terima ?kasih|makasih) (sudah|telah) menghubungi\b/g;
const ASKS_NEED =
  /(ada yang bisa (kami |saya )?(bantu|dibantu)|bisa (kami|saya) bantu|ada yang (ingin|mau) ditanyakan|cari(kan)? (produk|barang) apa|butuh (apa|bantuan apa))/;

export function isBuyerQuestion(text: string): boolean {
  const normal = normaliseMessageText(text);
  return normal.includes('?') || QUESTION_WORDS.test(normal);
}

export function isGreeting(text: string): boolean {
  return GREETING.test(normaliseMessageText(text));
}

export function isClosing(text: string): boolean {
  return CLOSING.test(normaliseMessageText(text).replace(THANKS_FOR_CONTACTING, ''));
}

export function asksNeed(text: string): boolean {
  return ASKS_NEED.test(normaliseMessageText(text));
}

export function applyChecklistEvent(state: ChecklistState, event: ChecklistEvent): ChecklistState {
  switch (event.type) {
    case 'snippet':
      if (event.category === 'greeting') return { ...state, greeted: true };
      if (event.category === 'need') return { ...state, askedNeed: true };
      if (event.category === 'closing') return { ...state, closedPolitely: true };
      return state;
    case 'product-answer':
      return { ...state, answered: true };
    case 'buyer-message':
      if (!isBuyerQuestion(event.text)) return state;
      // A new question after the goodbye reopens the conversation: it needs a new closing.
      return { ...state, questionPending: true, closedPolitely: false };
    case 'seller-message':
      return {
        ...state,
        sellerSpoke: true,
        answered: state.answered || state.questionPending,
        questionPending: false,
        greeted: state.greeted || isGreeting(event.text),
        askedNeed: state.askedNeed || asksNeed(event.text),
        closedPolitely: state.closedPolitely || isClosing(event.text),
      };
  }
}

export function applyChecklistEvents(
  state: ChecklistState,
  events: readonly ChecklistEvent[],
): ChecklistState {
  return events.reduce(applyChecklistEvent, state);
}

/**
 * The checklist as the conversation's messages show it. Auto-replies are the shop's, not the agent's,
 * so they tick nothing, and neither does a message whose sender is unknown. Messages are taken in
 * the clock's order (`clockOrder`: time, or the page's when some time is unreadable).
 */
export function checklistFromMessages(messages: readonly ClockMessage[]): ChecklistState {
  const events: ChecklistEvent[] = [];
  for (const m of clockOrder(messages)) {
    if (m.from === 'buyer') events.push({ type: 'buyer-message', text: m.text ?? '' });
    else if (m.from === 'seller') events.push({ type: 'seller-message', text: m.text ?? '' });
  }
  return applyChecklistEvents(EMPTY_CHECKLIST, events);
}

/** When the agent leaves a conversation they worked in without a polite closing. */
export function needsClosingReminder(state: ChecklistState): boolean {
  const worked = state.sellerSpoke || state.greeted || state.askedNeed || state.answered;
  return worked && !state.closedPolitely;
}
