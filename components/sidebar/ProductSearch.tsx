import { useCallback } from 'react';
import { productAnswer, productShortAnswer } from '../../lib/catalog/answer';
import type { Product } from '../../lib/catalog/types';
import { answerTemplateItem } from '../../lib/settings';
import { useLang } from '../i18n';
import { SearchPanel } from '../search/SearchPanel';
import type { CatalogStatus } from '../search/use-catalog';
import { useStorageItem } from '../use-storage-item';
import type { PageLink } from './page-link';
import { useSidebarStore } from './store';

/**
 * The product search wired to the page: the chosen product's answer goes into the chat box. The
 * catalog comes from the sidebar (`useCatalog` there), which shares it with Saran.
 */
export function ProductSearch({
  link,
  insert,
  catalog,
}: {
  link: PageLink;
  insert: (text: string) => Promise<void>;
  catalog: CatalogStatus;
}) {
  const lang = useLang();
  const template = useStorageItem(answerTemplateItem, '');
  const focusSearch = useSidebarStore((s) => s.focusSearch);
  const setProduct = useSidebarStore((s) => s.setProduct);
  const recordInserted = useSidebarStore((s) => s.recordInserted);

  const onChoose = useCallback(
    (product: Product, form: 'full' | 'short') => {
      setProduct(product);
      recordInserted({ type: 'product-answer' });
      const text =
        form === 'full'
          ? productAnswer(product, template || undefined, lang)
          : productShortAnswer(product, lang);
      void insert(text);
    },
    [insert, lang, template, setProduct, recordInserted],
  );

  return (
    <SearchPanel
      catalog={catalog}
      onChoose={onChoose}
      onEscape={link.focusComposer}
      focusSignal={focusSearch}
    />
  );
}
