import { describe, expect, it } from 'vitest';
import { splitQuestions } from './questions';

const texts = (messages: string[]) => splitQuestions(messages).map((q) => q.text);

describe('splitQuestions', () => {
  it('splits one message into its questions, in order', () => {
    const questions = splitQuestions(['ready warna hitam? ukuran L ada? bisa kirim hari ini?']);
    expect(questions.map((q) => q.text)).toEqual([
      'ready warna hitam?',
      'ukuran L ada?',
      'bisa kirim hari ini?',
    ]);
    expect(questions.map((q) => q.intents)).toEqual([
      ['stock', 'variant'],
      ['stock', 'variant'],
      ['shipping-time'],
    ]);
  });

  it('splits at commas and connectors only where both sides ask something', () => {
    expect(texts(['ready warna hitam, ukuran L ada, terus bisa kirim hari ini?'])).toEqual([
      'ready warna hitam?',
      'ukuran L ada?',
      'bisa kirim hari ini?',
    ]);
    expect(texts(['halo kak, kaos polos putih M ready?'])).toEqual(['halo kak, kaos polos putih M ready?']);
    expect(texts(['Kak, yang warna Mocca ada?'])).toEqual(['Kak, yang warna Mocca ada?']);
    // Split, neither half would be a wrong item.
    expect(splitQuestions(['kok yg dateng warna hitam kak, saya pesen putih'])).toEqual([
      {
        text: 'kok yg dateng warna hitam kak, saya pesen putih',
        intents: ['variant', 'wrong-item'],
        message: 0,
        social: false,
      },
    ]);
  });

  it('follows a burst of messages, and tells which message each question came from', () => {
    const questions = splitQuestions(['halo kak', 'kaos hitam L ready?', 'harganya brp?']);
    expect(questions.map((q) => [q.text, q.message, q.social])).toEqual([
      ['halo kak', 0, true],
      ['kaos hitam L ready?', 1, false],
      ['harganya brp?', 2, false],
    ]);
  });

  it('keeps a question it cannot read, drops a statement that asks nothing', () => {
    expect(texts(['Saya mau beli', 'bahannya adem ga?', 'ok'])).toEqual(['bahannya adem ga?']);
  });

  it('does not cut a decimal number or a sentence without a mark', () => {
    expect(texts(['blender kaca 1.5 liter ready? harganya berapa'])).toEqual([
      'blender kaca 1.5 liter ready?',
      'harganya berapa',
    ]);
  });

  it('takes a statement going on about the question before it as part of that question', () => {
    expect(splitQuestions(['Kak, yang warna Mocca ada? Saya mau Mocca 1 sama Navy 1'])).toEqual([
      {
        text: 'Kak, yang warna Mocca ada? Saya mau Mocca 1 sama Navy 1',
        intents: ['stock', 'variant'],
        message: 0,
        social: false,
      },
    ]);
    // A new question, or one in another message, stays a question of its own.
    expect(texts(['yang hitam ada?', 'Saya mau 2'])).toEqual(['yang hitam ada?']);
    expect(texts(['yang hitam ada? harganya berapa'])).toEqual(['yang hitam ada?', 'harganya berapa']);
  });

  it('counts a question asked twice in a row once', () => {
    expect(texts(['ready kak?', 'ready??', 'ready kak'])).toEqual(['ready kak?']);
  });

  it('caps a long burst', () => {
    expect(splitQuestions(Array.from({ length: 20 }, (_, i) => `ukuran ${30 + i} ada?`))).toHaveLength(8);
  });

  it('has nothing to split in empty messages', () => {
    expect(splitQuestions(['', '   ', '🙏'])).toEqual([]);
  });
});
