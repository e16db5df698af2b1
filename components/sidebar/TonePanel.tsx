import { useEffect, useMemo, useState } from 'react';
import type { StoredSnippet } from '../../lib/db/schema';
import { toneItem } from '../../lib/settings';
import { checkTone } from '../../lib/tone/check';
import { pickCalmerSnippet } from '../../lib/tone/suggestion';
import { useLang } from '../i18n';
import { ToneWarning } from '../tone/ToneWarning';
import { useStorageItem } from '../use-storage-item';
import type { PageLink } from './page-link';

/** Watches the chat box's draft (sent by the content script as the agent types) for tone. */
export function TonePanel({
  link,
  snippets,
  onUseSnippet,
}: {
  link: PageLink;
  snippets: readonly StoredSnippet[] | null;
  onUseSnippet: (snippet: StoredSnippet) => void;
}) {
  const lang = useLang();
  const settings = useStorageItem(toneItem, toneItem.fallback);
  const [draft, setDraft] = useState('');
  useEffect(() => link.onChatEvent((e) => e.type === 'draft' && setDraft(e.text)), [link]);
  const result = useMemo(
    () => (settings.enabled ? checkTone(draft, { allow: settings.allow }) : null),
    [draft, settings],
  );
  if (!result || result.level === 'ok') return null;
  const calm = pickCalmerSnippet(result.findings, snippets ?? [], lang);
  return (
    <ToneWarning
      draft={draft}
      findings={result.findings}
      suggestion={calm?.title}
      onUseSuggestion={calm ? () => onUseSnippet(calm) : undefined}
    />
  );
}
