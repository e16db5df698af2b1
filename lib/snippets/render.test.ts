import { describe, expect, it } from 'vitest';
import type { Product } from '../catalog/types';
import { fieldsOf, greetingFor, renderSnippet } from './render';

const at = (h: number, m: number) => new Date(2026, 10, 24, h, m); // Tuesday 24 November 2026, local
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
  ])('greets at %i:%i with %s', (h, m, greeting) => {
    expect(greetingFor(at(h, m))).toBe(greeting);
    expect(renderSnippet('{salam}', { now: at(h, m) }).text).toBe(greeting);
  });

  it('never leaves a raw variable: the buyer name closes up, other gaps are marked, all are listed', () => {
    const out = renderSnippet('Halo Kak {pembeli}, resi {isi:Nomor resi} dari {toko}.', { now: at(12, 0) });
    expect(out.text).toBe('Halo Kak, resi [Nomor resi] dari [toko].');
    expect(out.missing).toEqual(['pembeli', 'Nomor resi', 'toko']);
    expect(out.text).not.toMatch(/\{/);
  });

  it('fills fields and places the cursor, counting emoji in UTF-16 units', () => {
    const out = renderSnippet('Resi 🙏 {isi:Nomor resi}: {kursor} ya Kak', {
      now: at(12, 0),
      fields: { 'Nomor resi': 'JP123' },
    });
    expect(out.text).toBe('Resi 🙏 JP123: ya Kak');
    expect(out.cursor).toBe('Resi 🙏 JP123: '.length);
    expect(out.missing).toEqual([]);
  });

  it('keeps unknown variables as typed', () => {
    expect(renderSnippet('Halo {nama_pembeli}', { now: at(12, 0) }).text).toBe('Halo {nama_pembeli}');
  });

  it('lists fill-in fields once, in order', () => {
    expect(fieldsOf('{isi:Nomor resi} {isi:Kurir} {isi:Nomor resi}')).toEqual(['Nomor resi', 'Kurir']);
  });
});
