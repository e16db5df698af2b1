// Product weight as shop sheets give it. Marketplace templates ask for grams ("Berat (gram)"), but
// shops' own sheets also write "500 gr", "1,5 kg" or "1.000". Stored as whole grams: couriers price by
// it and buyers ask for it when they work out the shipping cost (ongkir).

export type WeightProblem = 'negative' | 'unreadable';

const UNIT = /^(kg|kilo|kilogram|g|gr|gram|grams|grm)$/;

/** Grams from a cell; an empty cell is unknown (null). */
export function parseWeight(
  raw: string,
): { ok: true; value: number | null } | { ok: false; problem: WeightProblem } {
  const s = raw.replace(/[\s\u00a0]/g, '').toLowerCase();
  if (s === '') return { ok: true, value: null };
  const match = /^(-?)([\d.,]+)([a-z]*)$/.exec(s);
  if (!match) return { ok: false, problem: 'unreadable' };
  const [, minus, digits, unit] = match as unknown as [string, string, string, string];
  if (unit !== '' && !UNIT.test(unit)) return { ok: false, problem: 'unreadable' };
  const kilograms = unit.startsWith('k');
  const amount = readNumber(digits!, kilograms);
  if (amount === null) return { ok: false, problem: 'unreadable' };
  if (minus && amount !== 0) return { ok: false, problem: 'negative' };
  const grams = Math.round(kilograms ? amount * 1000 : amount);
  return Number.isSafeInteger(grams) ? { ok: true, value: grams } : { ok: false, problem: 'unreadable' };
}

/**
 * "1.000" and "1,000" are a thousand (three digits after one separator); "1,5" and "1.25" are
 * decimals, which only make sense in kilograms: "500,5" grams is read as unreadable, not rounded.
 */
function readNumber(digits: string, decimalsAllowed: boolean): number | null {
  if (/^\d+$/.test(digits)) return Number(digits);
  if (/^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(digits) && !(decimalsAllowed && /^\d+[.,]\d{3}$/.test(digits))) {
    return Number(digits.replace(/[.,]/g, ''));
  }
  const decimal = /^(\d+)[.,](\d+)$/.exec(digits);
  if (decimal && (decimalsAllowed || /^0+$/.test(decimal[2]!))) return Number(`${decimal[1]}.${decimal[2]}`);
  return null;
}

/**
 * 500 → "500 gr", 1000 → "1 kg", 1250 → "1,25 kg" (Indonesian); "500 g", "1.25 kg" in English.
 */
export function formatWeight(grams: number, lang: 'id' | 'en'): string {
  if (grams < 1000) return `${grams} ${lang === 'id' ? 'gr' : 'g'}`;
  const kg = String(Math.round(grams / 10) / 100);
  return `${lang === 'id' ? kg.replace('.', ',') : kg} kg`;
}
