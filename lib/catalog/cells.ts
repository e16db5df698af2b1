// Text cells: length limits and spreadsheet-formula look-alikes.
//
// Formula-injection decision: a cell such as `=HYPERLINK("http://evil","klik")` is KEPT LITERALLY
// (nothing the user imported is altered or lost) and reported as a warning naming row and column.
// Sigap never evaluates cell text and renders product text as text, so the literal value is harmless
// inside the extension; the danger is a later CSV export opened in Excel, which is why the exporter
// guards such cells with a leading apostrophe (`guardCell`), and the importer takes exactly that
// apostrophe off again (`unguardCell`), so that Sigap's own export imports back unchanged.

export const DESCRIPTION_LIMIT = 5000;
export const TEXT_LIMIT = 500;

/** `=`, `+`, `@`, tab or CR first, or `-` followed by something other than a number or a space. */
const FORMULA_START = /^(?:[=+@\t\r]|-[^\s\d.,])/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * What the exporter guards: a cell a spreadsheet app would run (`= + - @`, tab or CR first; every
 * leading "-" counts, since "-2+3+cmd|…" is a formula too), or one that already starts with
 * apostrophes before such a character. Guarding the latter as well keeps the round trip exact: the
 * importer removes one apostrophe, so `'=x` goes out as `''=x` and comes back as `'=x`.
 */
const GUARDED = /^'*[=+\-@\t\r]/;

/** For CSV export: an apostrophe makes spreadsheet apps show the cell as text, not run it. */
export function guardCell(text: string): string {
  return GUARDED.test(text) ? `'${text}` : text;
}

/**
 * The exporter's guard taken off: the cell as Sigap stored it, or null when the cell carries no
 * guard. Excel and Google Sheets never write the apostrophe prefix into a CSV (it is display-only),
 * so an apostrophe before a formula character in a file is this guard.
 */
export function unguardCell(raw: string): string | null {
  return raw.startsWith("'") && GUARDED.test(raw.slice(1)) ? raw.slice(1) : null;
}

export interface CheckedText {
  text: string;
  /** Original length when the text was cut. */
  truncatedFrom?: number;
  /** The leading character when the cell looks like a formula. */
  formulaChar?: string;
}

export function checkText(raw: string, limit: number): CheckedText {
  // A guarded cell is Sigap's own export of exactly this text, so it is kept exactly (a leading tab
  // included). Otherwise surrounding spaces are never meaningful in a catalog cell and break SKU
  // matching.
  const unguarded = unguardCell(raw);
  const trimmed = unguarded ?? raw.trim();
  const result: CheckedText = { text: trimmed };
  const start = unguarded ?? raw.replace(/^ +/, '');
  if (looksLikeFormula(start)) result.formulaChar = start.trimStart().charAt(0);
  if (trimmed.length > limit) {
    result.text = trimmed.slice(0, limit);
    result.truncatedFrom = trimmed.length;
  }
  return result;
}

/** "Kaos Polos / Hitam" → "KAOS-POLOS-HITAM": stable SKUs for rows that have none. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}
