import { useEffect, useState } from 'react';
import { formatHours } from '../../lib/hours/format';
import { isOpen, nextOpening, type Schedule } from '../../lib/hours/schedule';
import { hoursItem } from '../../lib/settings';
import { useLang } from '../i18n';
import { useStorageItem } from '../use-storage-item';

export interface ShopHours {
  schedule: Schedule;
  open: boolean;
  /** The hours as shops write them: the {jam_buka} of snippets. */
  text: string;
  next: Date | null;
}

const RECHECK_MS = 60_000;

/** Whether the shop is open now, rechecked every minute and whenever the hours are edited. */
export function useShopHours(): ShopHours {
  const lang = useLang();
  const schedule = useStorageItem(hoursItem, hoursItem.fallback);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), RECHECK_MS);
    return () => clearInterval(timer);
  }, []);
  return {
    schedule,
    open: isOpen(schedule, now),
    text: formatHours(schedule, lang),
    next: nextOpening(schedule, now),
  };
}
