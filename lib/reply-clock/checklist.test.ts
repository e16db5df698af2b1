import { describe, expect, it } from 'vitest';
import {
  applyChecklistEvent,
  applyChecklistEvents,
  asksNeed,
  type ChecklistEvent,
  checklistFromMessages,
  EMPTY_CHECKLIST,
  isBuyerQuestion,
  isClosing,
  isGreeting,
  needsClosingReminder,
} from './checklist';

const buyer = (text: string): ChecklistEvent => ({ type: 'buyer-message', text });
const seller = (text: string): ChecklistEvent => ({ type: 'seller-message', text });

describe('text heuristics', () => {
  it('recognises buyer questions by question mark or question word', () => {
    expect(isBuyerQuestion('Kak, stoknya ready?')).toBe(true);
    expect(isBuyerQuestion('Apakah bisa COD')).toBe(true);
    expect(isBuyerQuestion('berapa ongkir ke Medan')).toBe(true);
    expect(isBuyerQuestion('Warna merah ada')).toBe(true);
    expect(isBuyerQuestion('Kapan dikirim')).toBe(true);
    expect(isBuyerQuestion('gimana cara returnya')).toBe(true);
    expect(isBuyerQuestion('Ok kak terima kasih')).toBe(false);
    // Whole words only: "adalah" and "bisanya" are not "ada"/"bisa".
    expect(isBuyerQuestion('ini adalah pesanan saya')).toBe(false);
  });

  it('recognises greetings', () => {
    expect(isGreeting('Halo kak Rina')).toBe(true);
    expect(isGreeting('Selamat sore, kak')).toBe(true);
    expect(isGreeting('SELAMAT MALAM')).toBe(true);
    expect(isGreeting('Hai kak!')).toBe(true);
    expect(isGreeting('Pesanan sudah dikirim')).toBe(false);
    expect(isGreeting('Selamat berbelanja')).toBe(false);
  });

  it('recognises closings but not the thanks for contacting that opens a chat', () => {
    expect(isClosing('Terima kasih kak, ditunggu orderannya')).toBe(true);
    expect(isClosing('makasih ya kak')).toBe(true);
    expect(isClosing('Semoga harinya menyenangkan!')).toBe(true);
    expect(isClosing('Halo kak, terima kasih sudah menghubungi Toko Maju')).toBe(false);
    expect(isClosing('Baik kak, ditunggu ya')).toBe(false);
  });

  it('recognises asking the need', () => {
    expect(asksNeed('Halo kak, ada yang bisa kami bantu?')).toBe(true);
    expect(asksNeed('Ada yang bisa dibantu kak')).toBe(true);
    expect(asksNeed('Kakak cari produk apa?')).toBe(true);
    expect(asksNeed('Siap kak')).toBe(false);
  });
});

describe('applyChecklistEvent', () => {
  it('ticks items from inserted or sent snippets of the matching category', () => {
    const state = applyChecklistEvents(EMPTY_CHECKLIST, [
      { type: 'snippet', category: 'greeting', action: 'inserted' },
      { type: 'snippet', category: 'need', action: 'sent' },
      { type: 'snippet', category: 'sop', action: 'sent' },
    ]);
    expect(state).toMatchObject({ greeted: true, askedNeed: true, answered: false, closedPolitely: false });
    expect(
      applyChecklistEvent(state, { type: 'snippet', category: 'closing', action: 'inserted' }).closedPolitely,
    ).toBe(true);
  });

  it('ticks answered from a product answer', () => {
    expect(applyChecklistEvent(EMPTY_CHECKLIST, { type: 'product-answer' }).answered).toBe(true);
  });

  it('ticks answered only for a seller message after a buyer question', () => {
    const noQuestion = applyChecklistEvents(EMPTY_CHECKLIST, [buyer('oke kak'), seller('siap')]);
    expect(noQuestion.answered).toBe(false);
    const beforeQuestion = applyChecklistEvents(EMPTY_CHECKLIST, [seller('siap'), buyer('ready kak?')]);
    expect(beforeQuestion).toMatchObject({ answered: false, questionPending: true });
    const answered = applyChecklistEvent(beforeQuestion, seller('Ready kak, warna hitam'));
    expect(answered).toMatchObject({ answered: true, questionPending: false });
  });

  it('ticks greeting, need and closing from the words of sent messages', () => {
    const state = applyChecklistEvents(EMPTY_CHECKLIST, [
      seller('Selamat pagi kak, ada yang bisa kami bantu?'),
      buyer('Berapa harganya?'),
      seller('Rp150.000 kak'),
      seller('Terima kasih, semoga harinya menyenangkan'),
    ]);
    expect(state).toEqual({
      greeted: true,
      askedNeed: true,
      answered: true,
      closedPolitely: true,
      questionPending: false,
      sellerSpoke: true,
    });
  });

  it('reopens the closing when the buyer asks again after the goodbye', () => {
    const closed = applyChecklistEvents(EMPTY_CHECKLIST, [seller('makasih kak')]);
    expect(applyChecklistEvent(closed, buyer('oke makasih juga')).closedPolitely).toBe(true);
    expect(applyChecklistEvent(closed, buyer('eh kak, bisa kirim hari ini?')).closedPolitely).toBe(false);
  });
});

describe('checklistFromMessages', () => {
  it('folds the conversation in time order and ignores auto-replies', () => {
    const state = checklistFromMessages([
      { at: 3, from: 'seller', text: 'Ready kak' },
      { at: 1, from: 'buyer', text: 'ready?' },
      { at: 2, from: 'auto', text: 'Halo! Terima kasih, ditunggu orderannya' },
    ]);
    expect(state).toMatchObject({ greeted: false, closedPolitely: false, answered: true, sellerSpoke: true });
  });

  it("keeps messages without a time in the page's order, and lets an unknown sender tick nothing", () => {
    const state = checklistFromMessages([
      { at: null, from: 'buyer', text: 'ready?' },
      { at: null, from: 'seller', text: 'Ready kak' },
      { at: null, from: 'unknown', text: 'Terima kasih kak' },
    ]);
    expect(state).toMatchObject({ answered: true, closedPolitely: false });
  });
});

describe('needsClosingReminder', () => {
  it('reminds only when the agent worked in the chat without closing', () => {
    expect(needsClosingReminder(EMPTY_CHECKLIST)).toBe(false);
    const worked = applyChecklistEvents(EMPTY_CHECKLIST, [buyer('ada stok?'), seller('ada kak')]);
    expect(needsClosingReminder(worked)).toBe(true);
    expect(needsClosingReminder({ ...EMPTY_CHECKLIST, greeted: true })).toBe(true);
    expect(needsClosingReminder(applyChecklistEvent(worked, seller('Terima kasih kak')))).toBe(false);
  });
});
