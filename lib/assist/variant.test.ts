import { describe, expect, it } from 'vitest';
import { SAMPLE_CATALOG } from '../catalog/sample';
import type { Product } from '../catalog/types';
import { matchVariant, matchVariants } from './variant';

const bySku = (sku: string) => SAMPLE_CATALOG.find((p) => p.sku === sku)!;
const names = (text: string, product: Product) => matchVariants(text, product)?.variants.map((v) => v.name);

const gamis: Product = {
  sku: 'GMS',
  name: 'Gamis Syari Wolfis Premium',
  price: 245000,
  stock: 22,
  variants: [
    { sku: 'GMS-HTM', name: 'Hitam', price: 245000, stock: 7 },
    { sku: 'GMS-NVY', name: 'Navy', price: 245000, stock: 3 },
    { sku: 'GMS-MCC', name: 'Mocca', price: 245000, stock: 12 },
  ],
};

describe('matchVariant', () => {
  it('picks the colour the buyer names, in any spelling', () => {
    expect(matchVariant('hijab pashmina ceruty yg mocca ready kak?', gamis)?.sku).toBe('GMS-MCC');
    expect(matchVariant('yg mocaaa ada?', gamis)?.sku).toBe('GMS-MCC');
    expect(matchVariant('the black one available?', gamis)?.sku).toBe('GMS-HTM');
  });

  it('is none when the buyer asks generally', () => {
    expect(matchVariant('gamis ini ready kak?', gamis)).toBeNull();
    expect(matchVariants('warna apa aja kak?', gamis)).toBeNull();
  });

  it('picks colour and size together, and the size alone when given alone', () => {
    const sneakers = bySku('SNK-KNV');
    expect(matchVariant('Kak sneakers pria kanvas casual warna putih ukuran 42 ready?', sneakers)?.sku).toBe(
      'SNK-KNV-PTH-42',
    );
    expect(matchVariant('Kalau yang hitam 42 ada juga kak?', sneakers)?.sku).toBe('SNK-KNV-HTM-42');
    expect(names('uk 42 ada?', sneakers)).toEqual(['Putih, 42', 'Hitam, 42']);
  });

  it('reads letter sizes next to a colour or a size word, and not a metre or a yarn count', () => {
    const kaos = bySku('KPC-30S');
    expect(matchVariant('kaos hitam L ada?', kaos)?.sku).toBe('KPC-30S-HTM-L');
    expect(matchVariant('uk L yg putih', kaos)?.sku).toBe('KPC-30S-PTH-L');
    expect(names('kaos 30s hitam', kaos)).toEqual(['Hitam, M', 'Hitam, L', 'Hitam, XL']);
    const cable = bySku('KBL-TC');
    expect(matchVariant('kabel yang 2m masih ada?', cable)?.sku).toBe('KBL-TC-2M');
    expect(matchVariant('mau 1 yang 2 meter', cable)?.sku).toBe('KBL-TC-2M');
  });

  it('names an option by its distinctive word only', () => {
    const keyboard = bySku('KBD-MCH');
    expect(matchVariant('yg brown switch masih ada?', keyboard)?.sku).toBe('KBD-MCH-BRW');
    expect(matchVariants('switchnya apa aja?', keyboard)).toBeNull();
    expect(matchVariant('lipstik 02 ready?', bySku('LPS-MTT'))?.sku).toBe('LPS-MTT-02');
    expect(matchVariant('madu yg 1kg ready?', bySku('MDH-HTN'))?.sku).toBe('MDH-HTN-1KG');
    expect(matchVariant('yang hijau ada kak', bySku('KMJ-FLN'))?.sku).toBe('KMJ-FLN-HJA-L');
  });

  it('takes a quantity for a quantity', () => {
    expect(names('Saya mau Mocca 1 sama Navy 1', gamis)).toEqual(['Mocca', 'Navy']);
    const chino = bySku('CHN-SLM');
    expect(matchVariants('udah 30 hari kak', chino)).toBeNull();
  });

  it('lists the options named that the product lacks, with what it has instead', () => {
    const tumbler = bySku('TMB-SST');
    const match = matchVariants('yang mocca ready kak?', tumbler)!;
    expect(match.variants).toEqual([]);
    expect(match.missing).toEqual(['Mocca']);
    const kaos = matchVariants('putih XL ready?', bySku('KPC-30S'))!;
    expect(kaos.variants).toEqual([]);
    expect(kaos.named).toEqual(['Putih', 'XL']);
    expect(kaos.alternatives.map((v) => v.name)).toContain('Putih, M');
  });

  it('carries the options of an earlier question into a follow-up about the same product', () => {
    const kaos = bySku('KPC-30S');
    const first = matchVariants('ready warna hitam?', kaos);
    expect(first?.variants).toHaveLength(3);
    const second = matchVariants('ukuran L ada?', kaos, first);
    expect(second?.variants.map((v) => v.sku)).toEqual(['KPC-30S-HTM-L']);
    // A new colour replaces the old one in its slot.
    expect(matchVariants('kalo putih?', kaos, second)?.variants.map((v) => v.sku)).toEqual(['KPC-30S-PTH-L']);
  });

  it('is none for a product without variants', () => {
    expect(matchVariants('yang hitam ada?', bySku('MKN-TRV'))).toBeNull();
  });

  it('keeps XXL apart from XL', () => {
    const shirt: Product = {
      sku: 'S',
      name: 'Kemeja',
      price: 1,
      stock: 2,
      variants: [
        { sku: 'S-XL', name: 'XL', price: 1, stock: 1 },
        { sku: 'S-XXL', name: 'XXL', price: 1, stock: 1 },
      ],
    };
    expect(matchVariant('yang xxl ada?', shirt)?.sku).toBe('S-XXL');
    expect(matchVariant('yang 2xl ada?', shirt)?.sku).toBe('S-XXL');
    expect(matchVariant('uk XL', shirt)?.sku).toBe('S-XL');
  });
});
