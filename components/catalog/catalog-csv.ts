import { guardCell } from '../../lib/catalog/cells';
import type { Product } from '../../lib/catalog/types';

// The catalog as a CSV a shop owner opens in Excel or Google Sheets and can import again: one row
// per variant (a product without variants is one row), Indonesian headers the importer maps back.
// Export → import is lossless: every field of a product is written (tags included), and the
// formula guard (lib/catalog/cells.ts) is taken off again by the importer.

export const EXPORT_HEADERS = [
  'SKU',
  'Nama',
  'Harga',
  'Stok',
  'Varian',
  'SKU Induk',
  'Kategori',
  'Deskripsi',
  'URL',
  'Berat (gram)',
  'Tag',
];

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function line(cells: (string | number | null | undefined)[]): string {
  return cells.map((cell) => quote(guardCell(cell == null ? '' : String(cell)))).join(',');
}

/** UTF-8 BOM first: without it Excel reads the file as the system code page and breaks "é", "—". */
export function catalogCsv(products: readonly Product[]): string {
  const lines = [line(EXPORT_HEADERS)];
  for (const p of products) {
    // Tags are split on commas by the importer and can hold none themselves (it split them so).
    const shared = [p.category, p.description, p.url, p.weight, p.tags?.join(', ')];
    if (p.variants.length === 0) {
      lines.push(line([p.sku, p.name, p.price, p.stock, '', '', ...shared]));
      continue;
    }
    for (const v of p.variants) lines.push(line([v.sku, p.name, v.price, v.stock, v.name, p.sku, ...shared]));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function exportFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `sigap-katalog-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
