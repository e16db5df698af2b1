import type { SigapDb } from '../../lib/db/schema';
import { replyRetentionItem } from '../../lib/settings';
import { useLang, useT } from '../i18n';
import { useStorageItem } from '../use-storage-item';
import { optionsMessages as m } from './messages';
import { useStoredAmounts, useUsageEstimate } from './use-stored-amounts';

// "How much is stored", live: reply samples since when, products, snippets, the space used, and how
// many samples the retention being typed would delete on save.

function megabytes(bytes: number, lang: string): string {
  return (bytes / 1_000_000).toLocaleString(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 1 });
}

export function StorageFigures({ db, retentionDays }: { db: SigapDb; retentionDays: number | null }) {
  const t = useT();
  const lang = useLang();
  const saved = useStorageItem(replyRetentionItem, replyRetentionItem.fallback);
  const amounts = useStoredAmounts(db, retentionDays ?? saved);
  const usage = useUsageEstimate(amounts);
  if (!amounts) return null;
  const locale = lang === 'id' ? 'id-ID' : 'en-US';
  const number = (n: number) => n.toLocaleString('id-ID');
  const { samples } = amounts;
  return (
    <div className="storage-figures" data-testid="storage-figures">
      <p>
        {t(m.storedSamples, { count: number(samples.count) })}
        {samples.oldestAt != null &&
          ` ${t(m.storedSince, {
            date: new Date(samples.oldestAt).toLocaleDateString(locale, { dateStyle: 'medium' }),
          })}`}
        {' · '}
        {t(m.storedProducts, { count: number(amounts.products) })}
        {' · '}
        {t(m.storedSnippets, { count: number(amounts.snippets) })}
      </p>
      {usage != null && <p>{t(m.storedUsage, { size: megabytes(usage, lang) })}</p>}
      {retentionDays != null && retentionDays !== saved && samples.beyond > 0 && (
        <p className="warn">
          {t(m.retentionWillDelete, { count: number(samples.beyond), days: retentionDays })}
        </p>
      )}
    </div>
  );
}
