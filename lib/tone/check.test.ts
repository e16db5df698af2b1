import { describe, expect, it } from 'vitest';
import { checkTone } from './check';

const reasons = (text: string, allow?: string[]) =>
  checkTone(text, { allow }).findings.map((f) => [f.word, f.reason]);

describe('checkTone', () => {
  it('flags rude words in their common spellings, whole words only', () => {
    expect(reasons('dasar goblok')).toEqual([['dasar goblok', 'kasar']]);
    expect(reasons('Anjir lama banget')).toEqual([['Anjir', 'kasar']]);
    expect(reasons('gblk, udah dibilang')).toEqual([
      ['gblk', 'kasar'],
      ['udah dibilang', 'menyalahkan'],
    ]);
    expect(reasons('this is stupid')).toEqual([['stupid', 'kasar']]);
  });

  it('does not flag ordinary words that contain or resemble a bad one', () => {
    for (const text of [
      'Kain bangsawan, dasar kain tebal',
      'Ready kak, babinsa?',
      'Tahu tempe dan taiwan',
      'Asuransi pengiriman tersedia',
      'Sepatu COD bisa, ukuran XL dan XXL ready',
      'Harga Rp125.000 ya Kak!',
    ]) {
      expect(checkTone(text), text).toEqual({ level: 'ok', findings: [] });
    }
  });

  it('flags shouting, runs of ! and ?, and blaming the buyer', () => {
    expect(reasons('SAYA SUDAH BILANG BARANG READY')).toEqual([['SAYA SUDAH BILANG BARANG READY', 'teriak']]);
    expect(reasons('Kenapa belum bayar???')).toEqual([['???', 'tanda-seru']]);
    expect(reasons('Cepat!!!')).toEqual([['!!!', 'tanda-seru']]);
    expect(reasons('Makanya baca deskripsi dulu kak')).toEqual([['Makanya baca', 'menyalahkan']]);
    expect(reasons('It is your fault')).toEqual([['your fault', 'menyalahkan']]);
  });

  it('gives positions of the findings in the text', () => {
    const [finding] = checkTone('Halo, dasar tolol').findings;
    expect(finding).toMatchObject({ start: 6, end: 17, word: 'dasar tolol' });
  });

  it('lets an allow list clear innocent uses, such as a product name', () => {
    expect(reasons('Anjing Laut plush ready kak')).toEqual([['Anjing', 'kasar']]);
    expect(checkTone('Anjing Laut plush ready kak', { allow: ['anjing laut'] })).toEqual({
      level: 'ok',
      findings: [],
    });
    // The allow list clears only the phrase, not the same word used alone.
    expect(reasons('Anjing Laut plush, anjing!', ['Anjing Laut'])).toEqual([['anjing', 'kasar']]);
  });
});
