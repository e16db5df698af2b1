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
import { useWriteGuard } from '../options/use-write-guard';
import { WriteErrorAlert } from '../options/WriteErrorAlert';
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
  const writes = useWriteGuard();

  const shown = useMemo(() => {
    if (!snippets) return [];
    // A search ranks like the sidebar's (fuzzy, best first); without one, the stored order.
    return query.trim() ? searchSnippets(snippets, query) : [...snippets].sort(byCategoryThenOrder);
  }, [snippets, query]);

  if (!snippets) return null;
  const all = snippets;
  const edited = editing?.kind === 'edit' ? all.find((s) => s.id === editing.id) : undefined;

  const remove = async (snippet: StoredSnippet) => {
    const deleted = await writes.guard(t(m.actionDelete, { title: snippet.title }), () =>
      deleteSnippet(db, snippet.id),
    );
    if (!deleted.ok || !deleted.value) return;
    const before = deleted.value;
    if (editing?.kind === 'edit' && editing.id === snippet.id) setEditing(null);
    setToast({
      message: t(m.deleted, { title: before.title }),
      onUndo: () => {
        void writes
          .guard(t(m.actionRestore, { title: before.title }), () => restoreSnippet(db, before))
          .then((restored) => {
            if (restored.ok) setToast({ message: t(m.restored, { title: before.title }) });
          });
      },
    });
  };
  const duplicate = async (snippet: StoredSnippet) => {
    const copy = await writes.guard(t(m.actionDuplicate, { title: snippet.title }), () =>
      duplicateSnippet(db, snippet.id, t(m.copySuffix)),
    );
    // The copy has no trigger or hotkey yet: open it so the agent can give it its own.
    if (copy.ok && copy.value) setEditing({ kind: 'edit', id: copy.value.id });
  };
  const move = (snippet: StoredSnippet, step: -1 | 1) =>
    void writes.guard(t(m.actionMove, { title: snippet.title }), () => moveSnippet(db, snippet.id, step));
  const restoreDefaults = () =>
    void writes.guard(t(m.actionRestoreDefaults), () => restoreDefaultSnippets(db, lang));
  const done = (saved: StoredSnippet | null) => {
    setEditing(null);
    if (saved) setToast({ message: t(m.saved, { title: saved.title }) });
    newButton.current?.focus();
  };

  return (
    <div className="snippet-manager">
      <p className="muted">{t(m.intro)}</p>
      <WriteErrorAlert message={writes.error} onDismiss={writes.dismiss} />
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
          <button type="button" onClick={restoreDefaults}>
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
                onMove: query.trim() ? undefined : move,
              }}
            />
          )}
        </section>
      )}
      <KeySettings keys={keys} snippets={all} />
      <ImportExport
        db={db}
        snippets={all}
        focusSearchHotkey={keys.focusSearchHotkey}
        onToast={setToast}
        guard={writes.guard}
      />
      {toast && <UndoToast {...toast} onClose={closeToast} />}
    </div>
  );
}
