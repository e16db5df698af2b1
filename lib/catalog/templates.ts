import type { CatalogField } from './headers';

// Marketplace bulk-edit downloads, recognised by their fixed column keys. Both carry a row of
// machine keys that never changes with the seller's language, then rows a person reads (labels,
// "Wajib"/"Opsional", notes), then the products. Matching their localized labels would misread the
// rows between as products (each a false "Harga tidak bisa dibaca" error), so these layouts are read
// by key, and every row above the data is a template row.
//
// Sources (public code that reads or rewrites these files; see tests/fixtures/catalog/make-xlsx.ts
// for each fact in full, and the search-index ids to look each source up again):
// - Shopee "mass_update_sales_info": keys on row 1 (et_title_product_id … et_title_variation_price,
//   et_title_variation_stock, ps_gtin_code, et_title_reason), the file kind ("sales_info") on row 2,
//   labels on row 3, requirement marks and notes on rows 4–6, data from row 7 (a PHP batch-template
//   reader's SHOPEE_FIRST_DATA_ROW = 7; a TypeScript import-profile registry's dataStartRowIndex 6).
//   Told apart by et_title_variation_price / et_title_product_id (a SheetJS template parser's
//   "signature"; a JS mass-update parser's detect()).
// - TikTok Shop (Tokopedia) batch edit: a "Template" sheet with keys on row 1 (product_id,
//   product_name, sku_id, variation_value, seller_sku, price, quantity), labels on row 3,
//   "Wajib"/"Opsional" on row 4, hints on row 5, data from row 6 (the PHP reader's FIRST_DATA_ROW = 6).
//   Told apart by seller_sku together with sku_id (the JS mass-update parser's detect()). TikTok
//   moves columns between versions, so columns are found by key, never by position.

export type TemplateKind = 'shopee-mass-update' | 'tiktok-batch-edit';

interface TemplateSpec {
  kind: TemplateKind;
  /** Keys whose presence in a row says "this is the key row of this template". */
  isKeyRow: (keys: ReadonlySet<string>) => boolean;
  /** Rows from the key row to the first data row (the key row counts as 0). */
  dataOffset: number;
  /** Rows from the key row to the localized labels. */
  labelOffset: number;
  fields: Readonly<Record<string, CatalogField>>;
}

const SPECS: readonly TemplateSpec[] = [
  {
    kind: 'shopee-mass-update',
    isKeyRow: (keys) => keys.has('et_title_variation_price') || keys.has('et_title_product_id'),
    dataOffset: 6,
    labelOffset: 2,
    fields: {
      et_title_product_id: 'productId',
      et_title_product_name: 'name',
      et_title_variation_id: 'variantId',
      et_title_variation_name: 'variantName',
      et_title_parent_sku: 'parentSku',
      et_title_variation_sku: 'sku',
      et_title_variation_price: 'price',
      et_title_variation_stock: 'stock',
    },
  },
  {
    kind: 'tiktok-batch-edit',
    isKeyRow: (keys) => keys.has('seller_sku') && keys.has('sku_id'),
    dataOffset: 5,
    labelOffset: 2,
    fields: {
      product_id: 'productId',
      product_name: 'name',
      sku_id: 'variantId',
      variation_value: 'variantName',
      seller_sku: 'sku',
      price: 'price',
      quantity: 'stock',
    },
  },
];

/** The key row is the first row of both; a couple of rows of slack for a sheet with a title above. */
const KEY_ROW_SEARCH = 3;

export interface TemplateLayout {
  kind: TemplateKind;
  /** 0-based row of the machine keys: the header. */
  keyRow: number;
  /** 0-based row where the products start; rows between it and `keyRow` are template rows. */
  dataStart: number;
  /** 0-based row of the localized labels, shown beside the keys. */
  labelRow: number;
  /** Key (as written in the file, trimmed) → field; keys not listed are ignored columns. */
  fields: Readonly<Record<string, CatalogField>>;
}

const keyOf = (cell: string) => cell.trim().toLowerCase();

export function detectTemplate(rows: readonly (readonly string[])[]): TemplateLayout | null {
  for (let i = 0; i < Math.min(rows.length, KEY_ROW_SEARCH); i++) {
    const keys = new Set(rows[i]!.map(keyOf));
    const spec = SPECS.find((s) => s.isKeyRow(keys));
    if (!spec) continue;
    return {
      kind: spec.kind,
      keyRow: i,
      dataStart: i + spec.dataOffset,
      labelRow: i + spec.labelOffset,
      fields: spec.fields,
    };
  }
  return null;
}

/** The field a template key names, or undefined for the template's other columns. */
export function templateField(layout: TemplateLayout, key: string): CatalogField | undefined {
  return layout.fields[keyOf(key)];
}
