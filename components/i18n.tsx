import { createContext, type ReactNode, useCallback, useContext, useEffect } from 'react';
import { type Lang, type Message, setLang, t } from '../lib/i18n';
import { langItem } from '../lib/settings';
import { useStorageItem } from './use-storage-item';

// The UI language for React trees: read from settings, followed live when the user switches it in the
// options page (storage change events reach every extension page, the framed sidebar included).

const LangContext = createContext<Lang>('id');

export function LangProvider({ children, initial = 'id' }: { children: ReactNode; initial?: Lang }) {
  const lang = useStorageItem(langItem, initial);
  useEffect(() => setLang(lang), [lang]);
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT(): (message: Message, params?: Record<string, string | number>) => string {
  const lang = useLang();
  return useCallback((message, params) => t(message, params, lang), [lang]);
}
