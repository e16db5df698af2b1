// Prices and stock as shops type them. A price is stored as integer Rupiah; anything that would need
// a guess (an abbreviation like "1,5 jt", cents, a negative) is an error with the cell's text, so the
// user fixes the sheet rather than finding a wrong price in a buyer's chat.

export type PriceProblem = 'empty' | 'negative' | 'abbreviated' | 'fraction' | 'unreadable';
export type Parsed<P> = { ok: true; value: number } | { ok: false; problem: P };

const ABBREVIATION = /(jt|juta|rb|ribu|k|m)\.?$/i;

/**
 * Reads `125000`, `125.000` (Indonesian thousands), `Rp 125.000`, `Rp125.000,00`, `125,000`
 * (English thousands), `125000.00`. A single separator followed by exactly three digits is a
 * thousands separator in both conventions (Rupiah prices have no cents in practice); one or two
 * digits after it are decimals and must be zero.
 */
export function parsePrice(raw: string): Parsed<PriceProblem> {
  let s = raw.replace(/[\s\u00a0]/g, '');
  if (s === '') return { ok: false, problem: 'empty' };
  let negative = false;
  if (s.startsWith('-') || (s.startsWith('(') && s.endsWith(')'))) {
    negative = true;
    s = s.replace(/^[-(]|\)$/g, '');
  }
  s = s.replace(/^(rp\.?|idr)/i, '');
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  if (ABBREVIATION.test(s) && /\d/.test(s)) return { ok: false, problem: 'abbreviated' };
  const amount = readAmount(s);
  if (amount === 'fraction') return { ok: false, problem: 'fraction' };
  if (amount === null) return { ok: false, problem: 'unreadable' };
  if (negative && amount !== 0) return { ok: false, problem: 'negative' };
  return { ok: true, value: amount };
}

function readAmount(s: string): number | 'fraction' | null {
  const [whole, decimals] = splitAmount(s) ?? [];
  if (whole === undefined) return /^\d+[.,]\d+$/.test(s) ? 'fraction' : null;
  if (decimals && !/^0+$/.test(decimals)) return 'fraction';
  const value = Number(whole);
  return Number.isSafeInteger(value) ? value : null;
}

/** [whole digits, decimal digits] for the shapes prices take, or undefined. */
function splitAmount(s: string): [string, string] | undefined {
  if (/^\d+$/.test(s)) return [s, ''];
  const indonesian = s.match(/^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/);
  if (indonesian) return [indonesian[1]!.replace(/\./g, ''), indonesian[2] ?? ''];
  const english = s.match(/^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/);
  if (english) return [english[1]!.replace(/,/g, ''), english[2] ?? ''];
  const decimal = s.match(/^(\d+)[.,](\d{1,2})$/);
  if (decimal) return [decimal[1]!, decimal[2]!];
  // A spreadsheet number cell written out with trailing zeros, e.g. "125000.000".
  const zeros = s.match(/^(\d+)\.(0+)$/);
  if (zeros) return [zeros[1]!, ''];
  return undefined;
}

export type StockProblem = 'negative' | 'unreadable';

/** Stock: a whole number; an empty cell means "unknown" (null), which is not "sold out" (0). */
export function parseStock(
  raw: string,
): { ok: true; value: number | null } | { ok: false; problem: StockProblem } {
  const s = raw.replace(/[\s\u00a0]/g, '');
  if (s === '') return { ok: true, value: null };
  const negative = s.startsWith('-');
  const digits = negative ? s.slice(1) : s;
  let value: number | null = null;
  if (/^\d+$/.test(digits)) value = Number(digits);
  else if (/^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(digits)) value = Number(digits.replace(/[.,]/g, ''));
  else if (/^\d+[.,]0+$/.test(digits)) value = Number(digits.split(/[.,]/)[0]);
  if (value === null || !Number.isSafeInteger(value)) return { ok: false, problem: 'unreadable' };
  if (negative && value !== 0) return { ok: false, problem: 'negative' };
  return { ok: true, value };
}
