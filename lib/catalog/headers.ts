// Column headers → catalog fields. Marketplace templates decorate headers ("Nama Produk*",
// "Harga (Rp)*", "Berat (gram)") and put instruction rows above and below the real header, so headers
// are compared after normalising (case, asterisks, punctuation, spacing) and the header row is the
// row that names the most known columns.
//
// Where the names come from:
// - Shopee Seller Centre "Edit Secara Massal → Mass Update → Informasi Penjualan" template: header
//   row 4 of 6 header rows ("Kode Produk, Nama Produk, No. Integrasi Produk, Kode Variasi, Nama
//   Variasi, Kode Integrasi, Stok, Harga, Status Produk, SKU Induk"), row 5 says Wajib/Opsional/
//   Hanya baca, row 6 gives "Contoh: …" examples; product exports also carry "SKU Induk" (parent SKU)
//   and "SKU" (variation SKU) — as seen in public tools that read these exports (GitHub code search:
//   shopee mass_update parsers, forstok_doc "Cara Penginputan Kode SKU di Marketplace"), and Shopee's
//   Mass Upload guide ("masukkan rincian produk dari baris keenam").
// - Tokopedia "Atur Sekaligus / Tambah Sekaligus" templates: required columns marked with an
//   asterisk ("Nama Produk*", "Harga (Rp)*", "Stok*"), plus "SKU", "Deskripsi Produk", "URL"
//   (the list; Tokopedia's template is only downloadable from a seller account).
// - A shop's own sheet: English or Indonesian plain names.

export const CATALOG_FIELDS = [
  'name',
  'sku',
  'parentSku',
  'productId',
  'variantId',
  'variantName',
  'price',
  'stock',
  'description',
  'category',
  'tags',
  'url',
  'weight',
] as const;

export type CatalogField = (typeof CATALOG_FIELDS)[number];

/** Fields without which no product can be stored. */
export const REQUIRED_FIELDS: readonly CatalogField[] = ['name', 'price'];

/** Value in a column mapping that means "do not import this column". */
export const IGNORE_COLUMN = '';

const ALIASES: Record<CatalogField, readonly string[]> = {
  name: ['nama produk', 'nama', 'nama barang', 'product name', 'name', 'produk', 'title', 'judul'],
  sku: [
    'sku',
    'kode sku',
    'sku variasi',
    'sku varian',
    'nomor referensi sku',
    'kode integrasi',
    'seller sku',
    'variant sku',
    'sku name',
    'kode barang',
  ],
  parentSku: ['sku induk', 'parent sku', 'sku produk', 'kode induk'],
  productId: ['kode produk', 'product id', 'id produk', 'item id'],
  variantId: ['kode variasi', 'variation id', 'id variasi', 'model id'],
  variantName: [
    'nama variasi',
    'variasi',
    'varian',
    'nama varian',
    'variant',
    'variant name',
    'variation',
    'variation name',
    'pilihan',
  ],
  price: ['harga', 'harga rp', 'harga jual', 'price', 'harga satuan', 'selling price', 'harga normal'],
  stock: ['stok', 'stock', 'jumlah stok', 'qty', 'quantity', 'stok tersedia', 'persediaan'],
  description: ['deskripsi produk', 'deskripsi', 'description', 'keterangan', 'product description'],
  category: ['kategori', 'category', 'kategori produk', 'etalase'],
  tags: ['tags', 'tag', 'label', 'kata kunci', 'keywords'],
  url: ['url', 'link', 'link produk', 'url produk', 'product url', 'tautan'],
  weight: ['berat', 'weight', 'berat gram', 'berat gr', 'weight g'],
};

/** "Harga (Rp)*" → "harga rp"; "  Nama_Produk " → "nama produk". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const FIELD_BY_ALIAS = new Map<string, CatalogField>();
for (const field of CATALOG_FIELDS) {
  for (const alias of ALIASES[field]) FIELD_BY_ALIAS.set(normalizeHeader(alias), field);
}

/** The field a header names, or undefined. Tries the header, its first line, then without "(…)". */
export function fieldForHeader(header: string): CatalogField | undefined {
  const candidates = [header, header.split(/\r?\n/)[0] ?? '', header.replace(/\([^)]*\)/g, '')];
  for (const candidate of candidates) {
    const field = FIELD_BY_ALIAS.get(normalizeHeader(candidate));
    if (field) return field;
  }
  return undefined;
}

/** How many distinct fields a row names (its likelihood of being the header row). */
function headerScore(row: readonly string[], extra?: ReadonlyMap<string, string>): number {
  const seen = new Set<string>();
  for (const cell of row) {
    if (cell.length > 80) continue; // a sentence of instructions, not a header
    const field = extra?.get(cell.trim()) ?? fieldForHeader(cell);
    if (field) seen.add(field);
  }
  let score = seen.size;
  // A row naming the required columns beats an instruction row that mentions a field in passing.
  for (const field of REQUIRED_FIELDS) if (seen.has(field)) score += 0.5;
  return score;
}

const HEADER_SEARCH_ROWS = 30;

/**
 * Index (0-based) of the header row among the first rows, or -1 when no row names two fields.
 * `mapping` (an edited mapping from the UI) counts its headers as known too.
 */
export function findHeaderRow(
  rows: readonly (readonly string[])[],
  mapping?: Record<string, string>,
): number {
  const extra = mapping
    ? new Map(Object.entries(mapping).filter(([, field]) => field !== IGNORE_COLUMN))
    : undefined;
  let best = -1;
  let bestScore = 1.5; // at least two fields, or one required field and one other
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const score = headerScore(rows[i]!, extra);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/**
 * header text → field for one header row. The first column that claims a field keeps it (Shopee's
 * "Performa Produk" export repeats a header on a second, always-empty column). Unknown headers map
 * to IGNORE_COLUMN so the mapping UI can list every column.
 */
export function detectMapping(
  header: readonly string[],
): Record<string, CatalogField | typeof IGNORE_COLUMN> {
  const mapping: Record<string, CatalogField | typeof IGNORE_COLUMN> = {};
  const taken = new Set<CatalogField>();
  for (const cell of header) {
    const key = cell.trim();
    if (key === '' || key in mapping) continue;
    const field = fieldForHeader(key);
    if (field && !taken.has(field)) {
      mapping[key] = field;
      taken.add(field);
    } else {
      mapping[key] = IGNORE_COLUMN;
    }
  }
  return mapping;
}

const INSTRUCTION =
  /^(wajib|opsional|optional|required|mandatory|hanya baca|read only|contoh|example|catatan|note|petunjuk|isi |masukkan|maks|min\.?|pilih|format)/i;

/**
 * Rows right below the header in marketplace templates say "Wajib / Opsional / Hanya baca" or
 * "Contoh: …". A row is one when most of its non-empty cells read like that.
 */
export function isInstructionRow(row: readonly string[]): boolean {
  const cells = row.map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length === 0) return false;
  const hits = cells.filter((c) => INSTRUCTION.test(c)).length;
  return hits * 2 > cells.length;
}
