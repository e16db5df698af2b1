import { afterEach, describe, expect, it } from 'vitest';
import { parseCatalogFile } from '../../lib/catalog/import';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import type { Product } from '../../lib/catalog/types';
import { productsForExport } from '../../lib/db/catalog-edit';
import { applyImport } from '../../lib/db/catalog-import';
import { SigapDb } from '../../lib/db/schema';
import { catalogCsv } from './catalog-csv';

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
      csv.startsWith(
        '\uFEFFSKU,Nama,Harga,Stok,Varian,SKU Induk,Kategori,Deskripsi,URL,Berat (gram),Tag\r\n',
      ),
    ).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('KAOS-M,"Kaos ""Polos"", katun",50000,3,M,KAOS,Kaos,,,180,');
    expect(lines[2]).toBe('KAOS-L,"Kaos ""Polos"", katun",55000,,L,KAOS,Kaos,,,180,');
    expect(lines[3]).toBe(`X-1,"'=HYPERLINK(""http://x"")",1000,0,,,,"a\nb",,,`);
  });

  it('imports back into exactly the same products: the whole sample catalog', async () => {
    const back = await roundTrip(SAMPLE_CATALOG);
    expect(back.errors).toEqual([]);
    expect(back.products).toEqual(bySku(SAMPLE_CATALOG));
  });

  it('imports back hostile cells exactly: formulas, tabs, quotes, newlines, emoji, apostrophes', async () => {
    const hostile: Product[] = [
      { sku: '=SKU-1', name: '=HYPERLINK("http://x","klik")', price: 1000, stock: 1, variants: [] },
      { sku: 'PLUS', name: '+62 812 3456', price: 2000, stock: null, variants: [], category: '@Promo' },
      { sku: 'MINUS', name: "-2+3+cmd|' /C calc'!A0", price: 3000, stock: 0, variants: [] },
      { sku: 'AT', name: '@SUM(A1:A9)', price: 4000, stock: 4, variants: [], tags: ['=1+1', 'aman'] },
      { sku: 'TAB', name: 'Kaos\tPolos', price: 5000, stock: 5, variants: [], description: '\t=cmd\tlagi' },
      {
        sku: 'QUOTE',
        name: 'Kaos "Polos", katun; 100%',
        price: 6000,
        stock: 6,
        variants: [],
        description: 'baris satu\nbaris "dua"\r\nbaris tiga, selesai',
      },
      {
        sku: 'EMOJI',
        name: 'Kopi ☕ Susu 🥛 — enak',
        price: 7000,
        stock: 7,
        variants: [],
        url: 'https://x.id/☕',
      },
      // Already starting with the guard: must come back with its own apostrophe, not lose it.
      { sku: 'APOS', name: "'=bukan rumus", price: 8000, stock: 8, variants: [], description: "'biasa" },
      {
        sku: '-INDUK',
        name: '=Sepatu',
        price: 9000,
        stock: 3,
        variants: [
          { sku: '=V1', name: '+40', price: 9000, stock: 1 },
          { sku: '@V2', name: '-41', price: 9500, stock: 2 },
        ],
        weight: 800,
      },
    ];
    const back = await roundTrip(hostile);
    expect(back.errors).toEqual([]);
    expect(back.products).toEqual(bySku(hostile));
  });
});

describe('export → import through the database', () => {
  let db: SigapDb | undefined;
  afterEach(async () => {
    await db?.delete();
  });

  it('re-importing the exported sample catalog changes nothing', async () => {
    db = new SigapDb('catalog-csv-roundtrip');
    await applyImport(
      db,
      'contoh',
      SAMPLE_CATALOG.map((p) => structuredClone(p)),
      0,
      1000,
    );
    const csv = catalogCsv(await productsForExport(db));
    const parse = await parseCatalogFile('ekspor.csv', new TextEncoder().encode(csv));
    expect(parse.errors).toEqual([]);
    expect(await applyImport(db, 'ekspor.csv', parse.products, 0, 2000)).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: SAMPLE_CATALOG.length,
    });
  });
});

const bySku = (products: readonly Product[]) =>
  [...products].sort((a, b) => (a.sku < b.sku ? -1 : 1)).map((p) => JSON.parse(JSON.stringify(p)) as Product);

async function roundTrip(products: readonly Product[]) {
  const parse = await parseCatalogFile('ekspor.csv', new TextEncoder().encode(catalogCsv(products)));
  const sorted = [...parse.products].sort((a, b) => (a.sku < b.sku ? -1 : 1));
  // Exactly the fields the product had: no extra key may appear either.
  return { errors: parse.errors, products: sorted.map((p) => JSON.parse(JSON.stringify(p)) as Product) };
}
