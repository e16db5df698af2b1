import { useEffect, useRef } from 'react';
import { msWithinHours, type Schedule } from '../../lib/hours/schedule';
import { backgroundMessenger, type PageState } from '../../lib/messaging';
import { samplesFromConversation } from '../../lib/reply-clock/samples';
import { clockMessages } from './clock-messages';

/**
 * Hands every answered stretch the page shows to the background, which stores it. Runs while the
 * sidebar is collapsed too: samples are the one thing that must not stop. Ids already sent from this
 * frame are skipped, so a page state that repeats costs no message.
 */
export function useRecordSamples(page: PageState | null, schedule: Schedule): void {
  const sent = useRef(new Set<string>());
  useEffect(() => {
    const id = page?.conversation?.id;
    if (!page || !id) return;
    const withinHours = (from: number, to: number) => msWithinHours(schedule, from, to);
    const fresh = samplesFromConversation(page.marketplace, id, clockMessages(page.conversation), {
      withinHours,
    }).filter((s) => !sent.current.has(s.id));
    if (fresh.length === 0) return;
    for (const s of fresh) sent.current.add(s.id);
    backgroundMessenger.sendMessage('recordReplySamples', fresh).catch(() => {
      // The background restarts with the browser; unsent ids are retried on the next page state.
      for (const s of fresh) sent.current.delete(s.id);
    });
  }, [page, schedule]);
}
