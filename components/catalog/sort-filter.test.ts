import { describe, expect, it } from 'vitest';
import type { Product } from '../../lib/catalog/types';
import { filterProducts, sortProducts } from './sort-filter';

const p = (
  sku: string,
  name: string,
  price: number,
  stock: number | null,
  variantSkus: string[] = [],
): Product => ({
  sku,
  name,
  price,
  stock,
  variants: variantSkus.map((v) => ({ sku: v, name: v, price, stock })),
});
const products = [
  p('B-2', 'Kaos 10', 30000, null),
  p('A-1', 'kaos 2', 50000, 0),
  p('C-3', 'Celana', 10000, 5, ['C-3-XL']),
];

describe('filterProducts', () => {
  it('matches name, SKU and variant SKU substrings, case-insensitively', () => {
    expect(filterProducts(products, 'KAOS').map((x) => x.sku)).toEqual(['B-2', 'A-1']);
    expect(filterProducts(products, 'a-1').map((x) => x.sku)).toEqual(['A-1']);
    expect(filterProducts(products, '3-xl').map((x) => x.sku)).toEqual(['C-3']);
    expect(filterProducts(products, '  ')).toBe(products);
  });
});

describe('sortProducts', () => {
  it('sorts names naturally and prices numerically, both directions', () => {
    expect(sortProducts(products, { key: 'name', dir: 'asc' }).map((x) => x.name)).toEqual([
      'Celana',
      'kaos 2',
      'Kaos 10',
    ]);
    expect(sortProducts(products, { key: 'price', dir: 'desc' }).map((x) => x.price)).toEqual([
      50000, 30000, 10000,
    ]);
  });

  it('keeps unknown stock last whichever the direction', () => {
    expect(sortProducts(products, { key: 'stock', dir: 'asc' }).map((x) => x.stock)).toEqual([0, 5, null]);
    expect(sortProducts(products, { key: 'stock', dir: 'desc' }).map((x) => x.stock)).toEqual([5, 0, null]);
  });
});
