import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { SigapDb, StoredSnippet } from '../../lib/db/schema';
import {
  byCategoryThenOrder,
  deleteSnippet,
  duplicateSnippet,
  moveSnippet,
  restoreDefaultSnippets,
  restoreSnippet,
} from '../../lib/db/snippet-edit';
import { snippetKeysItem } from '../../lib/settings';
import { searchSnippets } from '../../lib/snippets/search';
import { useLang, useT } from '../i18n';
import { type ToastState, UndoToast } from '../toast/UndoToast';
import { useStorageItem } from '../use-storage-item';
import { ImportExport } from './ImportExport';
import { KeySettings } from './KeySettings';
import { managerMessages as m } from './messages';
import { SnippetEditor } from './SnippetEditor';
import { SnippetRows } from './SnippetRows';
import './snippet-manager.css';

type Editing = { kind: 'new' } | { kind: 'edit'; id: string } | null;

/** The options page's Template/Snippet section: list, editor, key settings, export/import. */
export function SnippetSection({ db }: { db: SigapDb }) {
  const t = useT();
  const lang = useLang();
  const snippets = useLiveQuery(() => db.snippets.toArray(), [db]);
  const keys = useStorageItem(snippetKeysItem, snippetKeysItem.fallback);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [toast, setToast] = useState<ToastState | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const closeToast = useCallback(() => setToast(null), []);

  const shown = useMemo(() => {
    if (!snippets) return [];
    // A search ranks like the sidebar's (fuzzy, best first); without one, the stored order.
    return query.trim() ? searchSnippets(snippets, query) : [...snippets].sort(byCategoryThenOrder);
  }, [snippets, query]);

  if (!snippets) return null;
  const all = snippets;
  const edited = editing?.kind === 'edit' ? all.find((s) => s.id === editing.id) : undefined;

  const remove = async (snippet: StoredSnippet) => {
    const before = await deleteSnippet(db, snippet.id);
    if (!before) return;
    if (editing?.kind === 'edit' && editing.id === snippet.id) setEditing(null);
    setToast({
      message: t(m.deleted, { title: before.title }),
      onUndo: () => {
        void restoreSnippet(db, before).then(() =>
          setToast({ message: t(m.restored, { title: before.title }) }),
        );
      },
    });
  };
  const duplicate = async (snippet: StoredSnippet) => {
    const copy = await duplicateSnippet(db, snippet.id, t(m.copySuffix));
    // The copy has no trigger or hotkey yet: open it so the agent can give it its own.
    if (copy) setEditing({ kind: 'edit', id: copy.id });
  };
  const done = (saved: StoredSnippet | null) => {
    setEditing(null);
    if (saved) setToast({ message: t(m.saved, { title: saved.title }) });
    newButton.current?.focus();
  };

  return (
    <div className="snippet-manager">
      <p className="muted">{t(m.intro)}</p>
      {editing && (editing.kind === 'new' || edited) ? (
        <SnippetEditor
          key={editing.kind === 'edit' ? editing.id : 'new'}
          db={db}
          snippet={edited}
          all={all}
          focusSearchHotkey={keys.focusSearchHotkey}
          expandKey={keys.expandKey}
          onDone={done}
        />
      ) : null}
      <div className="snippet-toolbar">
        <button ref={newButton} type="button" className="primary" onClick={() => setEditing({ kind: 'new' })}>
          + {t(m.newSnippet)}
        </button>
        {all.length > 0 && (
          <>
            <input
              type="search"
              aria-label={t(m.search)}
              placeholder={t(m.search)}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <span className="muted">{t(m.count, { count: all.length })}</span>
          </>
        )}
      </div>
      {all.length === 0 ? (
        <section className="snippet-empty" aria-labelledby="snippet-empty-title">
          <h2 id="snippet-empty-title">{t(m.emptyTitle)}</h2>
          <p>{t(m.emptyText)}</p>
          <button type="button" onClick={() => void restoreDefaultSnippets(db, lang)}>
            {t(m.restoreDefaults)}
          </button>
        </section>
      ) : (
        <section aria-label={t(m.list)}>
          {query.trim() && <small className="muted">{t(m.moveHint)}</small>}
          {shown.length === 0 ? (
            <p className="muted">{t(m.noMatch, { query: query.trim() })}</p>
          ) : (
            <SnippetRows
              snippets={shown}
              actions={{
                onEdit: (s) => setEditing({ kind: 'edit', id: s.id }),
                onDuplicate: (s) => void duplicate(s),
                onDelete: (s) => void remove(s),
                onMove: query.trim() ? undefined : (s, step) => void moveSnippet(db, s.id, step),
              }}
            />
          )}
        </section>
      )}
      <KeySettings keys={keys} snippets={all} />
      <ImportExport db={db} snippets={all} focusSearchHotkey={keys.focusSearchHotkey} onToast={setToast} />
      {toast && <UndoToast {...toast} onClose={closeToast} />}
    </div>
  );
}
