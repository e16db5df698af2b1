import { useEffect, useRef } from 'react';
import { msWithinHours, type Schedule } from '../../lib/hours/schedule';
import { backgroundMessenger, type PageView } from '../../lib/messaging';
import { samplesFromConversation } from '../../lib/reply-clock/samples';
import { clockMessages } from './clock-messages';
import { createSampleOutbox, type SampleOutbox, type SendSamples } from './sample-outbox';

const sendToBackground: SendSamples = (samples) =>
  backgroundMessenger.sendMessage('recordReplySamples', samples);

/**
 * Hands every answered stretch the page shows to the background, which stores it. Runs while the
 * sidebar is collapsed too: samples are the one thing that must not stop. The outbox skips samples
 * already sent from this frame, so a page state that repeats costs no message, and retries failed
 * ones with growing pauses rather than on every page state (sample-outbox.ts).
 */
export function useRecordSamples(
  page: PageView | null,
  schedule: Schedule,
  send: SendSamples = sendToBackground,
): void {
  const outbox = useRef<SampleOutbox | null>(null);
  // Declared first, so it exists before the effect below first adds to it.
  useEffect(() => {
    const box = createSampleOutbox(send);
    outbox.current = box;
    return () => box.dispose();
  }, [send]);
  useEffect(() => {
    const id = page?.conversation?.id;
    if (!page || !id) return;
    const withinHours = (from: number, to: number) => msWithinHours(schedule, from, to);
    outbox.current?.add(
      samplesFromConversation(page.marketplace, id, clockMessages(page.conversation), { withinHours }),
    );
  }, [page, schedule]);
}
