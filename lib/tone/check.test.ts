import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n';
import { checkTone } from './check';
import { toneReasonLabel } from './messages';
import { calmerSuggestion, pickCalmerSnippet } from './suggestion';
import { TONE_REASONS } from './words';

const reasons = (text: string, allow?: string[]) =>
  checkTone(text, { allow }).findings.map((f) => [f.word, f.reason]);

describe('checkTone: rude words', () => {
  it('flags rude words in their common spellings, whole words only', () => {
    expect(reasons('dasar goblok')).toEqual([['dasar goblok', 'kasar']]);
    expect(reasons('Anjir lama banget')).toEqual([['Anjir', 'kasar']]);
    expect(reasons('gblk, udah dibilang')).toEqual([
      ['gblk', 'kasar'],
      ['udah dibilang', 'menyalahkan'],
    ]);
    expect(reasons('this is stupid')).toEqual([['stupid', 'kasar']]);
  });

  it.each([
    'anjing',
    'ANJING',
    'anjiiing',
    '4nj1ng',
    'njing',
    'ajg',
    'bangsaaat',
    'bgst',
    'bodoh',
    'b0d0h',
    'bodo',
    'goblok',
    'goblog',
    'g0bl0k',
    'gobloknya',
    'tolol',
    'tololmu',
    'tll',
    'bego',
    'sialan',
    'brengsek',
    'kampret',
    'babi',
    'anjing2',
    'idiot',
    'dumb',
    'shut up',
    'shut   up',
    'wtf',
    'WTF',
  ])('flags %j', (word) => {
    expect(reasons(`Kak ${word} deh`)).toEqual([[word, 'kasar']]);
  });

  it('flags "dasar" only before a word of abuse', () => {
    expect(reasons('dasar pembeli rewel')).toEqual([['dasar pembeli rewel', 'kasar']]);
    expect(reasons('Dasar kamu bodoh')).toEqual([['Dasar kamu bodoh', 'kasar']]);
    expect(reasons('Bahan dasar katun, warna dasar putih')).toEqual([]);
    expect(reasons('dasar kain tebal')).toEqual([]);
  });

  it.each([
    'Kain bangsawan, dasar kain tebal',
    'Ready kak, babinsa?',
    'Tahu tempe dan taiwan',
    'Asuransi pengiriman tersedia',
    'Cokelat dan kue cookies, resep cook book',
    'Kebodohan bukan topik kami',
    'Bantal tolet-tolet',
    'Sepatu COD bisa, ukuran XL dan XXL ready',
    'Harga Rp125.000 ya Kak!',
    'Mohon ditunggu ya Kak?',
    'Kode SKU-001, SKU-002, BRG-003 READY',
    'Bayar via QRIS atau BCA, kirim JNE REG',
    'Hati-hati, ini bukan salah paham',
    'Kakak bisa baca panduan ukuran di foto kedua',
  ])('does not flag ordinary text: %j', (text) => {
    expect(checkTone(text)).toEqual({ level: 'ok', findings: [] });
  });
});

describe('checkTone: shouting, punctuation, blame', () => {
  it('flags a run of capitalised words, not acronyms, codes or short words', () => {
    expect(reasons('SAYA SUDAH BILANG BARANG READY')).toEqual([['SAYA SUDAH BILANG BARANG READY', 'teriak']]);
    expect(reasons('Kak, SAYA DI RUMAH TIDAK ADA')).toEqual([['SAYA DI RUMAH TIDAK ADA', 'teriak']]);
    expect(reasons('JANGAN LUPA bayar ya')).toEqual([]);
    expect(reasons('Promo SALE FREE ONGKIR COD')).toEqual([]);
    expect(reasons('SKU-001 XL2 AB-12 OK')).toEqual([]);
    // A lower-case word splits two short runs.
    expect(reasons('BARU SAJA dikirim SUDAH SAMPAI')).toEqual([]);
  });

  it('flags runs of ! and ?', () => {
    expect(reasons('Kenapa belum bayar???')).toEqual([['???', 'tanda-seru']]);
    expect(reasons('Cepat!!!')).toEqual([['!!!', 'tanda-seru']]);
    expect(reasons('Serius?!?!')).toEqual([['?!?!', 'tanda-seru']]);
    expect(reasons('Oke!! Siap??')).toEqual([]);
  });

  it('flags blaming the buyer, in Indonesian and English', () => {
    expect(reasons('Makanya baca deskripsi dulu kak')).toEqual([['Makanya baca', 'menyalahkan']]);
    expect(reasons('Itu salah kakak sendiri')).toEqual([['salah kakak sendiri', 'menyalahkan']]);
    expect(reasons('Kan sudah dibilang stok habis')).toEqual([['Kan sudah dibilang', 'menyalahkan']]);
    expect(reasons('It is your fault')).toEqual([['your fault', 'menyalahkan']]);
    expect(reasons('Please read the description')).toEqual([['read the description', 'menyalahkan']]);
  });

  it('gives positions of the findings in the text, in UTF-16 units', () => {
    const [finding] = checkTone('Halo, dasar tolol').findings;
    expect(finding).toMatchObject({ start: 6, end: 17, word: 'dasar tolol' });
    const [afterEmoji] = checkTone('🙏 bego').findings;
    expect(afterEmoji).toMatchObject({ start: 3, end: 7 });
  });
});

describe('checkTone: allow list', () => {
  it('lets an allow list clear innocent uses, such as a product name', () => {
    expect(reasons('Anjing Laut plush ready kak')).toEqual([['Anjing', 'kasar']]);
    expect(checkTone('Anjing Laut plush ready kak', { allow: ['anjing laut'] })).toEqual({
      level: 'ok',
      findings: [],
    });
    expect(checkTone('Boneka MONYET  lucu', { allow: [' boneka monyet '] }).level).toBe('ok');
  });

  it('clears only the phrase, not the same word used alone, and ignores blank entries', () => {
    expect(reasons('Anjing Laut plush, anjing!', ['Anjing Laut'])).toEqual([['anjing', 'kasar']]);
    expect(reasons('babi', ['', '  '])).toEqual([['babi', 'kasar']]);
  });
});

describe('labels and the calmer suggestion', () => {
  it('labels every reason in both languages', () => {
    for (const lang of LANGS)
      for (const reason of TONE_REASONS) expect(toneReasonLabel(reason, lang)).toMatch(/\w/);
  });

  it('suggests the calm SOP snippet only when something was found', () => {
    expect(calmerSuggestion([])).toBeNull();
    expect(calmerSuggestion([{ reason: 'kasar' }])).toEqual({
      category: 'sop',
      triggers: ['japri', 'private'],
    });
    const snippets = [
      { id: 'r', category: 'sop', trigger: 'rusak', lang: 'id' as const },
      { id: 'p', category: 'sop', trigger: 'private', lang: 'en' as const },
      { id: 'j', category: 'sop', trigger: 'japri', lang: 'id' as const },
      { id: 'g', category: 'greeting', trigger: 'japri', lang: 'id' as const },
    ];
    const found = checkTone('dasar bego').findings;
    expect(pickCalmerSnippet(found, snippets)?.id).toBe('j');
    expect(pickCalmerSnippet(found, snippets, 'en')?.id).toBe('p');
    expect(pickCalmerSnippet(found, snippets.slice(0, 1))?.id).toBe('r');
    expect(pickCalmerSnippet([], snippets)).toBeUndefined();
  });
});
