import { useId, useState } from 'react';
import type { StoredSnippet } from '../../lib/db/schema';
import { type SnippetKeys, snippetKeysItem } from '../../lib/settings';
import { describeConflict, hotkeyConflicts } from '../../lib/snippets/hotkey-conflicts';
import { useLang, useT } from '../i18n';
import { HotkeyField } from './HotkeyField';
import { managerMessages as m } from './messages';

/**
 * The expansion key and the focus-search hotkey. Written straight to `snippetKeysItem`, spreading
 * the value read just before, so the triggers and hotkeys `publishSnippetKeys` wrote stay as they are.
 */
export function KeySettings({ keys, snippets }: { keys: SnippetKeys; snippets: readonly StoredSnippet[] }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  // What was pressed but refused stays visible with its reasons instead of the stored value.
  const [pending, setPending] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const write = async (change: Partial<Pick<SnippetKeys, 'expandKey' | 'focusSearchHotkey'>>) => {
    await snippetKeysItem.setValue({ ...(await snippetKeysItem.getValue()), ...change });
    setStatus(t(m.keysSaved));
  };

  const shownHotkey = pending ?? keys.focusSearchHotkey;
  const conflicts = pending
    ? hotkeyConflicts(pending, { snippets: [...snippets], focusSearchHotkey: null })
    : [];

  const onHotkey = (combo: string | null) => {
    setStatus(null);
    // The sidebar always needs a way in from the keyboard, so this hotkey cannot be cleared.
    if (combo === null) return setPending(null);
    const found = hotkeyConflicts(combo, { snippets: [...snippets], focusSearchHotkey: null });
    if (found.length > 0) return setPending(combo);
    setPending(null);
    void write({ focusSearchHotkey: combo });
  };

  return (
    <fieldset className="snippet-keys">
      <legend>{t(m.keysHeading)}</legend>
      <div role="radiogroup" aria-labelledby={`${id}-expand`}>
        <span id={`${id}-expand`}>{t(m.expandKey)}</span>
        {(['Tab', 'Space'] as const).map((key) => (
          <label key={key}>
            <input
              type="radio"
              name={`${id}-expand`}
              value={key}
              checked={keys.expandKey === key}
              onChange={() => void write({ expandKey: key })}
            />
            {key === 'Tab' ? t(m.expandTab) : t(m.expandSpace)}
          </label>
        ))}
      </div>
      <label htmlFor={`${id}-focus`}>{t(m.focusSearch)}</label>
      <HotkeyField
        id={`${id}-focus`}
        value={shownHotkey}
        onChange={onHotkey}
        invalid={conflicts.length > 0}
        describedBy={conflicts.length > 0 ? `${id}-focus-error` : `${id}-focus-help`}
      />
      <small id={`${id}-focus-help`}>{t(m.focusSearchHelp)}</small>
      {conflicts.length > 0 && (
        <ul className="field-error" id={`${id}-focus-error`}>
          {conflicts.map((c) => (
            <li key={describeConflict(c, lang)}>
              {t(m.keysNotSaved, { reason: describeConflict(c, lang) })}
            </li>
          ))}
        </ul>
      )}
      {status && (
        <small role="status" className="saved">
          {status}
        </small>
      )}
    </fieldset>
  );
}
