import { type Rect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { parsePrice, parseStock } from '../../lib/catalog/price';
import type { Product } from '../../lib/catalog/types';
import {
  deleteProduct,
  InvalidEditError,
  type ProductEdit,
  productsForExport,
  restoreProduct,
  updateProduct,
} from '../../lib/db/catalog-edit';
import { readProducts } from '../../lib/db/product-store';
import type { SigapDb, StoredProduct } from '../../lib/db/schema';
import { writeErrorText } from '../../lib/db/write-error';
import { useLang, useT } from '../i18n';
import { useWriteGuard } from '../options/use-write-guard';
import { WriteErrorAlert } from '../options/WriteErrorAlert';
import { changedMessages } from '../team/changed-messages';
import { UndoToast } from '../toast/UndoToast';
import { catalogCsv, exportFileName } from './catalog-csv';
import { downloadText } from './download';
import { EmptyCatalog } from './EmptyCatalog';
import { markCatalogChanged } from './mark-changed';
import { catalogTableMessages as m } from './messages';
import { type EditDraft, ProductRow } from './ProductRow';
import { filterProducts, type SortKey, type SortState, sortProducts } from './sort-filter';

// Every stored product, live from Dexie, in a virtualised table: only the rows in view (plus a few)
// are in the DOM, so 50,000 products scroll as smoothly as 50.

export const ROW_HEIGHT = 40;
const OVERSCAN = 8;

type Column = { key: SortKey | 'variants' | 'changed' | 'actions'; label: { id: string; en: string } };
const COLUMNS: Column[] = [
  { key: 'name', label: m.colName },
  { key: 'sku', label: m.colSku },
  { key: 'price', label: m.colPrice },
  { key: 'stock', label: m.colStock },
  { key: 'variants', label: m.colVariants },
  { key: 'actions', label: m.colActions },
];
/** With team sync: who changed each row last and when, before the actions. */
const TEAM_COLUMNS: Column[] = [
  ...COLUMNS.slice(0, 5),
  { key: 'changed', label: changedMessages.column },
  COLUMNS[5]!,
];

type Toast = { kind: 'deleted'; row: StoredProduct } | { kind: 'restored'; name: string };

export interface CatalogTableProps {
  db: SigapDb;
  onLoadSample: () => void;
  /** Disables "Muat katalog contoh" while an import is being stored. */
  busy?: boolean;
  /**
   * Fixed height of the scrolling area in px. Without it the area takes its CSS height and the
   * virtualiser measures it; tests pass one because happy-dom has no layout.
   */
  viewportHeight?: number;
}

function isSortKey(key: string): key is SortKey {
  return key === 'name' || key === 'sku' || key === 'price' || key === 'stock';
}

export function CatalogTable({ db, onLoadSample, busy, viewportHeight }: CatalogTableProps) {
  const t = useT();
  const lang = useLang();
  const writes = useWriteGuard();
  const products = useLiveQuery(() => readProducts(db), [db]);
  const [query, setQuery] = useState('');
  // Typing stays responsive at 50k rows: the filter pass runs at lower priority than the keystroke.
  const deferredQuery = useDeferredValue(query);
  const [sort, setSort] = useState<SortState>({ key: 'name', dir: 'asc' });
  const [draft, setDraft] = useState<EditDraft | null>(null);
  const [editError, setEditError] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const rows = useMemo(
    () => (products ? sortProducts(filterProducts(products, deferredQuery), sort) : []),
    [products, deferredQuery, sort],
  );
  // Only a catalog a team sync wrote to has a "who" to show; a solo user's table stays as it was.
  const showChanged = useMemo(() => products?.some((p) => p.updatedBy) ?? false, [products]);
  const columns = showChanged ? TEAM_COLUMNS : COLUMNS;

  const fixedRect = viewportHeight === undefined ? undefined : { width: 1000, height: viewportHeight };
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => rows[index]?.sku ?? index,
    ...(fixedRect && {
      initialRect: fixedRect,
      observeElementRect: (_: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) => {
        cb(fixedRect);
      },
    }),
  });

  const focusEditButton = (sku: string) => {
    requestAnimationFrame(() => {
      const buttons = scrollRef.current?.querySelectorAll<HTMLButtonElement>('button[data-edit]') ?? [];
      for (const button of buttons) if (button.dataset.edit === sku) button.focus();
    });
  };

  const startEdit = (product: Product) => {
    setEditError(null);
    setDraft({
      sku: product.sku,
      name: product.name,
      price: String(product.price),
      stock: product.stock === null ? '' : String(product.stock),
    });
  };

  const cancelEdit = () => {
    if (draft) focusEditButton(draft.sku);
    setDraft(null);
    setEditError(null);
  };

  const saveEdit = async () => {
    if (!draft) return;
    const product = products?.find((p) => p.sku === draft.sku);
    if (!product) return setDraft(null);
    const edit: ProductEdit = {};
    if (draft.name.trim() === '') return setEditError(t(m.nameRequired));
    if (draft.name.trim() !== product.name) edit.name = draft.name.trim();
    if (product.variants.length === 0) {
      const price = parsePrice(draft.price);
      if (!price.ok) return setEditError(t(m.priceInvalid));
      const stock = parseStock(draft.stock);
      if (!stock.ok) return setEditError(t(m.stockInvalid));
      if (price.value !== product.price) edit.price = price.value;
      if (stock.value !== product.stock) edit.stock = stock.value;
    }
    try {
      if (Object.keys(edit).length > 0) {
        await updateProduct(db, draft.sku, edit);
        await markCatalogChanged();
      }
      focusEditButton(draft.sku);
      setDraft(null);
      setEditError(null);
    } catch (error) {
      // The draft stays open, so nothing the user typed is lost; the stored row is unchanged.
      setEditError(
        error instanceof InvalidEditError
          ? t(m.saveFailed, { reason: error.message })
          : writeErrorText(t(m.actionSave, { name: draft.name.trim() }), error, lang),
      );
    }
  };

  const remove = async (product: Product) => {
    const deleted = await writes.guard(t(m.actionDelete, { name: product.name }), async () => {
      const row = await deleteProduct(db, product.sku);
      if (row) await markCatalogChanged();
      return row;
    });
    if (!deleted.ok) return;
    if (draft?.sku === product.sku) setDraft(null);
    if (!deleted.value) return;
    setToast({ kind: 'deleted', row: deleted.value });
    scrollRef.current?.focus();
  };

  const undoDelete = async () => {
    if (toast?.kind !== 'deleted') return;
    const { row } = toast;
    const restored = await writes.guard(t(m.actionRestore, { name: row.name }), async () => {
      await restoreProduct(db, row);
      await markCatalogChanged();
    });
    // On failure the toast stays, so Undo can be tried again.
    if (restored.ok) setToast({ kind: 'restored', name: row.name });
  };

  const closeToast = useCallback(() => setToast(null), []);

  const exportCsv = async () => {
    const read = await writes.guard(t(m.actionExport), () => productsForExport(db));
    if (read.ok) downloadText(catalogCsv(read.value), exportFileName(), 'text/csv;charset=utf-8');
  };

  const toggleSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' }));

  if (!products) return <p>{t(m.loading)}</p>;

  const toastView = toast && (
    <UndoToast
      message={
        toast.kind === 'deleted'
          ? t(m.deleted, { name: toast.row.name })
          : t(m.restored, { name: toast.name })
      }
      onUndo={toast.kind === 'deleted' ? () => void undoDelete() : undefined}
      onClose={closeToast}
    />
  );

  if (products.length === 0) {
    return (
      <section className="catalog-products" aria-labelledby="catalog-heading">
        <h2 id="catalog-heading">{t(m.heading)}</h2>
        <WriteErrorAlert message={writes.error} onDismiss={writes.dismiss} />
        <EmptyCatalog onLoadSample={onLoadSample} busy={busy} />
        {toastView}
      </section>
    );
  }

  const items = virtualizer.getVirtualItems();
  return (
    <section className="catalog-products" aria-labelledby="catalog-heading">
      <h2 id="catalog-heading">{t(m.heading)}</h2>
      <div className="catalog-toolbar">
        <input
          type="search"
          aria-label={t(m.filter)}
          placeholder={t(m.filter)}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <span aria-live="polite" data-testid="catalog-count">
          {rows.length === products.length
            ? t(m.count, { count: products.length.toLocaleString('id-ID') })
            : t(m.countFiltered, {
                shown: rows.length.toLocaleString('id-ID'),
                count: products.length.toLocaleString('id-ID'),
              })}
        </span>
        <button type="button" onClick={() => void exportCsv()}>
          {t(m.exportCsv)}
        </button>
        <button type="button" onClick={onLoadSample} disabled={busy}>
          {t(m.loadSample)}
        </button>
      </div>
      <WriteErrorAlert message={writes.error} onDismiss={writes.dismiss} />
      {draft && <p className="catalog-help">{t(m.editHelp)}</p>}
      {editError && (
        <p className="catalog-error" role="alert">
          {editError}
        </p>
      )}
      {/* The scrolling box holds the whole table so the header stays aligned (sticky) with the rows. */}
      <div
        ref={scrollRef}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the keyboard must be able to scroll the list
        tabIndex={0}
        className="catalog-scroll"
        style={viewportHeight === undefined ? undefined : { height: viewportHeight }}
      >
        <table
          aria-label={t(m.table)}
          aria-rowcount={rows.length + 1}
          className={showChanged ? 'catalog-table with-changed' : 'catalog-table'}
        >
          <thead>
            <tr aria-rowindex={1} className="catalog-row catalog-head">
              {columns.map(({ key, label }) => {
                if (!isSortKey(key)) {
                  return (
                    <th key={key} scope="col">
                      {t(label)}
                    </th>
                  );
                }
                const active = sort.key === key;
                return (
                  <th
                    key={key}
                    scope="col"
                    aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                  >
                    <button
                      type="button"
                      title={t(m.sortBy, { column: t(label) })}
                      onClick={() => toggleSort(key)}
                    >
                      {t(label)}
                      <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody style={{ height: virtualizer.getTotalSize() }}>
            {rows.length === 0 ? (
              <tr className="catalog-row">
                <td className="catalog-none">{t(m.noMatch, { query: deferredQuery })}</td>
              </tr>
            ) : (
              items.map((item) => {
                const product = rows[item.index]!;
                return (
                  <ProductRow
                    key={item.key}
                    product={product}
                    rowIndex={item.index + 2}
                    style={{ transform: `translateY(${item.start}px)` }}
                    draft={draft?.sku === product.sku ? draft : null}
                    showChanged={showChanged}
                    onEdit={startEdit}
                    onDraft={setDraft}
                    onSave={() => void saveEdit()}
                    onCancel={cancelEdit}
                    onDelete={(p) => void remove(p)}
                  />
                );
              })
            )}
          </tbody>
        </table>
      </div>
      {toastView}
    </section>
  );
}
