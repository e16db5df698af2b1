import { describe, expect, it } from 'vitest';
import { parseCatalogFile } from '../../lib/catalog/import';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import type { Product } from '../../lib/catalog/types';
import { catalogCsv, safeCell } from './catalog-csv';

describe('safeCell', () => {
  it('prefixes an apostrophe to cells a spreadsheet would run', () => {
    for (const cell of ['=1+1', '+62812', '-2+3+cmd|x', '@SUM(A1)', '\tx'])
      expect(safeCell(cell)).toBe(`'${cell}`);
    expect(safeCell('Kaos = murah')).toBe('Kaos = murah');
  });
});

describe('catalogCsv', () => {
  it('writes a BOM, one row per variant, quoted cells and neutralised formulas', () => {
    const products: Product[] = [
      {
        sku: 'KAOS',
        name: 'Kaos "Polos", katun',
        price: 50000,
        stock: null,
        variants: [
          { sku: 'KAOS-M', name: 'M', price: 50000, stock: 3 },
          { sku: 'KAOS-L', name: 'L', price: 55000, stock: null },
        ],
        category: 'Kaos',
        weight: 180,
      },
      {
        sku: 'X-1',
        name: '=HYPERLINK("http://x")',
        price: 1000,
        stock: 0,
        variants: [],
        description: 'a\nb',
      },
    ];
    const csv = catalogCsv(products);
    expect(
      csv.startsWith('\uFEFFSKU,Nama,Harga,Stok,Varian,SKU Induk,Kategori,Deskripsi,URL,Berat (gram)\r\n'),
    ).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('KAOS-M,"Kaos ""Polos"", katun",50000,3,M,KAOS,Kaos,,,180');
    expect(lines[2]).toBe('KAOS-L,"Kaos ""Polos"", katun",55000,,L,KAOS,Kaos,,,180');
    expect(lines[3]).toBe(`X-1,"'=HYPERLINK(""http://x"")",1000,0,,,,"a\nb",,`);
  });

  it('imports back into the same products', async () => {
    const csv = catalogCsv(SAMPLE_CATALOG);
    const parse = await parseCatalogFile('ekspor.csv', new TextEncoder().encode(csv));
    expect(parse.errors).toEqual([]);
    const bySku = new Map(parse.products.map((p) => [p.sku, p]));
    for (const product of SAMPLE_CATALOG) {
      const back = bySku.get(product.sku);
      expect(back, product.sku).toMatchObject({
        name: product.name,
        price: product.price,
        stock: product.stock,
        variants: product.variants,
      });
      expect(back?.weight, product.sku).toBe(product.weight);
    }
  });
});
