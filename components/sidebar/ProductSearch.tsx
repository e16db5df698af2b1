import { useCallback } from 'react';
import { productAnswer, productShortAnswer } from '../../lib/catalog/answer';
import type { Product } from '../../lib/catalog/types';
import { answerTemplateItem } from '../../lib/settings';
import { useLang } from '../i18n';
import { SearchPanel } from '../search/SearchPanel';
import { useCatalogIndex } from '../search/use-catalog-index';
import { useStorageItem } from '../use-storage-item';
import type { PageLink } from './page-link';
import { useSidebarStore } from './store';

/** The product search wired to the page: the chosen product's answer goes into the chat box. */
export function ProductSearch({ link, insert }: { link: PageLink; insert: (text: string) => Promise<void> }) {
  const lang = useLang();
  const catalog = useCatalogIndex();
  const template = useStorageItem(answerTemplateItem, '');
  const { focusSearch, setProduct, recordInserted } = useSidebarStore();

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
