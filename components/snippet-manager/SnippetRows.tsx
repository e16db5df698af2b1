import { useId } from 'react';
import type { StoredSnippet } from '../../lib/db/schema';
import { categoryLabel } from '../../lib/snippets/messages';
import { isSnippetCategory, SNIPPET_CATEGORIES } from '../../lib/snippets/types';
import { useLang, useT } from '../i18n';
import { ChangedBy } from '../team/ChangedBy';
import { managerMessages as m } from './messages';

export interface RowActions {
  onEdit: (snippet: StoredSnippet) => void;
  onDuplicate: (snippet: StoredSnippet) => void;
  onDelete: (snippet: StoredSnippet) => void;
  /** Undefined while a search is active: the order of search results is not the stored order. */
  onMove?: (snippet: StoredSnippet, step: -1 | 1) => void;
}

/** Snippets (already ordered) under one heading per category, each with its actions. */
export function SnippetRows({
  snippets,
  actions,
}: {
  snippets: readonly StoredSnippet[];
  actions: RowActions;
}) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const known = SNIPPET_CATEGORIES as readonly string[];
  const groups = [...SNIPPET_CATEGORIES, 'unknown'].flatMap((category) => {
    const items = snippets.filter((s) =>
      category === 'unknown' ? !known.includes(s.category) : s.category === category,
    );
    return items.length > 0 ? [{ category, items }] : [];
  });
  return (
    <div className="snippet-groups">
      {groups.map(({ category, items }) => (
        <section key={category} aria-labelledby={`${id}-${category}`}>
          <h3 id={`${id}-${category}`}>
            {isSnippetCategory(category) ? categoryLabel(category, lang) : category}{' '}
            <small>({items.length})</small>
          </h3>
          <ul className="snippet-rows">
            {items.map((s, i) => (
              <li key={s.id} className="snippet-row">
                <div className="snippet-row-main">
                  <span className="snippet-row-title">{s.title}</span>
                  <span className="snippet-row-meta">
                    {s.trigger && <code>/{s.trigger}</code>}
                    {s.hotkey && <kbd>{s.hotkey}</kbd>}
                    <span className="snippet-lang">{s.lang.toUpperCase()}</span>
                    <ChangedBy by={s.updatedBy} at={s.updatedAt} />
                  </span>
                  <span className="snippet-row-body">{s.body}</span>
                </div>
                <div className="snippet-row-actions">
                  {actions.onMove && (
                    <>
                      <button
                        type="button"
                        aria-label={t(m.moveUpOf, { title: s.title })}
                        title={t(m.moveUpOf, { title: s.title })}
                        disabled={i === 0}
                        onClick={() => actions.onMove?.(s, -1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        aria-label={t(m.moveDownOf, { title: s.title })}
                        title={t(m.moveDownOf, { title: s.title })}
                        disabled={i === items.length - 1}
                        onClick={() => actions.onMove?.(s, 1)}
                      >
                        ↓
                      </button>
                    </>
                  )}
                  <button
                    type="button"
                    aria-label={t(m.editOf, { title: s.title })}
                    onClick={() => actions.onEdit(s)}
                  >
                    {t(m.edit)}
                  </button>
                  <button
                    type="button"
                    aria-label={t(m.duplicateOf, { title: s.title })}
                    onClick={() => actions.onDuplicate(s)}
                  >
                    {t(m.duplicate)}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={t(m.deleteOf, { title: s.title })}
                    onClick={() => actions.onDelete(s)}
                  >
                    {t(m.delete)}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
