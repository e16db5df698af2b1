import { defineMessages, type Lang, type Message, t } from '../i18n';
import type { ToneReason } from './words';

// Labels for the reason codes of tone findings, shown beside the highlighted words.

export const toneReasonMessages = defineMessages({
  kasar: { id: 'kata kasar', en: 'rude word' },
  teriak: { id: 'huruf kapital seperti berteriak', en: 'capitals read as shouting' },
  'tanda-seru': { id: 'tanda seru/tanya beruntun', en: 'a run of ! or ?' },
  menyalahkan: { id: 'menyalahkan pembeli', en: 'blames the buyer' },
}) satisfies Record<ToneReason, Message>;

export function toneReasonLabel(reason: ToneReason, lang?: Lang): string {
  return t(toneReasonMessages[reason], undefined, lang);
}
