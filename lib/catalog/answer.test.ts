import { setLang } from '../i18n';
import { defaultAnswerTemplate, formatRupiah, productAnswer, productShortAnswer } from './answer';
import type { Product } from './types';

const kaos: Product = {
  sku: 'KPC-30S',
  name: 'Kaos Polos Cotton Combed 30s',
  price: 59000,
  stock: 17,
  variants: [
    { sku: 'KPC-30S-HTM', name: 'Hitam', price: 59000, stock: 12 },
    { sku: 'KPC-30S-PTH', name: 'Putih', price: 62000, stock: 0 },
    { sku: 'KPC-30S-NVY', name: 'Navy', price: 62000, stock: 5 },
  ],
  url: 'https://shopee.co.id/kaos-polos',
};

const madu: Product = { sku: 'MDH-500', name: 'Madu Hutan 500gr', price: 125000, stock: null, variants: [] };

afterEach(() => setLang('id'));

describe('formatRupiah', () => {
  it.each([
    [125000, 'Rp125.000'],
    [0, 'Rp0'],
    [999, 'Rp999'],
    [1000, 'Rp1.000'],
    [1250000, 'Rp1.250.000'],
    [1234567890, 'Rp1.234.567.890'],
    [-5000, '-Rp5.000'],
    [12500.4, 'Rp12.500'],
  ])('%d → %s', (amount, text) => {
    expect(formatRupiah(amount)).toBe(text);
  });
});

describe('productAnswer', () => {
  it('answers point by point in Indonesian by default', () => {
    expect(productAnswer(kaos)).toBe(
      [
        'Nama: Kaos Polos Cotton Combed 30s',
        'Harga: mulai Rp59.000',
        'Stok: 17',
        'Varian: Hitam (Rp59.000), Putih (Rp62.000, habis), Navy (Rp62.000)',
        'Link: https://shopee.co.id/kaos-polos',
      ].join('\n'),
    );
  });

  it('leaves out the variant and link lines when there are none, and says "tanyakan" for unknown stock', () => {
    expect(productAnswer(madu)).toBe('Nama: Madu Hutan 500gr\nHarga: Rp125.000\nStok: tanyakan');
  });

  it('says "habis" when the stock is 0 and lists variants without prices when they are all the same', () => {
    const sold: Product = {
      ...madu,
      stock: 0,
      variants: [
        { sku: 'A', name: '250gr', price: 125000, stock: 0 },
        { sku: 'B', name: '500gr', price: 125000, stock: 0 },
      ],
    };
    expect(productAnswer(sold)).toBe(
      'Nama: Madu Hutan 500gr\nHarga: Rp125.000\nStok: habis\nVarian: 250gr (habis), 500gr (habis)',
    );
  });

  it('gives the weight as people write it, in grams or kilograms', () => {
    expect(productAnswer({ ...madu, weight: 650 })).toBe(
      'Nama: Madu Hutan 500gr\nHarga: Rp125.000\nStok: tanyakan\nBerat: 650 gr',
    );
    expect(productAnswer({ ...madu, weight: 1250 }, 'Berat {berat}, weight {weight}')).toBe(
      'Berat 1,25 kg, weight 1,25 kg',
    );
    expect(productAnswer({ ...madu, weight: 1250 }, undefined, 'en')).toContain('Weight: 1.25 kg');
  });

  it('summarises long variant lists', () => {
    const many: Product = {
      ...madu,
      variants: Array.from({ length: 11 }, (_, i) => ({
        sku: `V${i}`,
        name: `V${i}`,
        price: 1000,
        stock: 1,
      })),
    };
    expect(productAnswer(many)).toContain('V7, dan 3 lainnya');
  });

  it('fills an edited template, with English aliases, and keeps unknown placeholders visible', () => {
    const template = 'Halo kak, {name} ({sku}) harganya {harga}.\nSisa {stok} pcs\n{diskon}';
    expect(productAnswer(kaos, template)).toBe(
      'Halo kak, Kaos Polos Cotton Combed 30s (KPC-30S) harganya mulai Rp59.000.\nSisa 17 pcs\n{diskon}',
    );
  });

  it('answers in English when asked or when the UI language is English', () => {
    expect(productAnswer(madu, undefined, 'en')).toBe(
      'Name: Madu Hutan 500gr\nPrice: Rp125.000\nStock: please ask',
    );
    setLang('en');
    expect(defaultAnswerTemplate()).toMatch(/^Name: \{nama\}/);
    expect(productShortAnswer(kaos)).toBe('Kaos Polos Cotton Combed 30s - from Rp59.000');
  });

  it('keeps product text literal (the UI inserts and renders it as text)', () => {
    const html: Product = { ...madu, name: '<img src=x onerror=alert(1)>' };
    expect(productAnswer(html)).toContain('Nama: <img src=x onerror=alert(1)>');
  });
});

describe('productShortAnswer', () => {
  it('is name and price', () => {
    expect(productShortAnswer(madu)).toBe('Madu Hutan 500gr - Rp125.000');
  });
});
