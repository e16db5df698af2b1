import { describe, expect, it } from 'vitest';
import { SAMPLE_CATALOG } from './sample';
import type { Product } from './types';
import { decodeProduct, encodeProduct } from './wire';

describe('catalog wire format', () => {
  it('round-trips every product to an equal object, absent fields staying absent', () => {
    const bare: Product = { sku: 'A', name: 'Kaos', price: 0, stock: null, variants: [] };
    const full: Product = {
      sku: 'B',
      name: '<img onerror=alert(1)> "kutip" \\ baris\nbaru',
      price: 125000,
      stock: 0,
      variants: [{ sku: 'B-XL', name: 'XL 😊', price: 125000, stock: null }],
      category: '',
      description: 'Deskripsi',
      tags: ['baru'],
      url: 'https://shopee.co.id/x',
      weight: 1250,
    };
    const decoded = [bare, full, ...SAMPLE_CATALOG].map((p) => decodeProduct(encodeProduct(p)));
    expect(decoded).toEqual([bare, full, ...SAMPLE_CATALOG]);
    expect(Object.keys(decoded[0]!)).toEqual(['sku', 'name', 'price', 'stock', 'variants']);
    expect(decoded[1]!.category).toBe('');
  });

  it('is smaller than the objects as JSON', () => {
    const wire = SAMPLE_CATALOG.map(encodeProduct).join('').length;
    expect(wire).toBeLessThan(JSON.stringify(SAMPLE_CATALOG).length * 0.9);
  });
});
