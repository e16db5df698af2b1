import { useState } from 'react';
import type { Message } from '../../lib/i18n';
import { useT } from '../i18n';
import { copyText } from './copy-text';
import { layoutReportMessages as m } from './layout-report-messages';
import type { PageLink } from './page-link';

/**
 * "Copy layout report": the page's skeleton without its text (lib/marketplaces/layout-report.ts), for
 * the agent to send when Sigap no longer finds its way around a changed chat page.
 */
export function LayoutReportButton({
  link,
  copy = copyText,
}: {
  link: Pick<PageLink, 'layoutReport'>;
  copy?: (text: string) => Promise<boolean>;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ message: Message; ok: boolean } | null>(null);

  const run = async () => {
    setBusy(true);
    setResult(null);
    try {
      const report = await link.layoutReport();
      if (report == null) setResult({ message: m.noPage, ok: false });
      else if (await copy(report)) setResult({ message: m.copied, ok: true });
      else setResult({ message: m.copyFailed, ok: false });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="layout-report">
      <button type="button" onClick={() => void run()} disabled={busy}>
        {t(busy ? m.busy : m.button)}
      </button>
      {result && (
        <p className={`notice ${result.ok ? 'ok' : 'warn'}`} role="status">
          {t(result.message)}
        </p>
      )}
    </div>
  );
}
