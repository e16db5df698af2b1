import { useCallback, useEffect, useState } from 'react';
import type { StoredSnippet } from '../../lib/db/schema';
import { normaliseCombo } from '../../lib/key-combo';
import { backgroundMessenger } from '../../lib/messaging';
import { shopNameItem } from '../../lib/settings';
import { fieldsOf, renderSnippet } from '../../lib/snippets/render';
import { FieldsForm } from '../snippets/FieldsForm';
import { snippetMessages as m } from '../snippets/messages';
import { SnippetList } from '../snippets/SnippetList';
import { useSnippets } from '../snippets/use-snippets';
import { useStorageItem } from '../use-storage-item';
import type { InsertOptions, PageLink } from './page-link';
import { usePageView, useSidebarStore } from './store';
import { TonePanel } from './TonePanel';

interface Pending {
  snippet: StoredSnippet;
  replace?: InsertOptions['replace'];
}

/**
 * Snippets in the sidebar and from the chat box (typed triggers, hotkeys): rendered here with the
 * conversation's buyer, the shop, the time and the chosen product, then inserted into the chat box.
 */
export function SnippetsPanel({
  link,
  insert,
  hours,
  awayFirst,
}: {
  link: PageLink;
  insert: (text: string, options?: InsertOptions) => Promise<void>;
  hours?: string;
  awayFirst?: boolean;
}) {
  const snippets = useSnippets();
  const shopName = useStorageItem(shopNameItem, '');
  const page = usePageView();
  const product = useSidebarStore((s) => s.product);
  const recordInserted = useSidebarStore((s) => s.recordInserted);
  const setNotice = useSidebarStore((s) => s.setNotice);
  const [pending, setPending] = useState<Pending | null>(null);

  const finish = useCallback(
    async ({ snippet, replace }: Pending, fields: Record<string, string> = {}) => {
      setPending(null);
      const rendered = renderSnippet(snippet.body, {
        buyerName: page?.conversation?.buyerName ?? undefined,
        shopName: shopName || undefined,
        now: new Date(),
        product: product ?? undefined,
        hours,
        fields,
      });
      recordInserted({ type: 'snippet', category: snippet.category, action: 'inserted' });
      await insert(rendered.text, { replace, cursor: rendered.cursor });
      if (rendered.missing.length > 0)
        setNotice({ kind: 'warn', message: m.missing, params: { names: rendered.missing.join(', ') } });
      void backgroundMessenger.sendMessage('snippetUsed', snippet.id).catch(() => {});
    },
    [page, shopName, product, hours, insert, recordInserted, setNotice],
  );

  const choose = useCallback(
    (snippet: StoredSnippet, replace?: InsertOptions['replace']) => {
      if (fieldsOf(snippet.body).length > 0) setPending({ snippet, replace });
      else void finish({ snippet, replace });
    },
    [finish],
  );

  useEffect(
    () =>
      link.onChatEvent((event) => {
        if (!snippets) return;
        if (event.type === 'expand-trigger') {
          const snippet = snippets.find((s) => s.trigger?.toLowerCase() === event.trigger);
          if (snippet) choose(snippet, { start: event.start, end: event.end });
        } else if (event.type === 'snippet-hotkey') {
          const snippet = snippets.find((s) => s.hotkey && normaliseCombo(s.hotkey) === event.combo);
          if (snippet) choose(snippet);
        }
      }),
    [link, snippets, choose],
  );

  if (!snippets) return null;
  return (
    <>
      {pending && (
        <FieldsForm
          title={pending.snippet.title}
          fields={fieldsOf(pending.snippet.body)}
          onSubmit={(values) => void finish(pending, values)}
          onCancel={() => setPending(null)}
        />
      )}
      <TonePanel link={link} snippets={snippets} onUseSnippet={(s) => choose(s)} />
      <SnippetList snippets={snippets} onChoose={(s) => choose(s)} first={awayFirst ? 'away' : undefined} />
    </>
  );
}
