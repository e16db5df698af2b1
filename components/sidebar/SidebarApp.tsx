import { useEffect } from 'react';
import { sidebarStateItem } from '../../lib/settings';
import { SaranPanel } from '../assist/SaranPanel';
import { HoursBanner } from '../hours/HoursBanner';
import { useShopHours } from '../hours/use-shop-hours';
import { useT } from '../i18n';
import { useCatalog } from '../search/use-catalog';
import { useStorageItem } from '../use-storage-item';
import { ConversationCard } from './ConversationCard';
import { LayoutReportButton } from './LayoutReportButton';
import { sidebarMessages as m } from './messages';
import { ProductSearch } from './ProductSearch';
import type { PageLink } from './page-link';
import { QuickInsert } from './QuickInsert';
import { ReadingReport } from './ReadingReport';
import { ReplyClockPanel } from './ReplyClockPanel';
import { SnippetsPanel } from './SnippetsPanel';
import { insertedFor, usePageView, useSidebarStore } from './store';
import { useInsert } from './use-insert';
import { useRecordSamples } from './use-record-samples';
import { WaitingPanel } from './WaitingPanel';

async function setOpenSetting(open: boolean) {
  const current = await sidebarStateItem.getValue();
  await sidebarStateItem.setValue({ ...current, open });
}

export function SidebarApp({ link, copy }: { link: PageLink; copy?: (text: string) => Promise<boolean> }) {
  const t = useT();
  // Selected one by one: a change of the conversation list alone renders none of this.
  const page = usePageView();
  const notice = useSidebarStore((s) => s.notice);
  const setPage = useSidebarStore((s) => s.setPage);
  const inserted = useSidebarStore(insertedFor);
  const { open } = useStorageItem(sidebarStateItem, sidebarStateItem.fallback);
  const insert = useInsert(link, copy);
  // One index for the frame: the search and Saran read the same catalog (50,000 products are
  // held once, not twice).
  const catalog = useCatalog();
  useEffect(() => link.onState(setPage), [link, setPage]);
  const requestSearchFocus = useSidebarStore((s) => s.requestSearchFocus);
  useEffect(() => link.onFocusSearch(requestSearchFocus), [link, requestSearchFocus]);
  const hours = useShopHours();
  useRecordSamples(page, hours.schedule);

  if (!open) {
    return (
      <button
        type="button"
        className="tab"
        aria-label={t(m.expand)}
        onClick={() => void setOpenSetting(true)}
      >
        Sigap
      </button>
    );
  }

  return (
    <main className="sidebar">
      <header>
        <h1>Sigap</h1>
        {page && <span className="market">{page.marketplaceLabel}</span>}
        <button
          type="button"
          className="icon"
          aria-label={t(m.collapse)}
          onClick={() => void setOpenSetting(false)}
        >
          ⟩
        </button>
      </header>
      <SaranPanel link={link} insert={insert} catalog={catalog} />
      <ReadingReport page={page} />
      <HoursBanner hours={hours} />
      {page && <ConversationCard page={page} />}
      {page?.conversation && <ReplyClockPanel page={page} inserted={inserted} live={open} />}
      <WaitingPanel link={link} live={open} />
      <ProductSearch link={link} insert={insert} catalog={catalog} />
      <SnippetsPanel link={link} insert={insert} hours={hours.text} awayFirst={!hours.open} />
      <QuickInsert onInsert={insert} />
      <LayoutReportButton link={link} copy={copy} />
      {notice && (
        <p className={`notice ${notice.kind}`} role="status" data-testid="notice">
          {t(notice.message, notice.params)}
        </p>
      )}
    </main>
  );
}
