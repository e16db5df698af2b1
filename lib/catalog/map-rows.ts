import { t } from '../i18n';
import { checkText, DESCRIPTION_LIMIT, slug, TEXT_LIMIT } from './cells';
import {
  type CatalogField,
  detectMapping,
  findHeaderRow,
  IGNORE_COLUMN,
  isInstructionRow,
  REQUIRED_FIELDS,
} from './headers';
import { catalogMessages as m } from './messages';
import type { CatalogIssue, CatalogParse } from './parse-types';
import { parsePrice, parseStock } from './price';
import { detectTemplate, type TemplateLayout, templateField } from './templates';
import type { Product, ProductVariant } from './types';
import { parseWeight } from './weight';

// Table → products. Bad rows are reported (row, column, message in the UI language) and skipped;
// good rows are kept, so the preview shows everything at once and the user decides whether to import.

const TEXT_FIELDS: readonly CatalogField[] = [
  'name',
  'sku',
  'parentSku',
  'productId',
  'variantId',
  'variantName',
  'description',
  'category',
  'tags',
  'url',
];

/** How many rows right under the header may be template instructions ("Wajib", "Contoh: …"). */
const MAX_INSTRUCTION_ROWS = 5;

interface GoodRow {
  row: number;
  name: string;
  ownSku: string;
  parentSku: string;
  productId: string;
  variantName: string;
  price: number;
  stock: number | null;
  weight: number | null;
  description: string;
  category: string;
  tags: string;
  url: string;
}

export function fieldLabel(field: CatalogField | typeof IGNORE_COLUMN): string {
  return t(field === IGNORE_COLUMN ? m.field_ignore : m[`field_${field}`]);
}

/**
 * Reads products from a table of cells. `mapping` (header text → field, '' to ignore) replaces the
 * detected mapping when the user edited it in the preview; `fileName` names the file in messages.
 */
