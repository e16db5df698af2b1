import { useMemo } from 'react';
import { SAMPLE_CATALOG } from '../../lib/catalog/sample';
import { formatHours } from '../../lib/hours/format';
import { hoursItem, shopNameItem } from '../../lib/settings';
import { fieldsOf, renderSnippet } from '../../lib/snippets/render';
import { useLang, useT } from '../i18n';
import { useStorageItem } from '../use-storage-item';
import { managerMessages as m } from './messages';

/** The example the preview fills in: a buyer, and a product with a price, from the sample catalog. */
export const EXAMPLE_BUYER = 'Rina';
export const EXAMPLE_PRODUCT = SAMPLE_CATALOG[0]!;

/**
 * The body as the buyer would read it, rendered by the same `renderSnippet` the sidebar uses, with
 * example values; the caret mark shows where {kursor} leaves the agent typing.
 */
export function SnippetPreview({ body, id }: { body: string; id: string }) {
  const t = useT();
  const lang = useLang();
  const shopName = useStorageItem(shopNameItem, '');
  const schedule = useStorageItem(hoursItem, hoursItem.fallback);
  // Rendered once per body change; the clock need not tick for {salam} to be a good example.
  const rendered = useMemo(
    () =>
      renderSnippet(body, {
        buyerName: EXAMPLE_BUYER,
        shopName,
        now: new Date(),
        product: EXAMPLE_PRODUCT,
        hours: formatHours(schedule, lang),
      }),
    [body, shopName, schedule, lang],
  );
  const asks = fieldsOf(body);
  const missing = rendered.missing.filter((name) => !asks.includes(name));
  const { text, cursor } = rendered;
  return (
    <section className="snippet-preview" aria-labelledby={`${id}-label`}>
      <strong id={`${id}-label`}>{t(m.preview)}</strong>
      <p className="snippet-preview-text" data-testid="snippet-preview">
        {cursor === null ? (
          text
        ) : (
          <>
            {text.slice(0, cursor)}
            <span className="snippet-caret" aria-hidden="true" />
            {text.slice(cursor)}
          </>
        )}
      </p>
      <small>{t(m.previewNote, { product: EXAMPLE_PRODUCT.name })}</small>
      {asks.length > 0 && <small>{t(m.previewAsks, { names: asks.join(', ') })}</small>}
      {missing.length > 0 && <small>{t(m.previewMissing, { names: missing.join(', ') })}</small>}
      {missing.includes('toko') && <small>{t(m.previewShopHint)}</small>}
    </section>
  );
}
