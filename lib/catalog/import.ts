import { t } from '../i18n';
import { parseCsv } from './csv';
import { decodeText } from './encoding';
import { sniffFileKind } from './file-kind';
import { detectMapping, findHeaderRow } from './headers';
import { mapRows } from './map-rows';
import { catalogMessages as m } from './messages';
import type { CatalogIssue, CatalogParse, CatalogSource } from './parse-types';
import { detectTemplate } from './templates';
import { readXlsx } from './xlsx';

// The import pipeline's public seam: bytes of a dropped file → products, errors, warnings and the
// column mapping. Pure (no database, no DOM), so the options page, a worker and tests share it.
// Steps: sniff the content (not the name) → read a table (CSV: decode + split; XLSX: unzip) →
// find the header row → map columns → validate rows → group variants.

export type { CatalogField } from './headers';
export { CATALOG_FIELDS, IGNORE_COLUMN, REQUIRED_FIELDS } from './headers';
export { fieldLabel, mapRows } from './map-rows';
export type { CatalogFormat, CatalogIssue, CatalogParse, CatalogSource } from './parse-types';
export type { TemplateKind } from './templates';

/** Reads the file into a table, or says in the user's language why it cannot. */
export async function readCatalogTable(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ source: CatalogSource; problems: CatalogIssue[] } | { error: CatalogIssue }> {
  const file = fileName;
  switch (sniffFileKind(bytes)) {
    case 'empty':
      return { error: { message: t(m.emptyFile, { file }) } };
    case 'pdf':
      return { error: { message: t(m.pdfFile, { file }) } };
    case 'xls':
      return { error: { message: t(m.xlsFile, { file }) } };
    case 'binary':
      return { error: { message: t(m.binaryFile, { file }) } };
    case 'xlsx': {
      let sheets: Awaited<ReturnType<typeof readXlsx>>;
      try {
        sheets = await readXlsx(bytes);
      } catch {
        return { error: { message: t(m.badXlsx, { file }) } };
      }
      // Templates often start with an instructions sheet: take the sheet of a marketplace bulk-edit
      // layout (TikTok's "Template"), else the one whose header names most fields.
      let best = sheets[0];
      let bestFields = -1;
      for (const sheet of sheets) {
        const index = findHeaderRow(sheet.rows);
        const fields = detectTemplate(sheet.rows)
          ? Number.MAX_SAFE_INTEGER
          : index < 0
            ? 0
            : Object.values(detectMapping(sheet.rows[index]!)).filter(Boolean).length;
        if (fields > bestFields) {
          best = sheet;
          bestFields = fields;
        }
      }
      if (!best || best.rows.every((r) => r.every((c) => c.trim() === ''))) {
        return { error: { message: t(m.emptyFile, { file }) } };
      }
      return { source: { format: 'xlsx', sheet: best.name, rows: best.rows }, problems: [] };
    }
    case 'text': {
      const { text, encoding } = decodeText(bytes);
      const csv = parseCsv(text);
      if (csv.rows.every((r) => r.every((c) => c.trim() === ''))) {
        return { error: { message: t(m.emptyFile, { file }) } };
      }
      const problems = csv.unclosedQuoteRows.map((row) => ({ row, message: t(m.csvSyntax) }));
      return { source: { format: 'csv', encoding, delimiter: csv.delimiter, rows: csv.rows }, problems };
    }
  }
}

export async function parseCatalogFile(fileName: string, bytes: Uint8Array): Promise<CatalogParse> {
  const read = await readCatalogTable(fileName, bytes);
  if ('error' in read) return { products: [], errors: [read.error], warnings: [], mapping: {} };
  const parse = mapRows(read.source.rows, undefined, fileName);
  parse.errors.unshift(...read.problems);
  parse.source = read.source;
  return parse;
}
