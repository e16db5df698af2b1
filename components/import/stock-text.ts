import type { Message } from '../../lib/i18n';
import { importMessages as m } from './messages';

/** Unknown stock is not sold out: an empty cell says "tidak diketahui", 0 says "habis". */
export function stockLabel(stock: number | null, t: (message: Message) => string): string {
  if (stock === null) return t(m.stockUnknown);
  if (stock === 0) return t(m.stockSoldOut);
  return stock.toLocaleString('id-ID');
}