export function mapRows(table: string[][], mapping?: Record<string, string>, fileName = ''): CatalogParse {
  const errors: CatalogIssue[] = [];
  const warnings: CatalogIssue[] = [];
  // A marketplace bulk-edit download is read by its fixed keys (templates.ts); anything else by the
  // row that names the most known columns.
  const template = detectTemplate(table);
  const headerIndex = template ? template.keyRow : findHeaderRow(table, mapping);
  const header = headerIndex >= 0 ? table[headerIndex]!.map((c) => c.trim()) : [];
  const detected = template ? templateMapping(header, template) : detectMapping(header);
  const used: Record<string, string> = { ...detected };
  if (mapping) for (const key of Object.keys(used)) if (key in mapping) used[key] = mapping[key]!;
  // What a person sees above a column: a template's localized label ("Harga"), else the header.
  const labels = template ? (table[template.labelRow] ?? []).map((c) => c.trim()) : [];
  const names = header.map((key, i) => labels[i] || key);
  const columnLabels: Record<string, string> = {};
  header.forEach((key, i) => {
    if (key !== '' && labels[i] && !(key in columnLabels)) columnLabels[key] = labels[i]!;
  });
  const extra = template ? { template: template.kind, columnLabels } : {};

  const columnOf = new Map<CatalogField, number>();
  header.forEach((cell, index) => {
    const field = used[cell] as CatalogField | undefined;
    if (field && !columnOf.has(field)) columnOf.set(field, index);
  });
  const missing = REQUIRED_FIELDS.filter((f) => !columnOf.has(f));
  if (missing.length > 0) {
    errors.push({
      row: headerIndex >= 0 ? headerIndex + 1 : undefined,
      message: t(m.missingColumns, { columns: missing.map((f) => fieldLabel(f)).join(', ') }),
    });
    return {
      products: [],
      errors,
      warnings,
      mapping: used,
      headerRow: headerIndex >= 0 ? headerIndex + 1 : undefined,
      ...extra,
    };
  }

  let start = headerIndex + 1;
  if (template) {
    // Every row the layout puts above the data is a template row, whatever it says. A row there that
    // reads as a product (a name and a price) means this version of the file starts earlier: it is
    // kept as data, never dropped.
    const name = columnOf.get('name')!;
    const price = columnOf.get('price')!;
    while (
      start < Math.min(template.dataStart, table.length) &&
      !((table[start]![name] ?? '').trim() !== '' && parsePrice((table[start]![price] ?? '').trim()).ok)
    ) {
      start++;
    }
    if (start > headerIndex + 1) {
      const rows = start === headerIndex + 2 ? String(start) : `${headerIndex + 2}–${start}`;
      const kind = t(template.kind === 'shopee-mass-update' ? m.templateShopee : m.templateTiktok);
      warnings.push({ row: headerIndex + 2, message: t(m.templateRowsSkipped, { rows, kind }) });
    }
  } else {
    const instructionRows: number[] = [];
    while (
      start < table.length &&
      instructionRows.length < MAX_INSTRUCTION_ROWS &&
      isInstructionRow(table[start]!)
    ) {
      instructionRows.push(start + 1);
      start++;
    }
    if (instructionRows.length > 0) {
      const rows =
        instructionRows.length === 1
          ? String(instructionRows[0])
          : `${instructionRows[0]}–${instructionRows[instructionRows.length - 1]}`;
      warnings.push({ row: instructionRows[0], message: t(m.instructionRowsSkipped, { rows }) });
    }
  }

  const good: GoodRow[] = [];
  let skipped = 0;
  for (let i = start; i < table.length; i++) {
    const cells = table[i]!;
    if (cells.every((c) => c.trim() === '')) continue;
    const rowNumber = i + 1;
    const rowErrors = errors.length;
    const text = {} as Record<CatalogField, string>;
    for (const field of TEXT_FIELDS) {
      const col = columnOf.get(field);
      if (col === undefined) {
        text[field] = '';
        continue;
      }
      const checked = checkText(cells[col] ?? '', field === 'description' ? DESCRIPTION_LIMIT : TEXT_LIMIT);
      text[field] = checked.text;
      const column = names[col];
      if (checked.formulaChar) {
        warnings.push({ row: rowNumber, column, message: t(m.formulaCell, { char: checked.formulaChar }) });
      }
      if (checked.truncatedFrom !== undefined) {
        warnings.push({
          row: rowNumber,
          column,
          message: t(m.truncated, {
            length: checked.truncatedFrom,
            max: field === 'description' ? DESCRIPTION_LIMIT : TEXT_LIMIT,
          }),
        });
      }
    }
    const priceColumn = names[columnOf.get('price')!];
    const priceRaw = (cells[columnOf.get('price')!] ?? '').trim();
    const price = parsePrice(priceRaw);
    if (!price.ok) {
      const message = {
        empty: m.priceEmpty,
        negative: m.priceNegative,
        abbreviated: m.priceAbbreviated,
        fraction: m.priceFraction,
        unreadable: m.priceUnreadable,
      }[price.problem];
      errors.push({ row: rowNumber, column: priceColumn, message: t(message, { value: priceRaw }) });
    }
    let stock: number | null = null;
    const stockCol = columnOf.get('stock');
    if (stockCol !== undefined) {
      const stockRaw = (cells[stockCol] ?? '').trim();
      const parsed = parseStock(stockRaw);
      if (parsed.ok) stock = parsed.value;
      else {
        const message = parsed.problem === 'negative' ? m.stockNegative : m.stockUnreadable;
        errors.push({ row: rowNumber, column: names[stockCol], message: t(message, { value: stockRaw }) });
      }
    }
    // Weight is optional: a bad cell is a warning and the product is kept without it.
    let weight: number | null = null;
    const weightCol = columnOf.get('weight');
    if (weightCol !== undefined) {
      const weightRaw = (cells[weightCol] ?? '').trim();
      const parsed = parseWeight(weightRaw);
      if (parsed.ok) weight = parsed.value;
      else {
        const message = parsed.problem === 'negative' ? m.weightNegative : m.weightUnreadable;
        warnings.push({
          row: rowNumber,
          column: names[weightCol],
          message: t(message, { value: weightRaw }),
        });
      }
    }
    if (text.name === '' && text.parentSku === '' && text.productId === '') {
      errors.push({ row: rowNumber, column: names[columnOf.get('name')!], message: t(m.nameEmpty) });
    }
    if (errors.length > rowErrors || !price.ok) {
      skipped++;
      continue;
    }
    // Shopee's "Kode Variasi" is its own numeric id; it identifies a variant when there is no SKU.
    const variantId = text.variantId !== '0' ? text.variantId : '';
    good.push({
      row: rowNumber,
      name: text.name,
      ownSku: text.sku || variantId,
      parentSku: text.parentSku,
      productId: text.productId,
      variantName: text.variantName,
      price: price.value,
      stock,
      weight,
      description: text.description,
      category: text.category,
      tags: text.tags,
      url: text.url,
    });
  }

  const { products, productRows } = groupProducts(good, names, columnOf, errors, warnings, () => skipped++);
  if (products.length === 0 && errors.length === 0) {
    errors.push({ message: t(m.noRows, { file: fileName }) });
  }
  if (skipped > 0) warnings.push({ message: t(m.rowsSkipped, { count: skipped }) });
  // File order, so the preview lists problems as the user scrolls the sheet (stable: same-row order kept).
  const byRow = (a: CatalogIssue, b: CatalogIssue) => (a.row ?? 0) - (b.row ?? 0);
  errors.sort(byRow);
  warnings.sort(byRow);
  return { products, errors, warnings, mapping: used, headerRow: headerIndex + 1, productRows, ...extra };
}

