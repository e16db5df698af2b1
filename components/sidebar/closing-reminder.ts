import type { PageView } from '../../lib/messaging';
import {
  applyChecklistEvents,
  type ChecklistEvent,
  checklistFromMessages,
  needsClosingReminder,
} from '../../lib/reply-clock/checklist';
import { clockMessages } from './clock-messages';

/**
 * When the agent moves from one conversation to another, the buyer left behind if that conversation
 * was worked in but not closed politely: the sidebar reminds the agent once, gently.
 */
export function leftWithoutClosing(
  previous: PageView | null,
  next: PageView,
  inserted: Readonly<Record<string, readonly ChecklistEvent[]>>,
): string | null {
  const before = previous?.conversation;
  if (!previous || !before?.id || before.id === next.conversation?.id) return null;
  const events = inserted[`${previous.marketplace}:${before.id}`] ?? [];
  const state = applyChecklistEvents(checklistFromMessages(clockMessages(before)), events);
  return needsClosingReminder(state) ? (before.buyerName ?? '') : null;
}
