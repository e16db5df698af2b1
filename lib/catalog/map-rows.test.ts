import { DESCRIPTION_LIMIT, guardCell, looksLikeFormula, unguardCell } from './cells';
import { CATALOG_FIELDS, detectMapping, fieldForHeader, findHeaderRow, isInstructionRow } from './headers';
import { fieldLabel, mapRows } from './map-rows';

describe('header recognition', () => {
  it.each([
    ['Nama Produk', 'name'],
    ['Nama Produk*', 'name'],
    ['  NAMA   produk ', 'name'],
    ['Harga (Rp)*', 'price'],
    ['Harga', 'price'],
    ['Stok*', 'stock'],
    ['SKU Induk', 'parentSku'],
    ['Kode Variasi', 'variantId'],
    ['Nama Variasi', 'variantName'],
    ['Deskripsi Produk', 'description'],
    ['Berat (gram)', 'weight'],
    ['Kategori', 'category'],
    ['URL', 'url'],
    ['Price', 'price'],
    ['Stock', 'stock'],
    ['Tags', 'tags'],
    ['Variant', 'variantName'],
    ['Product Name\n(max 255)', 'name'],
  ])('%j → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('does not recognise unrelated headers', () => {
    expect(fieldForHeader('Status Produk')).toBeUndefined();
    expect(fieldForHeader('Foto 1')).toBeUndefined();
  });

  it('finds the header below notes and skips a sentence mentioning field names', () => {
    const rows = [
      ['Catatan: isi kolom Nama Produk dan Harga dengan benar'],
      [''],
      ['No', 'Nama Produk', 'Harga', 'Stok'],
      ['1', 'Kaos', '1000', '2'],
    ];
    expect(findHeaderRow(rows)).toBe(2);
  });

  it('returns -1 when no row looks like a header', () => {
    expect(
      findHeaderRow([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe(-1);
  });

  it('lets the first of two same-field columns win and lists unknown columns as ignored', () => {
    expect(detectMapping(['Nama Produk', 'Nama', 'Foto'])).toEqual({
      'Nama Produk': 'name',
      Nama: '',
      Foto: '',
    });
  });

  it('recognises template instruction rows', () => {
    expect(isInstructionRow(['Wajib', 'Opsional', 'Hanya baca'])).toBe(true);
    expect(isInstructionRow(['Contoh: Produk A', 'Contoh: 50000', ''])).toBe(true);
    expect(isInstructionRow(['Kaos Polos', '50000', '3'])).toBe(false);
  });

  it('has a label for every target field in both languages', () => {
    for (const field of CATALOG_FIELDS) expect(fieldLabel(field)).not.toBe('');
    expect(fieldLabel('')).toBe('(abaikan kolom)');
  });
});

describe('mapRows', () => {
  const header = ['Produk', 'Kode', 'Nilai', 'Jumlah'];
  const table = [header, ['Kaos Polos', 'K-1', '50000', '3'], ['Topi', 'T-1', '25.000', '']];

  it('needs a mapping for unknown headers, then re-runs with the edited one', () => {
    const first = mapRows(table);
    expect(first.products).toEqual([]);
    expect(first.errors[0]!.message).toContain('Harga');
    const edited = mapRows(table, { Produk: 'name', Kode: 'sku', Nilai: 'price', Jumlah: 'stock' });
    expect(edited.errors).toEqual([]);
    expect(edited.mapping).toEqual({ Produk: 'name', Kode: 'sku', Nilai: 'price', Jumlah: 'stock' });
    expect(edited.products).toEqual([
      { sku: 'K-1', name: 'Kaos Polos', price: 50000, stock: 3, variants: [] },
      { sku: 'T-1', name: 'Topi', price: 25000, stock: null, variants: [] },
    ]);
  });

  it('lets an edited mapping ignore a detected column', () => {
    const rows = [
      ['Nama', 'Harga', 'Deskripsi'],
      ['Kaos', '1000', 'Rahasia'],
    ];
    const parse = mapRows(rows, { Nama: 'name', Harga: 'price', Deskripsi: '' });
    expect(parse.products[0]!.description).toBeUndefined();
  });

  it('cuts a 1 MB description to the limit and warns with row and column', () => {
    const huge = 'a'.repeat(1024 * 1024);
    const parse = mapRows([
      ['Nama', 'SKU', 'Harga', 'Deskripsi'],
      ['Kaos', 'K-1', '1000', huge],
    ]);
    expect(parse.products[0]!.description).toHaveLength(DESCRIPTION_LIMIT);
    expect(parse.warnings).toEqual([
      { row: 2, column: 'Deskripsi', message: expect.stringContaining(`${1024 * 1024} karakter`) },
    ]);
  });

  it('stores the weight in grams, and keeps a product whose weight cell is bad, with a warning', () => {
    const parse = mapRows([
      ['Nama', 'SKU', 'Harga', 'Berat (gram)'],
      ['Kaos', 'K-1', '59000', '200'],
      ['Madu', 'M-1', '125000', '1,2 kg'],
      ['Tas', 'T-1', '89000', 'ringan'],
      ['Topi', 'P-1', '35000', '-5'],
      ['Sandal', 'S-1', '25000', ''],
    ]);
    expect(parse.errors).toEqual([]);
    expect(parse.products.map((p) => [p.sku, p.weight])).toEqual([
      ['K-1', 200],
      ['M-1', 1200],
      ['T-1', undefined],
      ['P-1', undefined],
      ['S-1', undefined],
    ]);
    expect(parse.products[2]).not.toHaveProperty('weight');
    expect(parse.warnings).toEqual([
      { row: 4, column: 'Berat (gram)', message: expect.stringContaining('"ringan" tidak terbaca') },
      { row: 5, column: 'Berat (gram)', message: expect.stringContaining('Berat negatif: "-5"') },
    ]);
  });

  it('gives a product with variants the weight of its first row that has one', () => {
    const parse = mapRows([
      ['SKU Induk', 'Nama Produk', 'Nama Variasi', 'SKU', 'Harga', 'Berat'],
      ['SPT', 'Sepatu Lari', '40', 'SPT-40', '300000', ''],
      ['SPT', '', '41', 'SPT-41', '280000', '800'],
    ]);
    expect(parse.products[0]!.weight).toBe(800);
  });

  it('groups rows sharing a parent SKU even when not adjacent, taking the lowest price and summed stock', () => {
    const parse = mapRows([
      ['SKU Induk', 'Nama Produk', 'Nama Variasi', 'SKU', 'Harga', 'Stok'],
      ['SPT', 'Sepatu Lari', '40', 'SPT-40', '300000', '2'],
      ['TAS', 'Tas Ransel', '', 'TAS', '150000', '1'],
      ['SPT', '', '41', 'SPT-41', '280000', '5'],
    ]);
    expect(parse.errors).toEqual([]);
    expect(parse.products[0]).toEqual({
      sku: 'SPT',
      name: 'Sepatu Lari',
      price: 280000,
      stock: 7,
      variants: [
        { sku: 'SPT-40', name: '40', price: 300000, stock: 2 },
        { sku: 'SPT-41', name: '41', price: 280000, stock: 5 },
      ],
    });
    expect(parse.products[1]).toMatchObject({ sku: 'TAS', variants: [] });
  });

  it('flags a variant SKU used twice', () => {
    const parse = mapRows([
      ['SKU Induk', 'Nama Produk', 'Nama Variasi', 'SKU', 'Harga'],
      ['SPT', 'Sepatu', '40', 'SPT-40', '300000'],
      ['SPT', 'Sepatu', '41', 'SPT-40', '300000'],
    ]);
    expect(parse.errors).toEqual([{ row: 3, column: 'SKU', message: expect.stringContaining('baris 2') }]);
    expect(parse.products[0]!.variants).toHaveLength(1);
  });

  it('makes a stable SKU from the name when the sheet has none, and says so once', () => {
    const rows = [
      ['Nama', 'Harga', 'Varian'],
      ['Kaos Polos', '1000', 'Hitam'],
      ['Kaos Polos', '1000', 'Putih'],
      ['Topi', '2000', ''],
    ];
    const parse = mapRows(rows);
    expect(parse.products.map((p) => [p.sku, p.variants.map((v) => v.sku)])).toEqual([
      ['AUTO-KAOS-POLOS', ['AUTO-KAOS-POLOS-HITAM', 'AUTO-KAOS-POLOS-PUTIH']],
      ['AUTO-TOPI', []],
    ]);
    expect(parse.warnings).toHaveLength(1);
    expect(parse.warnings[0]!.message).toContain('3 baris tanpa SKU');
    expect(mapRows(rows).products).toEqual(parse.products);
  });

  it('flags two unrelated products with the same SKU', () => {
    const parse = mapRows([
      ['Nama', 'SKU', 'Harga'],
      ['Kaos', 'X-1', '1000'],
      ['Topi', 'X-1', '2000'],
    ]);
    expect(parse.errors.map((e) => e.row)).toEqual([3]);
    expect(parse.products).toHaveLength(1);
  });

  it('reports a header with no product rows', () => {
    const parse = mapRows([['Nama', 'Harga']], undefined, 'kosong.csv');
    expect(parse.errors).toEqual([
      { message: expect.stringContaining('kosong.csv tidak berisi baris produk') },
    ]);
  });

  it('counts skipped rows in a warning', () => {
    const parse = mapRows([
      ['Nama', 'Harga'],
      ['Kaos', 'x'],
      ['Topi', '-1'],
      ['Tas', '1'],
    ]);
    expect(parse.products).toHaveLength(1);
    expect(parse.warnings.at(-1)!.message).toBe('2 baris dilewati karena ada kesalahan.');
  });
});

describe('formula look-alikes', () => {
  it.each(['=HYPERLINK("x")', '+62812', '@SUM(A1)', '-cmd', '\t=1'])('%j looks like a formula', (text) => {
    expect(looksLikeFormula(text)).toBe(true);
    expect(guardCell(text)).toBe(`'${text}`);
    expect(unguardCell(guardCell(text))).toBe(text);
  });

  it.each(['- bahan katun', '-5', 'Kaos = adem', 'email@toko.id'])('%j does not', (text) => {
    expect(looksLikeFormula(text)).toBe(false);
  });

  it('guards every leading "-" and apostrophes before a formula, and takes off exactly one', () => {
    expect(guardCell('-5')).toBe("'-5");
    expect(guardCell('Kaos = adem')).toBe('Kaos = adem');
    expect(guardCell("'=x")).toBe("''=x");
    expect(unguardCell("''=x")).toBe("'=x");
    expect(guardCell("'biasa")).toBe("'biasa");
    expect(unguardCell("'biasa")).toBeNull();
  });

  it('reads a guarded cell back as it was exported, without the apostrophe', () => {
    const parse = mapRows([
      ['Nama', 'Harga', 'Deskripsi'],
      ['\'=HYPERLINK("x")', '1000', "'\t=cmd "],
    ]);
    expect(parse.products[0]).toMatchObject({ name: '=HYPERLINK("x")', description: '\t=cmd ' });
    expect(parse.warnings.map((w) => w.message)).toContain(
      'Sel diawali "=" seperti rumus spreadsheet; disimpan apa adanya sebagai teks dan tidak pernah dijalankan.',
    );
  });
});
