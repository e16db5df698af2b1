import Papa from 'papaparse';

// CSV text → rows of cells. Indonesian Excel (decimal comma) saves CSV with semicolons, Excel's
// "Unicode text" and copy-paste give tabs, marketplaces and Google Sheets give commas.

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

export interface CsvTable {
  rows: string[][];
  delimiter: Delimiter;
  /** 1-based rows where a quote was never closed (the rest of the file may be merged into it). */
  unclosedQuoteRows: number[];
}

/**
 * Picks the delimiter that splits the first rows into the same number of columns most often.
 * Papaparse's own guess averages field counts over the first rows, and marketplace templates put
 * one-cell instruction lines there (full of commas in prose), which skews it; the most common
 * column count is steadier.
 */
export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const { data } = Papa.parse<string[]>(text, { delimiter, preview: 40, skipEmptyLines: true });
    const counts = new Map<number, number>();
    for (const row of data) {
      if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    }
    for (const [columns, rows] of counts) {
      // More rows agreeing wins; among equals, more columns (a comma inside prose makes fewer).
      const score = rows * 1000 + columns;
      if (score > bestScore) {
        bestScore = score;
        best = delimiter;
      }
    }
  }
  return best;
}

export function parseCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  // Empty lines are kept so that row numbers match what a spreadsheet shows; the mapper skips them.
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const unclosedQuoteRows = result.errors
    .filter((e) => e.code === 'MissingQuotes' && typeof e.row === 'number')
    .map((e) => (e.row as number) + 1);
  const rows = result.data;
  // A file ending in a newline yields one trailing [''] record; it is not a row.
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  return { rows, delimiter, unclosedQuoteRows };
}
