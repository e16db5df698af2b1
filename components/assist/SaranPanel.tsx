import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import { assistSettings } from '../../lib/assist/settings';
import { type SaranItem, unansweredBuyerTexts } from '../../lib/assist/suggest';
import type { StoredSnippet } from '../../lib/db/schema';
import { backgroundMessenger } from '../../lib/messaging';
import { SARAN_KEY } from '../../lib/saran-key';
import { answerTemplateItem, assistItem, shopNameItem } from '../../lib/settings';
import { renderSnippet } from '../../lib/snippets/render';
import { useShopHours } from '../hours/use-shop-hours';
import { useLang, useT } from '../i18n';
import type { CatalogStatus } from '../search/use-catalog';
import type { InsertOptions, PageLink } from '../sidebar/page-link';
import { conversationKey, useSidebarStore } from '../sidebar/store';
import { snippetMessages } from '../snippets/messages';
import { useSnippets } from '../snippets/use-snippets';
import { useStorageItem } from '../use-storage-item';
import { ComposeTray, type TrayPart } from './ComposeTray';
import { saranMessages as m } from './messages';
import { SaranOption } from './SaranOption';
import { useSaran } from './use-saran';
import './saran.css';

export interface SaranPanelProps {
  link: PageLink;
  /** Every insertion goes through the sidebar's `useInsert` (chat box, or clipboard when none). */
  insert(text: string, options?: InsertOptions): Promise<void>;
  catalog: CatalogStatus;
  /** For tests; the real one asks the background. */
  loadSnippets?: () => Promise<StoredSnippet[]>;
}

/**
 * Saran, at the top of the sidebar while the open conversation has buyer messages no seller
 * message has answered: the products they ask about with the variant picked out, the snippets that
 * fit, and for several questions one point-by-point reply. Best first; the first suggestion is the
 * panel's tab stop, so Tab then Enter inserts it. Keys inside the panel (they never leave it, so
 * none clashes with the search box's or the snippet list's): ↑/↓ (Home/End) choose, Enter inserts,
 * "+" adds the chosen one to the reply being built, Esc hands the keyboard back to the chat box.
 * From the chat box, Alt+S (lib/saran-key.ts, relayed by the content script) inserts the chosen one.
 */
