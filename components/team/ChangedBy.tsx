import { createTicker } from '../../lib/reply-clock/ticker';
import { useLang } from '../i18n';
import { useNow } from '../reply-clock/use-now';
import { changedByFullText, changedByText } from './changed-ago';
import './changed-by.css';

// Who changed an item last and when, for items a team sync wrote (`updatedBy` set). A solo user's
// items have no `updatedBy`, so nothing is shown for them.

/** "2 jam lalu" moves in minutes: one shared timer for every label on the page. */
const minuteTicker = createTicker(60_000);

export interface ChangedByProps {
  by: string | undefined;
  at: number;
  /** Fixed time for tests; live (every minute) when left out. */
  now?: number;
}

export function ChangedBy({ by, at, now }: ChangedByProps) {
  const lang = useLang();
  const live = useNow(now === undefined && Boolean(by), minuteTicker);
  if (!by) return null;
  const current = now ?? live;
  return (
    <span className="changed-by" data-testid="changed-by" title={changedByFullText(by, at, lang)}>
      {changedByText(by, at, current, lang)}
    </span>
  );
}
