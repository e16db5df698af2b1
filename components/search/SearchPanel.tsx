import { type KeyboardEvent, memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { formatRupiah } from '../../lib/catalog/answer';
import type { Product } from '../../lib/catalog/types';
import { useT } from '../i18n';
import { searchOne } from './catalog-search';
import { Highlighted } from './Highlighted';
import { searchMessages as m } from './messages';
import type { CatalogStatus } from './use-catalog';
import { useSearchHits } from './use-search-hits';

const LIMIT = 20;

export interface SearchPanelProps {
  catalog: CatalogStatus;
  /** Enter: the full answer; Alt+Enter: name and price. */
  onChoose(product: Product, form: 'full' | 'short'): void;
  /** Esc: hand the keyboard back to the page's chat box. */
  onEscape(): void;
  /** Bumped by the focus-search hotkey/command. */
  focusSignal?: number;
}

function StockLabel({ stock }: { stock: number | null }) {
  const t = useT();
  if (stock === null) return <span className="stock unknown">{t(m.stockUnknown)}</span>;
  if (stock === 0) return <span className="stock out">{t(m.soldOut)}</span>;
  return <span className="stock">{t(m.stock, { n: stock })}</span>;
}

interface ResultRowProps {
  product: Product;
  index: number;
  id: string;
  selected: boolean;
  /** The query the row answers: its words are highlighted. */
  shown: string;
  onHover(index: number): void;
  onPick(product: Product, short: boolean): void;
}

/**
 * One result. Memoised: each keystroke renders the panel twice (the typed query while the answer
 * is on its way, then the answer), and the first render must not redraw twenty unchanged rows; the
 * keystroke budget (issue 11) is 10 ms at p95.
 */
const ResultRow = memo(function ResultRow({
  product,
  index,
  id,
  selected,
  shown,
  onHover,
  onPick,
}: ResultRowProps) {
  const t = useT();
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input owns the keyboard (aria-activedescendant)
    <div
      id={id}
      role="option"
      aria-selected={selected}
      tabIndex={-1}
      onMouseEnter={() => onHover(index)}
      onClick={(e) => onPick(product, e.altKey)}
    >
      <span className="name">
        <Highlighted text={product.name} query={shown} />
      </span>
      <span className="meta">
        <span className="price">{formatRupiah(product.price)}</span>
        <StockLabel stock={product.stock} />
        {product.variants.length > 0 && <span>{t(m.variants, { n: product.variants.length })}</span>}
        <span className="sku">
          <Highlighted text={product.sku} query={shown} />
        </span>
      </span>
    </div>
  );
});

/**
 * The product search: a combobox over the catalog. The list follows the query as
 * it is typed (answered by the background's index, newest query wins), the keyboard never has to
 * leave the box, and the chosen product's answer goes into the chat box.
 */
export function SearchPanel({ catalog, onChoose, onEscape, focusSignal }: SearchPanelProps) {
  const t = useT();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  // The search runs in the background; the list shows the newest answer (`shown`: its query).
  const { hits, query: shown, pending, failed, askNow } = useSearchHits(catalog, query, LIMIT);
  // The highlighted row belongs to the query it was chosen for: a new query starts at the top.
  const [selection, setSelection] = useState({ query: '', index: 0 });
  const active = selection.query === shown ? Math.min(selection.index, Math.max(0, hits.length - 1)) : 0;
  const setActive = (update: (index: number) => number) =>
    setSelection({ query: shown, index: update(active) });
  useEffect(() => {
    if (focusSignal) input.current?.focus();
  }, [focusSignal]);
  // The rows' handlers stay the same functions across renders (ResultRow is memoised); they read
  // the newest props through refs.
  const latest = useRef({ onChoose, shown });
  latest.current = { onChoose, shown };
  const hover = useCallback((index: number) => setSelection({ query: latest.current.shown, index }), []);
  const pick = useCallback(
    (product: Product, short: boolean) => latest.current.onChoose(product, short ? 'short' : 'full'),
    [],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      const form = event.altKey ? 'short' : 'full';
      if (pending && catalog.state === 'ready' && query.trim()) {
        // Typed and pressed Enter before the answer came: the best hit of what was typed, not of
        // the older query still on screen.
        event.preventDefault();
        void searchOne(catalog.search, query, 1).then(([best]) => best && onChoose(best.product, form));
        return;
      }
      const hit = hits[active];
      if (!hit) return;
      event.preventDefault();
      onChoose(hit.product, form);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
    }
  };

  const status =
    catalog.state === 'loading'
      ? t(m.loading)
      : catalog.state === 'error'
        ? t(m.loadFailed)
        : catalog.count === 0
          ? t(m.empty)
          : failed
            ? t(m.searchFailed)
            : !pending && query.trim() && hits.length === 0
              ? t(m.noResults, { q: query.trim() })
              : null;

  return (
    <section className="search" aria-label={t(m.label)}>
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={t(m.label)}
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits[active] ? `${listId}-${active}` : undefined}
        aria-autocomplete="list"
        placeholder={t(m.placeholder)}
        value={query}
        onChange={(e) => {
          askNow(e.target.value);
          setQuery(e.target.value);
        }}
        onKeyDown={onKeyDown}
        disabled={catalog.state === 'error'}
      />
      {status && <p className="muted search-status">{status}</p>}
      {catalog.state === 'error' && (
        <button type="button" onClick={catalog.retry}>
          {t(m.retry)}
        </button>
      )}
      <div id={listId} role="listbox" className="results" aria-label={t(m.label)}>
        {hits.map(({ product }, i) => (
          <ResultRow
            key={product.sku}
            product={product}
            index={i}
            id={`${listId}-${i}`}
            selected={i === active}
            shown={shown}
            onHover={hover}
            onPick={pick}
          />
        ))}
      </div>
      {hits.length > 0 && <p className="muted keys-hint">{t(m.keysHint)}</p>}
    </section>
  );
}
