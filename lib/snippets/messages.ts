import { defineMessages, type Lang, type Message, t } from '../i18n';
import type { SnippetCategory } from './types';

// Category labels for lists, filters and search. (The file import and the hotkey checks keep their
// messages beside their code: io.ts, hotkey-conflicts.ts.)

export const categoryMessages = defineMessages({
  greeting: { id: 'Salam', en: 'Greeting' },
  need: { id: 'Kebutuhan', en: 'Asking the need' },
  product: { id: 'Produk', en: 'Product' },
  sop: { id: 'SOP/Keluhan', en: 'SOP/Complaints' },
  away: { id: 'Di luar jam', en: 'Away' },
  closing: { id: 'Penutup', en: 'Closing' },
  other: { id: 'Lainnya', en: 'Other' },
}) satisfies Record<SnippetCategory, Message>;

export function categoryLabel(category: SnippetCategory, lang?: Lang): string {
  return t(categoryMessages[category], undefined, lang);
}
