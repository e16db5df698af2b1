import { useMemo } from 'react';
import type { PageView } from '../../lib/messaging';
import {
  applyChecklistEvents,
  type ChecklistEvent,
  checklistFromMessages,
} from '../../lib/reply-clock/checklist';
import { computeReplyState } from '../../lib/reply-clock/clock';
import { replyTargetsItem } from '../../lib/settings';
import { Checklist } from '../reply-clock/Checklist';
import { WaitBadge } from '../reply-clock/WaitBadge';
import { useStorageItem } from '../use-storage-item';
import { clockMessages } from './clock-messages';

/**
 * The open conversation's reply clock and checklist. The clock is recomputed from the page's
 * messages on every page state, so it stops the moment the agent's reply appears in the chat. When
 * the messages that decide it could not be read, the badge says so instead of "Sudah dibalas".
 */
export function ReplyClockPanel({
  page,
  inserted,
  live,
}: {
  page: PageView;
  /** What the agent inserted into this conversation through Sigap (snippets, product answers). */
  inserted: readonly ChecklistEvent[];
  live: boolean;
}) {
  const targets = useStorageItem(replyTargetsItem, replyTargetsItem.fallback);
  const messages = useMemo(() => clockMessages(page.conversation), [page.conversation]);
  const { waitingSince, unreadable } = useMemo(
    () => computeReplyState(messages, 0, targets),
    [messages, targets],
  );
  const checklist = useMemo(
    () => applyChecklistEvents(checklistFromMessages(messages), inserted),
    [messages, inserted],
  );
  return (
    <>
      <WaitBadge waitingSince={waitingSince} unreadable={unreadable} targets={targets} live={live} />
      <Checklist state={checklist} />
    </>
  );
}
