import { describe, expect, it } from 'vitest';
import type { Product } from '../catalog/types';
import { fieldsOf, greetingFor, renderSnippet, unknownVariables } from './render';

// Local-time components, so the expectations hold in any TZ the tests run in.
const at = (h: number, m = 0) => new Date(2026, 10, 24, h, m); // Tuesday 24 November 2026
const kaos: Product = { sku: 'K1', name: 'Kaos Polos Hitam', price: 59000, stock: 3, variants: [] };

describe('renderSnippet', () => {
  it('fills every variable', () => {
    const out = renderSnippet(
      '{salam} Kak {pembeli}, {toko} hari {hari} {tanggal}. {produk} {harga}. Buka {jam_buka}',
      {
        buyerName: 'Rina',
        shopName: 'Toko Berkah',
        now: at(9, 0),
        product: kaos,
        hours: 'Senin–Jumat 08.00–21.00',
      },
    );
    expect(out).toEqual({
      text: 'Selamat pagi Kak Rina, Toko Berkah hari Selasa 24 November 2026. Kaos Polos Hitam Rp59.000. Buka Senin–Jumat 08.00–21.00',
      cursor: null,
      missing: [],
    });
  });

  it.each([
    [3, 59, 'Selamat malam'],
    [4, 0, 'Selamat pagi'],
    [10, 59, 'Selamat pagi'],
    [11, 0, 'Selamat siang'],
    [14, 59, 'Selamat siang'],
    [15, 0, 'Selamat sore'],
    [17, 59, 'Selamat sore'],
    [18, 0, 'Selamat malam'],
    [0, 0, 'Selamat malam'],
    [23, 59, 'Selamat malam'],
  ])('greets at %i:%i with %s', (h, m, greeting) => {
    expect(greetingFor(at(h, m))).toBe(greeting);
    expect(renderSnippet('{salam}', { now: at(h, m) }).text).toBe(greeting);
  });

  it('names the day and date in Indonesian, from the local date', () => {
    expect(renderSnippet('{hari}, {tanggal}', { now: new Date(2026, 0, 4, 23, 59) }).text).toBe(
      'Minggu, 4 Januari 2026',
    );
    expect(renderSnippet('{hari} {tanggal}', { now: new Date(2026, 7, 17, 0, 0) }).text).toBe(
      'Senin 17 Agustus 2026',
    );
  });

  it('gives a price range when the variants differ, one price when they agree', () => {
    const variant = (sku: string, price: number) => ({ sku, name: sku, price, stock: 1 });
    const ranged = { ...kaos, variants: [variant('S', 59000), variant('XL', 79000)] };
    expect(renderSnippet('{harga}', { now: at(12), product: ranged }).text).toBe('Rp59.000–Rp79.000');
    const same = { ...kaos, variants: [variant('S', 59000), variant('M', 59000)] };
    expect(renderSnippet('{harga}', { now: at(12), product: same }).text).toBe('Rp59.000');
  });

  it('never leaves a raw variable: the buyer name closes up, other gaps are marked, all are listed', () => {
    const out = renderSnippet('Halo Kak {pembeli}, resi {isi:Nomor resi} dari {toko}.', { now: at(12, 0) });
    expect(out.text).toBe('Halo Kak, resi [Nomor resi] dari [toko].');
    expect(out.missing).toEqual(['pembeli', 'Nomor resi', 'toko']);
    const all = renderSnippet('{produk} {harga} {jam_buka}', { now: at(12) });
    expect(all).toEqual({
      text: '[produk] [harga] [jam_buka]',
      cursor: null,
      missing: ['produk', 'harga', 'jam_buka'],
    });
  });

  it.each([
    ['Halo Kak {pembeli} 😊 Ada yang bisa dibantu?', 'Halo Kak 😊 Ada yang bisa dibantu?'],
    ['Terima kasih, Kak {pembeli}!', 'Terima kasih, Kak!'],
    ['Thank you, {pembeli} 😊', 'Thank you 😊'],
    ['Thank you, {pembeli}!', 'Thank you!'],
    ['{pembeli} yang baik,', 'yang baik,'],
    ['Hi {pembeli}, how are you?', 'Hi, how are you?'],
    ['Halo Kak {pembeli}', 'Halo Kak'],
  ])('closes the gap of a missing buyer name: %s', (template, text) => {
    expect(renderSnippet(template, { now: at(12), buyerName: '  ' })).toEqual({
      text,
      cursor: null,
      missing: ['pembeli'],
    });
  });

  it('treats blank values as missing and trims given ones', () => {
    const out = renderSnippet('{toko}/{isi:Kurir}', {
      now: at(12),
      shopName: ' ',
      fields: { Kurir: '  JNE ' },
    });
    expect(out).toEqual({ text: '[toko]/JNE', cursor: null, missing: ['toko'] });
  });

  it('fills fields and places the cursor, counting emoji in UTF-16 units', () => {
    const out = renderSnippet('Resi 🙏 {isi:Nomor resi}: {kursor} ya Kak', {
      now: at(12, 0),
      fields: { 'Nomor resi': 'JP123' },
    });
    expect(out.text).toBe('Resi 🙏 JP123: ya Kak');
    expect(out.cursor).toBe('Resi 🙏 JP123: '.length);
    expect(out.cursor).toBe(15); // the emoji is two UTF-16 units
    expect(out.missing).toEqual([]);
  });

  it('places the cursor at the start, the end, after a closed gap, and at the first of several', () => {
    expect(renderSnippet('{kursor}Halo', { now: at(12) })).toMatchObject({ text: 'Halo', cursor: 0 });
    expect(renderSnippet('Halo {kursor}', { now: at(12) })).toMatchObject({ text: 'Halo ', cursor: 5 });
    expect(renderSnippet('Halo Kak {pembeli}{kursor}, ya', { now: at(12) })).toMatchObject({
      text: 'Halo Kak, ya',
      cursor: 8,
    });
    expect(renderSnippet('A {kursor} B {kursor} C', { now: at(12) })).toMatchObject({
      text: 'A B C',
      cursor: 2,
    });
    expect(renderSnippet('Tanpa kursor', { now: at(12) }).cursor).toBeNull();
  });

  it('reads variable names regardless of case and spaces inside the braces', () => {
    expect(
      renderSnippet('{ Pembeli } {TOKO} {isi : Kurir}', {
        now: at(12),
        buyerName: 'Rina',
        shopName: 'Berkah',
        fields: { Kurir: 'JNE' },
      }).text,
    ).toBe('Rina Berkah JNE');
  });

  it('keeps unknown variables as typed, and lists them for the editor', () => {
    expect(renderSnippet('Halo {nama_pembeli} {}', { now: at(12) })).toEqual({
      text: 'Halo {nama_pembeli} {}',
      cursor: null,
      missing: [],
    });
    expect(unknownVariables('Halo {nama} {pembeli} {isi:} {nama} {isi:Resi}')).toEqual(['{nama}', '{isi:}']);
  });

  it('lists fill-in fields once, in order', () => {
    expect(fieldsOf('{isi:Nomor resi} {isi:Kurir} {isi: Nomor resi } {pembeli}')).toEqual([
      'Nomor resi',
      'Kurir',
    ]);
    expect(fieldsOf('Halo Kak')).toEqual([]);
  });
});
