import type { Finding, PageParts } from '../../lib/marketplaces/types';
import type { PageView } from '../../lib/messaging';
import { useT } from '../i18n';
import { sidebarMessages } from './messages';
import { readingMessages as m } from './reading-messages';

// How Sigap read the page, part by part, so a guess is never shown as a fact: the chat box line is
// always visible (it decides where text goes); the rest folds away unless something is unsure.

const DETAIL_PARTS = ['messages', 'senders', 'times', 'buyer', 'list', 'send'] as const;
const SURE: readonly Finding[] = ['marker', 'older', 'learned'];

export function ReadingReport({ page }: { page: PageView | null }) {
  const t = useT();
  if (!page) {
    return (
      <p
        className="health"
        data-health="connecting"
        data-testid="composer-health"
        data-found="false"
        role="status"
      >
        {t(sidebarMessages.connecting)}
      </p>
    );
  }
  const market = page.marketplaceLabel;
  const how = (finding: Finding) => t(m[finding], { market });
  const { parts } = page;
  const composerText =
    parts.composer === 'none'
      ? t(page.health === 'unknown-layout' ? m.layoutUnknown : m.composerMissing)
      : t(m.composerFound, {
          how: SURE.includes(parts.composer)
            ? how(parts.composer)
            : `${how(parts.composer)} (${t(m.checkBeforeSend)})`,
        });
  const unsure = page.conversation != null && DETAIL_PARTS.some((part) => isUnsure(parts, part));
  return (
    <>
      <p
        className="health"
        data-health={page.health}
        data-via={parts.composer}
        data-testid="composer-health"
        data-found={String(parts.composer !== 'none')}
        role="status"
      >
        {composerText}
      </p>
      <details className="reading" open={unsure} data-testid="reading-report">
        <summary>{unsure ? t(m.notSure) : t(m.title)}</summary>
        <dl>
          {DETAIL_PARTS.map((part) => (
            <div key={part} data-part={part} data-via={parts[part]}>
              <dt>{t(m[part])}</dt>
              <dd className={isUnsure(parts, part) ? 'unsure' : undefined}>{how(parts[part])}</dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}

function isUnsure(parts: PageParts, part: (typeof DETAIL_PARTS)[number]): boolean {
  // The list and the send control matter less: the page works without Sigap reading them.
  if (part === 'list' || part === 'send') return false;
  return !SURE.includes(parts[part]);
}
