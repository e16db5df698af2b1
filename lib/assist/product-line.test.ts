import { describe, expect, it } from 'vitest';
import { SAMPLE_CATALOG } from '../catalog/sample';
import { productLine } from './product-line';
import { matchVariants } from './variant';

const bySku = (sku: string) => SAMPLE_CATALOG.find((p) => p.sku === sku)!;
const line = (sku: string, text: string, lang: 'id' | 'en' = 'id') =>
  productLine(bySku(sku), matchVariants(text, bySku(sku)), lang);

describe('productLine', () => {
  it('gives the one variant asked for, with its price and stock', () => {
    expect(line('HJB-PSM', 'yang hitam ready?')).toBe(
      'Hijab Pashmina Ceruty Babydoll — Hitam: Rp35.000, stok 50',
    );
    expect(line('HJB-PSM', 'yg mocca ready kak?')).toBe(
      'Hijab Pashmina Ceruty Babydoll — Mocca: Rp35.000, stok 12',
    );
    expect(line('HJB-PSM', 'the black one?', 'en')).toBe(
      'Hijab Pashmina Ceruty Babydoll — Hitam: Rp35.000, 50 in stock',
    );
  });

  it('says "habis" for a sold-out variant and "stok tanyakan" for an unknown stock', () => {
    expect(line('GMS-WLF', 'mocca ada?')).toBe('Gamis Syari Wolfis Premium — Mocca: Rp245.000, habis');
    expect(line('CHN-SLM', 'navy 32')).toBe(
      'Celana Chino Slim Fit Stretch — Navy, 32: Rp159.000, stok tanyakan',
    );
  });

  it('puts the few variants that fit on one line', () => {
    expect(line('SNK-KNV', 'uk 42')).toBe(
      'Sneakers Pria Kanvas Casual — Putih, 42: Rp189.000, stok 4; Hitam, 42: Rp189.000, habis',
    );
  });

  it('says what it does not have, and what it has instead', () => {
    // The sold-out Pink is not offered instead.
    expect(line('TMB-SST', 'yang mocca ready?')).toBe(
      'Tumbler Stainless Vacuum 500ml — Mocca: tidak tersedia; tersedia: Hitam; Putih',
    );
    expect(line('KPC-30S', 'putih XL?')).toBe(
      'Kaos Polos Cotton Combed 30s — Putih XL: tidak tersedia; tersedia: Hitam, M; Hitam, L; Putih, M; Putih, L; Navy, XL',
    );
  });

  it('gives price and stock, with the options in stock, when the buyer asks generally', () => {
    expect(line('KBL-TC', 'kabel type c ready?')).toBe(
      'Kabel Data Type C Fast Charging Nilon: mulai Rp25.000, stok 95 (tersedia: 1 meter; 2 meter)',
    );
    expect(line('MKN-TRV', 'mukena ready?')).toBe('Mukena Travel Parasut Premium: Rp129.000, stok 14');
    expect(line('JAM-DGT', 'jam ready?')).toBe('Jam Tangan Digital Sport Anti Air: Rp85.000, habis');
  });
});
