import { type ChangeEvent, useId, useState } from 'react';
import type { SigapDb, StoredSnippet } from '../../lib/db/schema';
import {
  byCategoryThenOrder,
  deleteSnippets,
  replaceAllSnippets,
  restoreDefaultSnippets,
} from '../../lib/db/snippet-edit';
import { exportFileName, exportSnippets, type ImportError, parseSnippetFile } from '../../lib/snippets/io';
import { downloadText } from '../catalog/download';
import { useLang, useT } from '../i18n';
import type { WriteGuard } from '../options/use-write-guard';
import type { ToastState } from '../toast/UndoToast';
import { managerMessages as m } from './messages';

interface Pending {
  file: string;
  snippets: StoredSnippet[];
}

/**
 * Export, import and "Kembalikan template bawaan". An import replaces the whole set (see
 * lib/snippets/io.ts), so it is confirmed first and can be undone; a file with any error changes
 * nothing and lists every error.
 */
export function ImportExport({
  db,
  snippets,
  focusSearchHotkey,
  onToast,
  guard,
}: {
  db: SigapDb;
  snippets: readonly StoredSnippet[];
  focusSearchHotkey: string;
  onToast: (toast: ToastState) => void;
  /** Runs each write so that a failure is said (the section shows it) and changes nothing. */
  guard: WriteGuard['guard'];
}) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [errors, setErrors] = useState<{ file: string; list: ImportError[] } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const exportAll = () => {
    const now = new Date();
    downloadText(
      exportSnippets([...snippets].sort(byCategoryThenOrder), now),
      exportFileName(now),
      'application/json',
    );
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    // Cleared so choosing the same file again after fixing it fires a change.
    input.value = '';
    if (!file) return;
    setErrors(null);
    setPending(null);
    const result = parseSnippetFile(await file.text(), lang, { focusSearchHotkey });
    if (result.ok) setPending({ file: file.name, snippets: result.snippets });
    else setErrors({ file: file.name, list: result.errors });
  };

  const replace = async (chosen: Pending) => {
    const { file, snippets: next } = chosen;
    const replaced = await guard(t(m.actionReplace, { file }), () => replaceAllSnippets(db, next));
    // On failure the confirmation stays, so the user can try again or cancel.
    if (!replaced.ok) return;
    setPending(null);
    const previous = replaced.value;
    onToast({
      message: t(m.imported, { count: next.length, file }),
      onUndo: () => {
        void guard(t(m.actionUndoImport), () => replaceAllSnippets(db, previous)).then((undone) => {
          if (undone.ok) onToast({ message: t(m.importUndone) });
        });
      },
    });
  };

  const restoreDefaults = async () => {
    const restored = await guard(t(m.actionRestoreDefaults), () => restoreDefaultSnippets(db, lang));
    if (!restored.ok) return;
    const added = restored.value;
    if (added.length === 0) return onToast({ message: t(m.defaultsNone) });
    onToast({
      message: t(m.defaultsAdded, { count: added.length }),
      onUndo: () => {
        void guard(t(m.actionUndoDefaults), () =>
          deleteSnippets(
            db,
            added.map((row) => row.id),
          ),
        );
      },
    });
  };

  return (
    <section className="snippet-io" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(m.ioHeading)}</h2>
      <div className="snippet-io-actions">
        <button type="button" onClick={exportAll} disabled={snippets.length === 0}>
          {t(m.exportJson)}
        </button>
        <label className="file-button">
          {t(m.importJson)}
          <input type="file" accept=".json,application/json" onChange={(e) => void choose(e)} />
        </label>
        <button type="button" onClick={() => void restoreDefaults()}>
          {t(m.restoreDefaults)}
        </button>
      </div>
      <small>{t(m.importHelp)}</small>
      {pending && (
        <div className="snippet-import-confirm" role="alertdialog" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            {t(m.importConfirm, {
              file: pending.file,
              count: pending.snippets.length,
              current: snippets.length,
            })}
          </p>
          <button type="button" className="primary" onClick={() => void replace(pending)}>
            {t(m.importReplace)}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            {t(m.cancel)}
          </button>
        </div>
      )}
      {errors && (
        <div className="snippet-import-errors" role="alert">
          <p>{t(m.importErrors, { file: errors.file })}</p>
          <ul>
            {errors.list.map((e, i) => (
              // Two errors may read alike (same field of two items is told apart by the number).
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
