// One i18n layer for every UI string. Each feature keeps its own message table next to its code
// (`const messages = defineMessages({...})`); the type makes both languages mandatory, so a missing
// translation is a compile error, not a blank in the UI.

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

export interface Message {
  id: string;
  en: string;
}

export function defineMessages<T extends Record<string, Message>>(messages: T): T {
  return messages;
}

let current: Lang = 'id';

/** The UI language; set once from settings at start-up and on change. */
export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

/**
 * Picks the message in `lang` (default: the current UI language) and fills `{name}` placeholders.
 * Unknown placeholders are left as they are, so a mistake shows instead of silently vanishing.
 */
export function t(message: Message, params?: Record<string, string | number>, lang: Lang = current): string {
  const text = message[lang];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
