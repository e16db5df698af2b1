import { useEffect, useState } from 'react';
import { secondTicker, type Ticker } from '../../lib/reply-clock/ticker';

/**
 * The current time, refreshed by the shared 1-second ticker while `enabled`. Disabled (nothing waits,
 * or the sidebar is collapsed) it holds still and costs no timer; re-enabled it catches up at once.
 */
export function useNow(enabled: boolean, ticker: Ticker = secondTicker): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!enabled) return;
    setNow(Date.now());
    return ticker.subscribe(setNow);
  }, [enabled, ticker]);
  return now;
}
