import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setLang } from '../i18n';
import { parseCatalogFile } from './import';

// End-to-end parsing of the fixture files under tests/fixtures/catalog/ (see make-xlsx.ts there).

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/catalog', name)));
}

async function parseFixture(name: string) {
  return parseCatalogFile(name, fixture(name));
}

afterEach(() => setLang('id'));

describe('parseCatalogFile: marketplace exports', () => {
  it('reads a Shopee mass-update CSV: header on row 4, instruction rows skipped, variants grouped by SKU Induk', async () => {
    const parse = await parseFixture('shopee-mass-update.csv');
    expect(parse.errors).toEqual([]);
    expect(parse.headerRow).toBe(4);
    expect(parse.warnings).toEqual([{ row: 5, message: expect.stringContaining('5–6') }]);
    expect(parse.mapping).toMatchObject({
      'Nama Produk': 'name',
      'SKU Induk': 'parentSku',
      'Kode Variasi': 'variantId',
      'Nama Variasi': 'variantName',
      SKU: 'sku',
      Harga: 'price',
      Stok: 'stock',
      'Deskripsi Produk': 'description',
      Berat: 'weight',
      Kategori: 'category',
      'Status Produk': '',
    });
    expect(parse.products.map((p) => p.sku)).toEqual(['KPC-30S', 'TMB-500', 'SNK-KNV']);
    const kaos = parse.products[0]!;
    expect(kaos).toMatchObject({
      name: 'Kaos Polos Cotton Combed 30s',
      price: 59000,
      stock: 17,
      category: 'Pakaian Pria',
      weight: 200,
    });
    expect(kaos.variants).toEqual([
      { sku: 'KPC-30S-HTM-M', name: 'Hitam,M', price: 59000, stock: 12 },
      { sku: 'KPC-30S-HTM-L', name: 'Hitam,L', price: 59000, stock: 0 },
      { sku: 'KPC-30S-PTH-XL', name: 'Putih,XL', price: 62000, stock: 5 },
    ]);
    expect(parse.products[1]).toEqual({
      sku: 'TMB-500',
      name: 'Tumbler Stainless 500ml',
      price: 89000,
      stock: null,
      variants: [],
      category: 'Peralatan Dapur',
      description: 'Tumbler stainless steel tahan panas 12 jam.',
      weight: 350,
    });
    expect(parse.products[2]!.description).toBe('Sepatu sneakers kanvas\nsol karet anti licin.');
    expect(parse.productRows).toEqual([7, 10, 11]);
    expect(parse.source).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ',' });
  });

  it('reads a Shopee workbook (XLSX): picks the data sheet, number cells, spreadsheet row numbers', async () => {
    const parse = await parseFixture('shopee-mass-update.xlsx');
    expect(parse.errors).toEqual([]);
    expect(parse.source).toMatchObject({ format: 'xlsx', sheet: 'Informasi Penjualan' });
    expect(parse.headerRow).toBe(4);
    expect(parse.products).toEqual([
      {
        sku: 'ROK-PLS',
        name: 'Rok Plisket Premium',
        price: 75000,
        stock: 14,
        variants: [
          { sku: 'ROK-PLS-MCC', name: 'Mocca', price: 79000, stock: 14 },
          { sku: 'ROK-PLS-HTM', name: 'Hitam', price: 75000, stock: 0 },
        ],
      },
      { sku: 'BTL-350', name: 'Botol Minum Anak 350ml', price: 32500, stock: 25, variants: [] },
      { sku: 'KBL-TC-1M', name: 'Kabel Data Type-C 1m', price: 15000, stock: null, variants: [] },
    ]);
    // Row 9 is blank in the sheet: the next products are on rows 10 and 11.
    expect(parse.productRows).toEqual([7, 10, 11]);
  });

  it("reads Shopee's mass-update download by its et_title_* keys: template rows 2–6 are no errors, no row is lost", async () => {
    const parse = await parseFixture('shopee-mass-update-sales-info.xlsx');
    expect(parse.errors).toEqual([]);
    expect(parse.template).toBe('shopee-mass-update');
    expect(parse.headerRow).toBe(1);
    expect(parse.warnings).toEqual([{ row: 2, message: expect.stringContaining('2–6') }]);
    expect(parse.mapping).toMatchObject({
      et_title_product_id: 'productId',
      et_title_product_name: 'name',
      et_title_variation_id: 'variantId',
      et_title_variation_name: 'variantName',
      et_title_parent_sku: 'parentSku',
      et_title_variation_sku: 'sku',
      et_title_variation_price: 'price',
      et_title_variation_stock: 'stock',
      ps_gtin_code: '',
      et_title_reason: '',
    });
    expect(parse.columnLabels).toMatchObject({
      et_title_variation_price: 'Harga',
      et_title_variation_stock: 'Stok',
    });
    expect(parse.products).toEqual([
      {
        sku: 'KMJ-FLN',
        name: 'Kemeja Flanel Kotak',
        price: 129000,
        stock: 12,
        variants: [
          { sku: 'KMJ-FLN-MRH-M', name: 'Merah,M', price: 129000, stock: 8 },
          { sku: 'KMJ-FLN-MRH-L', name: 'Merah,L', price: 129000, stock: 0 },
          { sku: 'KMJ-FLN-BRU-XL', name: 'Biru,XL', price: 135000, stock: 4 },
        ],
      },
      { sku: 'MDH-500', name: 'Madu Hutan Asli 500 gr', price: 125000, stock: 20, variants: [] },
      { sku: 'PWB-10K', name: 'Powerbank 10000 mAh', price: 199000, stock: null, variants: [] },
      {
        sku: 'TMB-500',
        name: 'Tumbler Stainless 500 ml',
        price: 89000,
        stock: 19,
        variants: [
          { sku: 'TMB-500-HTM', name: 'Hitam', price: 89000, stock: 12 },
          { sku: 'TMB-500-PTH', name: 'Putih', price: 89000, stock: 7 },
        ],
      },
    ]);
    // Every data row from row 7 on is a product or a variant; row 12 is blank in the sheet.
    expect(parse.productRows).toEqual([7, 10, 11, 13]);
  });

  it('reads TikTok Shop\'s batch-edit template: the "Template" sheet by its keys, rows 2–5 are template rows, data past the declared range', async () => {
    const parse = await parseFixture('tiktok-batch-edit.xlsx');
    expect(parse.errors).toEqual([]);
    expect(parse.template).toBe('tiktok-batch-edit');
    expect(parse.source).toMatchObject({ format: 'xlsx', sheet: 'Template' });
    expect(parse.headerRow).toBe(1);
    expect(parse.warnings).toEqual([{ row: 2, message: expect.stringContaining('2–5') }]);
    expect(parse.mapping).toEqual({
      product_id: 'productId',
      product_name: 'name',
      sku_id: 'variantId',
      variation_value: 'variantName',
      seller_sku: 'sku',
      price: 'price',
      quantity: 'stock',
    });
    expect(parse.products).toEqual([
      {
        sku: 'ID-1729384756001',
        name: 'Gamis Syari Wolfis Premium',
        price: 245000,
        stock: 10,
        variants: [
          { sku: 'GMS-WLF-HTM', name: 'Hitam', price: 245000, stock: 7 },
          { sku: 'GMS-WLF-NVY', name: 'Navy', price: 255000, stock: 3 },
        ],
      },
      { sku: 'HJB-PSM', name: 'Hijab Pashmina Ceruty', price: 45000, stock: 40, variants: [] },
      // No seller SKU: TikTok's own SKU id identifies it, so a re-import updates the same row.
      { sku: '1729384756301', name: 'Kaos Kaki Anak 3 Pasang', price: 27500, stock: 0, variants: [] },
      {
        sku: 'ID-1729384756004',
        name: 'Sandal Jepit Karet',
        price: 19000,
        stock: 26,
        variants: [
          { sku: 'SDL-KRT-38', name: '38', price: 19000, stock: 15 },
          { sku: 'SDL-KRT-39', name: '39', price: 19000, stock: 11 },
        ],
      },
    ]);
    // Rows 6–11 are all read, though the sheet declares A1:G5.
    expect(parse.productRows).toEqual([6, 8, 9, 10]);
  });

  it('detects XLSX by its bytes even when the file is called .csv', async () => {
    const parse = await parseCatalogFile('produk.csv', fixture('shopee-mass-update.xlsx'));
    expect(parse.source?.format).toBe('xlsx');
    expect(parse.products).toHaveLength(3);
  });

  it('reads a Tokopedia export: "Nama Produk*", "Harga (Rp)*", "Stok*", a note above and an instruction row below', async () => {
    const parse = await parseFixture('tokopedia-export.csv');
    expect(parse.errors).toEqual([]);
    expect(parse.headerRow).toBe(2);
    expect(parse.mapping).toMatchObject({
      'Nama Produk*': 'name',
      'Harga (Rp)*': 'price',
      'Stok*': 'stock',
      URL: 'url',
    });
    const [gamis, madu, powerbank] = parse.products;
    // Same name + a variation column → one product with variants; unknown stock makes the total unknown.
    expect(gamis).toMatchObject({ name: 'Gamis Syari Wolfis Premium', price: 245000, stock: null });
    expect(gamis!.variants.map((v) => [v.sku, v.name, v.stock])).toEqual([
      ['GMS-WLF-01', 'Hitam', 7],
      ['GMS-WLF-02', 'Navy', null],
    ]);
    expect(gamis!.url).toBe('https://www.tokopedia.com/tokocontoh/gamis-syari-wolfis-premium');
    expect(madu).toMatchObject({ sku: 'MDH-500', price: 125000, stock: 20, variants: [] });
    expect(powerbank).toMatchObject({ sku: 'PWB-10K', price: 199000, stock: 0 });
  });
});

