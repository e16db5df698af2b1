import type { CSSProperties, KeyboardEvent } from 'react';
import { formatRupiah } from '../../lib/catalog/answer';
import type { Product } from '../../lib/catalog/types';
import type { StoredProduct } from '../../lib/db/schema';
import { useT } from '../i18n';
import { stockLabel } from '../import/stock-text';
import { ChangedBy } from '../team/ChangedBy';
import { catalogTableMessages as m } from './messages';

// One product in the virtualised table, shown or being edited. Edit state lives in the table, not
// here: a row scrolled out of view unmounts, and the draft must survive that.

export interface EditDraft {
  sku: string;
  name: string;
  price: string;
  stock: string;
}

export interface ProductRowProps {
  product: Product & Partial<Pick<StoredProduct, 'updatedAt' | 'updatedBy'>>;
  /** 1-based position in the whole (filtered) table, header included, for screen readers. */
  rowIndex: number;
  style: CSSProperties;
  draft: EditDraft | null;
  /** The team column (who changed the row last, and when) is in the table. */
  showChanged?: boolean;
  onEdit: (product: Product) => void;
  onDraft: (draft: EditDraft) => void;
  onSave: () => void;
  onCancel: () => void;
  onDelete: (product: Product) => void;
}

export function ProductRow(props: ProductRowProps) {
  return props.draft ? <EditingRow {...props} draft={props.draft} /> : <ShownRow {...props} />;
}

function ShownRow({ product, rowIndex, style, showChanged, onEdit, onDelete }: ProductRowProps) {
  const t = useT();
  return (
    <tr aria-rowindex={rowIndex} className="catalog-row" style={style}>
      <td title={product.name}>{product.name}</td>
      <td>{product.sku}</td>
      <td>{formatRupiah(product.price)}</td>
      <td>{stockLabel(product.stock, t)}</td>
      <td title={product.variants.map((v) => v.name).join(', ')}>{product.variants.length}</td>
      {showChanged && (
        <td>
          <ChangedBy by={product.updatedBy} at={product.updatedAt ?? 0} />
        </td>
      )}
      <td className="catalog-actions">
        <button
          type="button"
          data-edit={product.sku}
          aria-label={t(m.editProduct, { name: product.name })}
          onClick={() => onEdit(product)}
        >
          {t(m.edit)}
        </button>
        <button
          type="button"
          aria-label={t(m.deleteProduct, { name: product.name })}
          onClick={() => onDelete(product)}
        >
          {t(m.delete)}
        </button>
      </td>
    </tr>
  );
}

function EditingRow({
  product,
  rowIndex,
  style,
  draft,
  showChanged,
  onDraft,
  onSave,
  onCancel,
}: ProductRowProps & { draft: EditDraft }) {
  const t = useT();
  const sku = product.sku;
  // Price and stock of a product with variants are derived from the variants (lowest price, sum).
  const derived = product.variants.length > 0;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onSave();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <tr aria-rowindex={rowIndex} className="catalog-row editing" style={style}>
      <td>
        <input
          aria-label={t(m.editName, { sku })}
          value={draft.name}
          // biome-ignore lint/a11y/noAutofocus: the user just pressed Edit on this row
          autoFocus
          onKeyDown={onKeyDown}
          onChange={(e) => onDraft({ ...draft, name: e.currentTarget.value })}
        />
      </td>
      <td>{sku}</td>
      <td>
        <input
          aria-label={t(m.editPrice, { sku })}
          inputMode="numeric"
          value={draft.price}
          disabled={derived}
          title={derived ? t(m.variantPriceHint) : undefined}
          onKeyDown={onKeyDown}
          onChange={(e) => onDraft({ ...draft, price: e.currentTarget.value })}
        />
      </td>
      <td>
        <input
          aria-label={t(m.editStock, { sku })}
          inputMode="numeric"
          value={draft.stock}
          disabled={derived}
          title={derived ? t(m.variantPriceHint) : undefined}
          onKeyDown={onKeyDown}
          onChange={(e) => onDraft({ ...draft, stock: e.currentTarget.value })}
        />
      </td>
      <td>{product.variants.length}</td>
      {showChanged && (
        <td>
          <ChangedBy by={product.updatedBy} at={product.updatedAt ?? 0} />
        </td>
      )}
      <td className="catalog-actions">
        <button type="button" onClick={onSave}>
          {t(m.save)}
        </button>
        <button type="button" onClick={onCancel}>
          {t(m.cancel)}
        </button>
      </td>
    </tr>
  );
}
