import type { TemplateKind } from './templates';
import type { Product } from './types';

// The result of reading a catalog file, shared by the import pipeline, the preview UI and its tests.

export interface CatalogIssue {
  /** 1-based row as a spreadsheet shows it (a quoted multi-line CSV cell is still one row). */
  row?: number;
  /** The column's header text in the file. */
  column?: string;
  message: string;
}

export type CatalogFormat = 'csv' | 'xlsx';

/** The raw table the products were read from, kept so the UI can re-map columns without re-reading. */
export interface CatalogSource {
  format: CatalogFormat;
  /** CSV only. */
  encoding?: string;
  /** CSV only. */
  delimiter?: string;
  /** XLSX only: the sheet that held the products. */
  sheet?: string;
  rows: string[][];
}

export interface CatalogParse {
  products: Product[];
  errors: CatalogIssue[];
  warnings: CatalogIssue[];
  /** Header text in the file → target field ('' = column ignored). */
  mapping: Record<string, string>;
  /** 1-based row of the header, when one was found. */
  headerRow?: number;
  /** 1-based spreadsheet row of each product's first row, parallel to `products` (for the preview). */
  productRows?: number[];
  /** Set when the file is a marketplace bulk-edit download read by its fixed keys (templates.ts). */
  template?: TemplateKind;
  /** For a template: header key → the localized label the file shows above it ("Harga"). */
  columnLabels?: Record<string, string>;
  /** Absent when the file could not be read as a table at all. */
  source?: CatalogSource;
}
