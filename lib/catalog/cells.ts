// Text cells: length limits and spreadsheet-formula look-alikes.
//
// Formula-injection decision: a cell such as `=HYPERLINK("http://evil","klik")` is KEPT LITERALLY
// (nothing the user imported is altered or lost) and reported as a warning naming row and column.
// Sigap never evaluates cell text and renders product text as text, so the literal value is harmless
// inside the extension; the danger is a later CSV export opened in Excel, which is why
// `neutralizeFormula` exists for the exporter to prefix such cells with an apostrophe.

export const DESCRIPTION_LIMIT = 5000;
export const TEXT_LIMIT = 500;

/** `=`, `+`, `@`, tab or CR first, or `-` followed by something other than a number or a space. */
const FORMULA_START = /^(?:[=+@\t\r]|-[^\s\d.,])/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** For CSV export: an apostrophe makes spreadsheet apps show the cell as text, not run it. */
export function neutralizeFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

export interface CheckedText {
  text: string;
  /** Original length when the text was cut. */
  truncatedFrom?: number;
  /** The leading character when the cell looks like a formula. */
  formulaChar?: string;
}

export function checkText(raw: string, limit: number): CheckedText {
  // Surrounding spaces are never meaningful in a catalog cell and break SKU matching.
  const trimmed = raw.trim();
  const result: CheckedText = { text: trimmed };
  if (looksLikeFormula(raw.replace(/^ +/, ''))) result.formulaChar = raw.trimStart().charAt(0);
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