describe('parseCatalogFile: encodings and delimiters', () => {
  it('reads an Indonesian-Excel CSV: semicolons, CRLF, decimal-comma prices, a quoted multi-line cell', async () => {
    const parse = await parseFixture('semicolon-id.csv');
    expect(parse.errors).toEqual([]);
    expect(parse.source).toMatchObject({ delimiter: ';' });
    expect(parse.products.map((p) => [p.sku, p.price, p.stock])).toEqual([
      ['KMJ-FLN-01', 125000, 8],
      ['CHN-SLM-01', 149000, null],
      ['TOP-BSB-01', 35000, 15],
    ]);
    expect(parse.products[0]!.description).toBe('Flanel tebal; cocok untuk\r\nmusim hujan, "best seller"');
    expect(parse.productRows).toEqual([2, 3, 4]);
  });

  it('reads a Windows-1252 CSV', async () => {
    const parse = await parseFixture('windows-1252.csv');
    expect(parse.source).toMatchObject({ encoding: 'windows-1252' });
    expect(parse.products.map((p) => p.name)).toEqual([
      'Café Latte Sachet Isi 10',
      'Paket Hemat Kaos 3 × 1 – Promo',
    ]);
  });

  it('reads a UTF-8 BOM CSV with English headers and English thousands', async () => {
    const parse = await parseFixture('bom-english.csv');
    expect(parse.errors).toEqual([]);
    expect(parse.source).toMatchObject({ encoding: 'utf-8-bom' });
    expect(parse.mapping).toEqual({
      Name: 'name',
      Price: 'price',
      Stock: 'stock',
      SKU: 'sku',
      Description: 'description',
      Category: 'category',
      Tags: 'tags',
      URL: 'url',
      Variant: 'variantName',
    });
    expect(parse.products[0]).toMatchObject({ sku: 'HJB-PSM-01', price: 35000, tags: ['hijab', 'pashmina'] });
    expect(parse.products[1]).toMatchObject({
      name: 'Jaket Bomber Pria',
      price: 225000,
      url: 'https://shopee.co.id/jaket-bomber',
      variants: [
        { sku: 'JKT-BMB-M', name: 'M', price: 225000, stock: 6 },
        { sku: 'JKT-BMB-XL', name: 'XL', price: 235000, stock: null },
      ],
    });
  });
});

