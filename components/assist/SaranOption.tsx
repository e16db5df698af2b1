import type { Ref } from 'react';
import type { SaranItem } from '../../lib/assist/suggest';
import { formatRupiah } from '../../lib/catalog/answer';
import type { ProductVariant } from '../../lib/catalog/types';
import type { StoredSnippet } from '../../lib/db/schema';
import { useT } from '../i18n';
import { saranMessages as m } from './messages';

function Stock({ stock }: { stock: number | null }) {
  const t = useT();
  if (stock === null) return <span className="stock unknown">{t(m.stockUnknown)}</span>;
  if (stock === 0) return <span className="stock out">{t(m.soldOut)}</span>;
  return <span className="stock">{t(m.stock, { n: stock })}</span>;
}

function VariantFacts({ variants }: { variants: ProductVariant[] }) {
  return (
    <ul className="saran-variants">
      {variants.map((v) => (
        <li key={v.sku} data-variant-sku={v.sku}>
          <strong>{v.name}</strong> <span className="price">{formatRupiah(v.price)}</span>{' '}
          <Stock stock={v.stock} />
        </li>
      ))}
    </ul>
  );
}

/** What a suggestion shows; the test ids and data attributes are the sidebar's public seam. */
function Body({ item }: { item: SaranItem<StoredSnippet> }) {
  const t = useT();
  if (item.kind === 'reply')
    return (
      <>
        <span className="saran-kind">{t(m.reply)}</span>
        <span className="saran-reply-lines">
          {item.reply.lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are shown in a fixed order and never reordered
            <span key={i} className="saran-line" data-source={line.source}>
              {line.text}
            </span>
          ))}
        </span>
        {item.reply.gaps > 0 && <span className="saran-gaps">{t(m.gaps, { n: item.reply.gaps })}</span>}
      </>
    );
  if (item.kind === 'snippet')
    return (
      <>
        <span className="saran-name">{item.snippet.title}</span>
        <code>{item.trigger}</code>
      </>
    );
  const { product, match } = item;
  return (
    <>
      <span className="saran-name">{product.name}</span>
      {match && match.variants.length > 0 ? (
        <VariantFacts variants={match.variants} />
      ) : match ? (
        <span className="saran-missing">
          {t(m.noVariant, { names: [...match.named, ...match.missing].join(' ') })}
        </span>
      ) : (
        <span className="meta">
          <span className="price">{formatRupiah(product.price)}</span> <Stock stock={product.stock} />
          {product.variants.length > 0 && <span> · {t(m.allVariants)}</span>}
        </span>
      )}
    </>
  );
}

const TEST_ID = { reply: 'saran-reply', product: 'suggested-product', snippet: 'suggested-snippet' } as const;

/**
 * One suggestion: a button that inserts it (the panel moves focus between these with ↑/↓) and a
 * "+" that adds it to the reply being built by hand.
 */
export function SaranOption({
  item,
  active,
  buttonRef,
  onInsert,
  onAdd,
  onFocus,
}: {
  item: SaranItem<StoredSnippet>;
  active: boolean;
  buttonRef: Ref<HTMLButtonElement>;
  onInsert(): void;
  onAdd(): void;
  onFocus(): void;
}) {
  const t = useT();
  const data =
    item.kind === 'product'
      ? {
          'data-sku': item.product.sku,
          'data-variant-sku': item.match?.variants.length === 1 ? item.match.variants[0]!.sku : undefined,
        }
      : item.kind === 'snippet'
        ? { 'data-trigger': item.trigger }
        : { 'data-gaps': item.reply.gaps };
  return (
    <li
      className={`saran-option saran-${item.kind}`}
      data-testid={TEST_ID[item.kind]}
      data-active={active}
      {...data}
    >
      <button
        ref={buttonRef}
        type="button"
        className="saran-main"
        tabIndex={active ? 0 : -1}
        onClick={onInsert}
        onFocus={onFocus}
      >
        <Body item={item} />
      </button>
      <button
        type="button"
        className="saran-add"
        tabIndex={-1}
        aria-label={t(m.add)}
        title={t(m.add)}
        onClick={onAdd}
      >
        +
      </button>
    </li>
  );
}
