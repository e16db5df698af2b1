import { formatRupiah } from '../../lib/catalog/answer';
import type { Product } from '../../lib/catalog/types';
import { useT } from '../i18n';
import { importMessages as m } from './messages';
import { stockLabel } from './stock-text';

/** How many products the preview lists: enough to check the mapping, few enough to render at once. */
export const PREVIEW_PRODUCTS = 20;

export function PreviewProducts({ products, rows }: { products: Product[]; rows?: number[] }) {
  const t = useT();
  if (products.length === 0) return <p className="import-none">{t(m.noProducts)}</p>;
  const shown = products.slice(0, PREVIEW_PRODUCTS);
  return (
    <table className="import-products">
      <caption>{t(m.productsHeading, { shown: shown.length, total: products.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t(m.colRow)}</th>
          <th scope="col">{t(m.colName)}</th>
          <th scope="col">{t(m.colSku)}</th>
          <th scope="col">{t(m.colPrice)}</th>
          <th scope="col">{t(m.colStock)}</th>
          <th scope="col">{t(m.colVariants)}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((product, i) => (
          <tr key={product.sku}>
            <td>{rows?.[i] ?? ''}</td>
            <td>{product.name}</td>
            <td>{product.sku}</td>
            <td>{formatRupiah(product.price)}</td>
            <td>{stockLabel(product.stock, t)}</td>
            <td title={product.variants.map((v) => v.name).join(', ')}>{product.variants.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
