import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import type { StoredSnippet } from '../../lib/db/schema';
import { categoryLabel } from '../../lib/snippets/messages';
import { orderSnippets, searchSnippets } from '../../lib/snippets/search';
import { isSnippetCategory } from '../../lib/snippets/types';
import { useLang, useT } from '../i18n';
import { snippetMessages as m } from './messages';

/** The sidebar's order: grouped by category (`first` on top), or best match first for a query. */
function orderFor(snippets: readonly StoredSnippet[], query: string, first?: string): StoredSnippet[] {
  return query.trim()
    ? searchSnippets(snippets, query)
    : orderSnippets(snippets, first && isSnippetCategory(first) ? { first } : {});
}

export function SnippetList({
  snippets,
  onChoose,
  first,
}: {
  snippets: readonly StoredSnippet[];
  onChoose: (snippet: StoredSnippet) => void;
  first?: string;
}) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ordered = useMemo(() => orderFor(snippets, query, first), [snippets, query, first]);
  const current = Math.min(active, Math.max(0, ordered.length - 1));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + ordered.length) % Math.max(1, ordered.length));
    } else if (event.key === 'Enter' && ordered[current]) {
      event.preventDefault();
      onChoose(ordered[current]);
    }
  };

  if (snippets.length === 0) return <p className="muted">{t(m.empty)}</p>;
  return (
    <section className="snippets" aria-label={t(m.title)}>
      <input
        type="search"
        role="combobox"
        aria-label={t(m.search)}
        aria-controls={id}
        aria-expanded="true"
        aria-activedescendant={ordered[current] ? `${id}-${current}` : undefined}
        placeholder={t(m.search)}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div id={id} role="listbox" aria-label={t(m.title)} className="snippet-list">
        {ordered.length === 0 && <p className="muted">{t(m.noMatch)}</p>}
        {ordered.map((s, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input owns the keyboard (aria-activedescendant)
          <div
            key={s.id}
            id={`${id}-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === current}
            onMouseEnter={() => setActive(i)}
            onClick={() => onChoose(s)}
          >
            <span className="snippet-title">{s.title}</span>
            <span className="snippet-meta">
              {isSnippetCategory(s.category) ? categoryLabel(s.category, lang) : s.category}
              {s.trigger && <code>/{s.trigger}</code>}
              {s.hotkey && <kbd>{s.hotkey}</kbd>}
            </span>
          </div>
        ))}
      </div>
    </section>
  );
}
