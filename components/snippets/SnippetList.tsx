import Fuse from 'fuse.js';
import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import type { StoredSnippet } from '../../lib/db/schema';
import type { Message } from '../../lib/i18n';
import { useT } from '../i18n';
import { snippetMessages as m } from './messages';

export const CATEGORY_ORDER = ['greeting', 'need', 'product', 'sop', 'away', 'closing', 'other'] as const;

export const CATEGORY_LABEL: Record<string, Message> = {
  greeting: m.category_greeting,
  need: m.category_need,
  product: m.category_product,
  sop: m.category_sop,
  away: m.category_away,
  closing: m.category_closing,
  other: m.category_other,
};

/**
 * Snippets grouped by category, the most used first within a group; with a query, the fuzzy
 * matches best first (title, trigger and body all count). `first` lifts one category to the top:
 * the away messages outside operating hours.
 */
export function orderSnippets(
  snippets: readonly StoredSnippet[],
  query: string,
  first?: string,
): StoredSnippet[] {
  if (query.trim()) {
    const fuse = new Fuse(snippets, {
      keys: [
        { name: 'title', weight: 3 },
        { name: 'trigger', weight: 3 },
        { name: 'body', weight: 1 },
      ],
      ignoreLocation: true,
      threshold: 0.4,
    });
    return fuse.search(query.trim()).map((r) => r.item);
  }
  const rank = (c: string) =>
    c === first ? -1 : CATEGORY_ORDER.indexOf(c as never) + 1 || CATEGORY_ORDER.length;
  return [...snippets].sort(
    (a, b) => rank(a.category) - rank(b.category) || b.useCount - a.useCount || a.order - b.order,
  );
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
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ordered = useMemo(() => orderSnippets(snippets, query, first), [snippets, query, first]);
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
              {CATEGORY_LABEL[s.category] ? t(CATEGORY_LABEL[s.category]!) : s.category}
              {s.trigger && <code>/{s.trigger}</code>}
              {s.hotkey && <kbd>{s.hotkey}</kbd>}
            </span>
          </div>
        ))}
      </div>
    </section>
  );
}
