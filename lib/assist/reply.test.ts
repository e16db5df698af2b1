import { describe, expect, it } from 'vitest';
import { SAMPLE_CATALOG } from '../catalog/sample';
import { DEFAULT_SCHEDULE } from '../hours/schedule';
import { splitQuestions } from './questions';
import { composeReply, type ReplyContext, type SnippetIntent } from './reply';

const kaos = SAMPLE_CATALOG.find((p) => p.sku === 'KPC-30S')!;
const snippets: Partial<Record<SnippetIntent, string>> = {
  greeting: 'Selamat pagi Kak Rina 😊',
  thanks: 'Terima kasih, Kak Rina 😊',
  damaged: 'Mohon maaf, boleh kirim video unboxing?',
};
const ctx = (over: Partial<ReplyContext> = {}): ReplyContext => ({
  lang: 'id',
  now: new Date(2026, 3, 7, 10, 0),
  schedule: DEFAULT_SCHEDULE,
  cutoff: '15:00',
  productFor: () => kaos,
  snippetFor: (intent) => snippets[intent] ?? null,
  ...over,
});
const reply = (messages: string[], over?: Partial<ReplyContext>) =>
  composeReply(splitQuestions(messages), ctx(over));

describe('composeReply', () => {
  it('answers three questions with three lines, in the buyer order, from catalog and hours', () => {
    const r = reply(['ready warna hitam? ukuran L ada? bisa kirim hari ini?'])!;
    expect(r.lines.map((l) => [l.source, l.question])).toEqual([
      ['catalog', 'ready warna hitam?'],
      ['catalog', 'ukuran L ada?'],
      ['hours', 'bisa kirim hari ini?'],
    ]);
    expect(r.lines[1]!.text).toBe('Kaos Polos Cotton Combed 30s — Hitam, L: Rp59.000, stok 18');
    expect(r.text.split('\n')).toHaveLength(3);
    expect(r.gaps).toBe(0);
  });

  it('opens with the greeting and closes with the thanks of the shop', () => {
    const r = reply(['halo kak', 'kaos hitam L ready?', 'oke makasih'])!;
    expect(r.lines[0]!.text).toBe('Selamat pagi Kak Rina 😊');
    expect(r.lines.at(-1)!.text).toBe('Terima kasih, Kak Rina 😊');
    expect(r.lines).toHaveLength(3);
  });

  it('fills a complaint with the shop snippet, once however often it is asked', () => {
    const r = reply(['barangnya rusak kak', 'rusak parah ini kak?'])!;
    expect(r.lines.map((l) => l.text)).toEqual(['Mohon maaf, boleh kirim video unboxing?']);
  });

  it('gives a complaint naming a colour or size the SOP, not a product line', () => {
    const r = reply(['kok yg dateng warna hitam kak, saya pesen putih', 'yang putih ready?'], {
      snippetFor: (intent) => (intent === 'wrong-item' ? 'Mohon maaf atas kekeliruannya' : null),
    })!;
    expect(r.lines.map((l) => [l.source, l.text.slice(0, 28)])).toEqual([
      ['snippet', 'Mohon maaf atas kekeliruanny'],
      ['catalog', 'Kaos Polos Cotton Combed 30s'],
    ]);
  });

  it('leaves visible gaps for what it cannot know', () => {
    const r = reply(['bisa cod? telat ga ya? bahannya adem?', 'berapa hari sampai ke Medan?'], {
      productFor: () => null,
    })!;
    expect(r.lines.map((l) => l.text)).toEqual([
      '[… COD: bisa cod?]',
      '[… telat ga ya?]',
      '[… bahannya adem?]',
      'Bisa dikirim hari ini, Kak, untuk pesanan yang masuk sebelum pukul 15.00 😊 Estimasi sampai: [… hari, sesuai kurir]',
    ]);
    expect(r.gaps).toBe(3);
    expect(reply(['ready kak?'], { productFor: () => null })!.text).toBe('[… produk: ready kak?]');
  });

  it('has no reply for no questions', () => {
    expect(composeReply([], ctx())).toBeNull();
  });
});