export function SaranPanel({ link, insert, catalog, loadSnippets }: SaranPanelProps) {
  const t = useT();
  const lang = useLang();
  const settings = assistSettings(useStorageItem(assistItem, assistItem.fallback));
  const page = useSidebarStore((s) => s.page);
  const recordInserted = useSidebarStore((s) => s.recordInserted);
  const setNotice = useSidebarStore((s) => s.setNotice);
  const setProduct = useSidebarStore((s) => s.setProduct);
  const snippets = useSnippets(loadSnippets);
  const shopName = useStorageItem(shopNameItem, '');
  const template = useStorageItem(answerTemplateItem, '');
  const hours = useShopHours();
  const messages = page?.conversation?.messages;
  const buyerName = page?.conversation?.buyerName ?? undefined;

  const saran = useSaran({
    messages,
    catalog,
    snippets,
    buyerName,
    shopName,
    hoursText: hours.text,
    schedule: hours.schedule,
    answerTemplate: template,
    cutoff: settings.sameDayCutoff,
    lang,
  });
  const items = saran?.items ?? [];

  // The chosen suggestion belongs to the list it was chosen in: a new buyer message starts at the top.
  const signature = items.map((i) => i.key).join('|');
  const [chosen, setChosen] = useState({ signature: '', index: 0 });
  const active = chosen.signature === signature ? Math.min(chosen.index, items.length - 1) : 0;
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const choose = (index: number) => {
    setChosen({ signature, index });
    buttons.current[index]?.focus();
  };

  // The reply being built by hand belongs to the conversation it was started in.
  const conversation = conversationKey(page);
  const [tray, setTray] = useState<{ conversation: string | null; parts: TrayPart[] }>({
    conversation: null,
    parts: [],
  });
  const parts = tray.conversation === conversation ? tray.parts : [];
  const setParts = (next: TrayPart[]) => setTray({ conversation, parts: next });

  const renderFor = useCallback(
    (snippet: StoredSnippet) =>
      renderSnippet(snippet.body, {
        buyerName,
        shopName: shopName || undefined,
        now: new Date(),
        product: items.find((i) => i.kind === 'product')?.product,
        hours: hours.text,
      }),
    [buyerName, shopName, hours.text, items],
  );

  const textOf = (item: SaranItem<StoredSnippet>): string =>
    item.kind === 'reply'
      ? item.reply.text
      : item.kind === 'product'
        ? item.answer
        : renderFor(item.snippet).text;

  const run = async (item: SaranItem<StoredSnippet>) => {
    if (item.kind === 'snippet') {
      const rendered = renderFor(item.snippet);
      recordInserted({ type: 'snippet', category: item.snippet.category, action: 'inserted' });
      await insert(rendered.text, { cursor: rendered.cursor });
      if (rendered.missing.length > 0)
        setNotice({
          kind: 'warn',
          message: snippetMessages.missing,
          params: { names: rendered.missing.join(', ') },
        });
      void backgroundMessenger.sendMessage('snippetUsed', item.snippet.id).catch(() => {});
      return;
    }
    if (item.kind === 'product') setProduct(item.product);
    recordInserted({ type: 'product-answer' });
    await insert(item.kind === 'product' ? item.answer : item.reply.text);
    if (item.kind === 'reply' && item.reply.gaps > 0)
      setNotice({ kind: 'warn', message: m.gapNotice, params: { n: item.reply.gaps } });
  };

  const add = (item: SaranItem<StoredSnippet>) => {
    if (parts.some((p) => p.key === item.key)) return;
    setParts([...parts, { key: item.key, text: textOf(item) }]);
  };

  const insertTray = async () => {
    const text = parts.map((p) => p.text).join('\n');
    if (!text) return;
    recordInserted({ type: 'product-answer' });
    await insert(text);
    setParts([]);
  };

  // Alt+S in the chat box: the content script relays only the agent's own (trusted) key press. The
  // listener reads the latest render through the ref, so it is subscribed once per page link.
  const accept = useRef<() => void>(() => {});
  accept.current = () => {
    const item = settings.enabled ? items[active] : undefined;
    if (item) void run(item);
    else
      setNotice({
        kind: 'warn',
        message: settings.enabled ? m.acceptNone : m.acceptOff,
        params: { key: SARAN_KEY },
      });
  };
  useEffect(() => link.onChatEvent((event) => event.type === 'saran-accept' && accept.current()), [link]);

  if (!settings.enabled || !saran || items.length === 0) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const last = items.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      choose(
        event.key === 'ArrowDown' ? (active === last ? 0 : active + 1) : active === 0 ? last : active - 1,
      );
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      choose(event.key === 'Home' ? 0 : last);
    } else if (event.key === '+' || event.key === 'Add') {
      event.preventDefault();
      add(items[active]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      link.focusComposer();
    }
  };

  const waiting = unansweredBuyerTexts(messages ?? []).unanswered.length;
  return (
    <section className="saran" aria-label={t(m.label)} data-testid="saran">
      <div className="saran-head">
        <h2>{t(m.title)}</h2>
        <span className="muted">{waiting === 1 ? t(m.waitingOne) : t(m.waiting, { n: waiting })}</span>
        {catalog.state === 'loading' && <span className="muted">{t(m.loading)}</span>}
      </div>
      <ul className="saran-list" aria-label={t(m.title)} onKeyDown={onKeyDown}>
        {items.map((item, i) => (
          <SaranOption
            key={item.key}
            item={item}
            active={i === active}
            buttonRef={(el) => {
              buttons.current[i] = el;
            }}
            onInsert={() => void run(item)}
            onAdd={() => add(item)}
            onFocus={() => i !== active && setChosen({ signature, index: i })}
          />
        ))}
      </ul>
      <p className="muted keys-hint">{t(m.keysHint, { key: SARAN_KEY })}</p>
      {parts.length > 0 && (
        <ComposeTray
          parts={parts}
          onRemove={(i) => setParts(parts.filter((_, k) => k !== i))}
          onUp={(i) => setParts([...parts.slice(0, i - 1), parts[i]!, parts[i - 1]!, ...parts.slice(i + 1)])}
          onInsert={() => void insertTray()}
          onClear={() => setParts([])}
        />
      )}
      <button
        type="button"
        className="saran-off"
        onClick={() => {
          void assistItem.setValue({ ...settings, enabled: false });
          setNotice({ kind: 'ok', message: m.offDone });
        }}
      >
        {t(m.off)}
      </button>
    </section>
  );
}