/** A template's key row → fields: its own keys only; the first column claiming a field keeps it. */
function templateMapping(header: readonly string[], layout: TemplateLayout): Record<string, string> {
  const mapping: Record<string, string> = {};
  const taken = new Set<CatalogField>();
  for (const key of header) {
    if (key === '' || key in mapping) continue;
    const field = templateField(layout, key);
    mapping[key] = field && !taken.has(field) ? field : IGNORE_COLUMN;
    if (field) taken.add(field);
  }
  return mapping;
}

/**
 * Rows sharing a parent SKU (Shopee "SKU Induk"), a marketplace product id, or — with a variation
 * column filled — the same product name, become one product with variants.
 */
function groupProducts(
  rows: GoodRow[],
  header: string[],
  columnOf: Map<CatalogField, number>,
  errors: CatalogIssue[],
  warnings: CatalogIssue[],
  countSkipped: () => void,
): { products: Product[]; productRows: number[] } {
  const skuColumn = header[columnOf.get('sku') ?? columnOf.get('variantId') ?? columnOf.get('name')!];
  const groups = new Map<string, GoodRow[]>();
  const firstRowOfSku = new Map<string, number>();
  let generated = 0;
  let generatedExample = '';

  for (const row of rows) {
    const key = row.parentSku
      ? `p:${row.parentSku}`
      : row.productId
        ? `i:${row.productId}`
        : row.variantName
          ? `n:${row.name.toLowerCase()}`
          : `r:${row.row}`;
    const group = groups.get(key);
    if (row.name === '' && group) row.name = group[0]!.name;
    if (row.name === '') {
      errors.push({ row: row.row, column: header[columnOf.get('name')!], message: t(m.nameEmpty) });
      countSkipped();
      continue;
    }
    if (!row.ownSku && !(row.parentSku && !row.variantName)) {
      // No SKU of its own: derive a stable one so re-importing the same file updates, not duplicates.
      const base = row.parentSku || `AUTO-${slug(row.name)}`;
      row.ownSku = row.variantName ? `${base}-${slug(row.variantName)}` : base;
      generated++;
      generatedExample ||= row.ownSku;
    }
    const sku = row.ownSku || row.parentSku;
    const first = firstRowOfSku.get(sku);
    if (first !== undefined) {
      errors.push({ row: row.row, column: skuColumn, message: t(m.duplicateSku, { sku, first }) });
      countSkipped();
      continue;
    }
    firstRowOfSku.set(sku, row.row);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  if (generated > 0) {
    warnings.push({
      column: skuColumn,
      message: t(m.generatedSku, { count: generated, sku: generatedExample }),
    });
  }

  const products: Product[] = [];
  const productRows: number[] = [];
  const productSkus = new Map<string, number>();
  for (const group of groups.values()) {
    const first = group[0]!;
    const hasVariants = group.length > 1 || first.variantName !== '';
    const sku = hasVariants
      ? first.parentSku || (first.productId ? `ID-${first.productId}` : `AUTO-${slug(first.name)}`)
      : first.ownSku || first.parentSku;
    const earlier = productSkus.get(sku);
    if (earlier !== undefined) {
      errors.push({ row: first.row, column: skuColumn, message: t(m.duplicateSku, { sku, first: earlier }) });
      countSkipped();
      continue;
    }
    productSkus.set(sku, first.row);
    const variants: ProductVariant[] = hasVariants
      ? group.map((r) => ({ sku: r.ownSku, name: r.variantName || r.name, price: r.price, stock: r.stock }))
      : [];
    const product: Product = {
      sku,
      name: first.name,
      price: hasVariants ? Math.min(...variants.map((v) => v.price)) : first.price,
      stock: hasVariants ? sumStock(variants) : first.stock,
      variants,
    };
    const category = group.find((r) => r.category)?.category;
    const description = group.find((r) => r.description)?.description;
    const tags = group.find((r) => r.tags)?.tags;
    const url = group.find((r) => r.url)?.url;
    const weight = group.find((r) => r.weight !== null)?.weight;
    if (category) product.category = category;
    if (description) product.description = description;
    if (tags) product.tags = splitTags(tags);
    if (url) product.url = url;
    if (weight != null) product.weight = weight;
    products.push(product);
    productRows.push(first.row);
  }
  return { products, productRows };
}

/** Total stock when every variant's is known; one unknown makes the total unknown. */
function sumStock(variants: ProductVariant[]): number | null {
  let total = 0;
  for (const v of variants) {
    if (v.stock === null) return null;
    total += v.stock;
  }
  return total;
}

function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;|#\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}
