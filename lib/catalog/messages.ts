import { defineMessages } from '../i18n';

// Every user-facing string of the catalog: import problems (each names the file, row and column so
// the user can find the cell in a spreadsheet) and the product answer inserted into the chat.

export const catalogMessages = defineMessages({
  // File-level problems.
  emptyFile: { id: 'File {file} kosong.', en: 'The file {file} is empty.' },
  noRows: {
    id: 'File {file} tidak berisi baris produk di bawah judul kolom.',
    en: 'The file {file} has no product rows below the column headers.',
  },
  pdfFile: {
    id: 'File {file} adalah PDF, bukan CSV atau XLSX. Unduh ulang ekspor produk dalam format CSV atau XLSX.',
    en: 'The file {file} is a PDF, not a CSV or XLSX. Download the product export again as CSV or XLSX.',
  },
  xlsFile: {
    id: 'File {file} berformat Excel lama (.xls). Simpan ulang sebagai .xlsx atau CSV lalu impor lagi.',
    en: 'The file {file} is an old Excel file (.xls). Save it again as .xlsx or CSV and import that.',
  },
  binaryFile: {
    id: 'File {file} bukan CSV atau XLSX (isinya bukan teks atau lembar kerja).',
    en: 'The file {file} is not a CSV or XLSX (its content is neither text nor a spreadsheet).',
  },
  badXlsx: {
    id: 'File {file} tidak bisa dibaca sebagai XLSX (file rusak atau bukan lembar kerja Excel).',
    en: 'The file {file} cannot be read as XLSX (damaged, or not an Excel workbook).',
  },
  csvSyntax: {
    id: 'Tanda kutip tidak tertutup mulai baris ini; isi baris setelahnya mungkin tergabung.',
    en: 'An unclosed quote starts on this row; the rows after it may have been merged.',
  },
  missingColumns: {
    id: 'Kolom wajib tidak ditemukan: {columns}. Pastikan baris judul kolom ada, atau atur pemetaan kolom.',
    en: 'Required columns not found: {columns}. Check that the header row is there, or edit the column mapping.',
  },
  // Row-level problems.
  nameEmpty: { id: 'Nama produk kosong.', en: 'The product name is empty.' },
  priceEmpty: { id: 'Harga kosong.', en: 'The price is empty.' },
  priceNegative: { id: 'Harga negatif: "{value}".', en: 'Negative price: "{value}".' },
  priceAbbreviated: {
    id: 'Harga "{value}" memakai singkatan (jt, rb, k). Tulis angka lengkap, misalnya 1500000.',
    en: 'The price "{value}" uses an abbreviation (jt, rb, k). Write the full number, e.g. 1500000.',
  },
  priceFraction: {
    id: 'Harga "{value}" mengandung sen; harga harus rupiah bulat.',
    en: 'The price "{value}" has cents; prices must be whole Rupiah.',
  },
  priceUnreadable: {
    id: 'Harga "{value}" tidak bisa dibaca sebagai angka rupiah.',
    en: 'The price "{value}" cannot be read as a Rupiah amount.',
  },
  stockNegative: { id: 'Stok negatif: "{value}".', en: 'Negative stock: "{value}".' },
  weightNegative: {
    id: 'Berat negatif: "{value}". Produk disimpan tanpa berat.',
    en: 'Negative weight: "{value}". The product is stored without a weight.',
  },
  weightUnreadable: {
    id: 'Berat "{value}" tidak terbaca (contoh: 500, 500 gr, 1,5 kg). Produk disimpan tanpa berat.',
    en: 'Cannot read the weight "{value}" (e.g. 500, 500 g, 1.5 kg). The product is stored without a weight.',
  },
  stockUnreadable: {
    id: 'Stok "{value}" bukan bilangan bulat.',
    en: 'The stock "{value}" is not a whole number.',
  },
  duplicateSku: {
    id: 'SKU "{sku}" sudah dipakai di baris {first}; baris ini dilewati.',
    en: 'SKU "{sku}" is already used on row {first}; this row is skipped.',
  },
  // Warnings: the row is kept.
  truncated: {
    id: 'Isi sel terlalu panjang ({length} karakter); dipotong menjadi {max} karakter.',
    en: 'The cell is too long ({length} characters); cut to {max} characters.',
  },
  templateRowsSkipped: {
    id: 'Baris {rows} adalah baris template {kind} (kunci kolom, label, Wajib/Opsional, catatan), bukan produk; tidak diimpor.',
    en: 'Rows {rows} are {kind} template rows (column keys, labels, required/optional, notes), not products; not imported.',
  },
  templateShopee: { id: 'update massal Shopee', en: 'Shopee mass update' },
  templateTiktok: { id: 'edit massal TikTok Shop', en: 'TikTok Shop batch edit' },
  formulaCell: {
    id: 'Sel diawali "{char}" seperti rumus spreadsheet; disimpan apa adanya sebagai teks dan tidak pernah dijalankan.',
    en: 'The cell starts with "{char}" like a spreadsheet formula; it is kept as plain text and never run.',
  },
  instructionRowsSkipped: {
    id: 'Baris {rows} adalah petunjuk template, bukan produk; dilewati.',
    en: 'Rows {rows} are template instructions, not products; skipped.',
  },
  generatedSku: {
    id: '{count} baris tanpa SKU; SKU dibuat dari nama produk, misalnya "{sku}".',
    en: '{count} rows have no SKU; one was made from the product name, e.g. "{sku}".',
  },
  rowsSkipped: {
    id: '{count} baris dilewati karena ada kesalahan.',
    en: '{count} rows were skipped because of errors.',
  },
  // Target fields of the column mapping, as the mapping UI and the missing-column message name them.
  field_name: { id: 'Nama produk', en: 'Product name' },
  field_sku: { id: 'SKU', en: 'SKU' },
  field_parentSku: { id: 'SKU induk', en: 'Parent SKU' },
  field_productId: { id: 'Kode produk (marketplace)', en: 'Product ID (marketplace)' },
  field_variantId: { id: 'Kode variasi (marketplace)', en: 'Variation ID (marketplace)' },
  field_variantName: { id: 'Nama variasi', en: 'Variation name' },
  field_price: { id: 'Harga', en: 'Price' },
  field_stock: { id: 'Stok', en: 'Stock' },
  field_description: { id: 'Deskripsi', en: 'Description' },
  field_category: { id: 'Kategori', en: 'Category' },
  field_tags: { id: 'Tag', en: 'Tags' },
  field_url: { id: 'Link', en: 'Link' },
  field_weight: { id: 'Berat (gram)', en: 'Weight (grams)' },
  field_ignore: { id: '(abaikan kolom)', en: '(ignore column)' },
  // Product answer.
  answerTemplate: {
    id: 'Nama: {nama}\nHarga: {harga}\nStok: {stok}\nVarian: {varian}\nBerat: {berat}\nLink: {link}',
    en: 'Name: {nama}\nPrice: {harga}\nStock: {stok}\nVariants: {varian}\nWeight: {berat}\nLink: {link}',
  },
  stockSoldOut: { id: 'habis', en: 'sold out' },
  stockUnknown: { id: 'tanyakan', en: 'please ask' },
  priceFrom: { id: 'mulai {price}', en: 'from {price}' },
  moreVariants: { id: 'dan {count} lainnya', en: 'and {count} more' },
});