describe('parseCatalogFile: files that are not a catalog', () => {
  it('rejects a PDF renamed .csv with a clear message naming the file', async () => {
    const parse = await parseFixture('invoice-pdf-renamed.csv');
    expect(parse.products).toEqual([]);
    expect(parse.errors).toEqual([
      { message: expect.stringContaining('invoice-pdf-renamed.csv adalah PDF') },
    ]);
  });

  it('rejects an empty file', async () => {
    const parse = await parseFixture('empty.csv');
    expect(parse.errors).toEqual([{ message: 'File empty.csv kosong.' }]);
  });

  it('rejects a damaged XLSX (ZIP magic, nothing behind it)', async () => {
    const bytes = fixture('shopee-mass-update.xlsx').slice(0, 200);
    const parse = await parseCatalogFile('rusak.xlsx', bytes);
    expect(parse.errors[0]!.message).toContain('rusak.xlsx tidak bisa dibaca sebagai XLSX');
  });

  it('names the missing required column', async () => {
    const parse = await parseFixture('no-price-column.csv');
    expect(parse.products).toEqual([]);
    expect(parse.errors).toEqual([
      { row: 1, message: expect.stringContaining('Kolom wajib tidak ditemukan: Harga') },
    ]);
  });

  it('says the messages in English when the UI is in English', async () => {
    setLang('en');
    const parse = await parseFixture('invoice-pdf-renamed.csv');
    expect(parse.errors[0]!.message).toContain('is a PDF, not a CSV or XLSX');
  });
});

describe('parseCatalogFile: bad rows', () => {
  it('reports each problem with its row and column, skips those rows and keeps the others', async () => {
    const parse = await parseFixture('problems.csv');
    expect(parse.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'SKU'],
      [4, 'Harga'],
      [5, 'Harga'],
      [6, 'Nama Produk'],
      [9, 'Harga'],
      [10, 'Stok'],
    ]);
    expect(parse.errors[0]!.message).toBe('SKU "SDL-01" sudah dipakai di baris 2; baris ini dilewati.');
    expect(parse.errors[1]!.message).toBe('Harga negatif: "-45000".');
    expect(parse.errors[2]!.message).toContain('"1,5 jt" memakai singkatan');
    expect(parse.products.map((p) => p.sku)).toEqual(['SDL-01', 'FRM-01', 'HTML-01']);
  });

  it('keeps formula-like cells literally and warns about them', async () => {
    const parse = await parseFixture('problems.csv');
    const formula = parse.products.find((p) => p.sku === 'FRM-01')!;
    expect(formula.name).toBe('=HYPERLINK("http://contoh.invalid","Diskon")');
    expect(formula.description).toBe('@SUM(1+1)');
    expect(parse.warnings.filter((w) => w.row === 7).map((w) => w.column)).toEqual([
      'Nama Produk',
      'Deskripsi Produk',
    ]);
  });

  it('keeps HTML as literal text (the UI renders it as text)', async () => {
    const parse = await parseFixture('problems.csv');
    expect(parse.products.find((p) => p.sku === 'HTML-01')!.name).toBe('<img src=x onerror=alert(1)>');
  });
});
