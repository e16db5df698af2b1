import readXlsxFile from 'read-excel-file/universal';

// XLSX → rows of cells, one table per sheet. The "universal" entry of read-excel-file takes an
// ArrayBuffer and uses no Node streams or Web Workers, so the same code runs in vitest (Node), the
// options page and a service worker. A sheet's cells come back typed (number, boolean, Date); the
// mapper works on text, so they are turned back into the text a spreadsheet would show, except
// numbers, which are written plainly (125000, not 125.000) so the price parser sees no separators.

export interface XlsxSheet {
  name: string;
  rows: string[][];
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

export async function readXlsx(bytes: Uint8Array): Promise<XlsxSheet[]> {
  // Copy into a fresh ArrayBuffer: `bytes` may be a view into a larger (or shared) buffer.
  const buffer = bytes.slice().buffer;
  const sheets = await readXlsxFile(buffer);
  return sheets.map((sheet) => ({
    name: sheet.sheet,
    rows: sheet.data.map((row) => row.map(cellText)),
  }));
}
