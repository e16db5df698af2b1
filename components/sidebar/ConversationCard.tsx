import type { PageView } from '../../lib/messaging';
import { useT } from '../i18n';
import { sidebarMessages as m } from './messages';

export function ConversationCard({ page }: { page: PageView }) {
  const t = useT();
  const conversation = page.conversation;
  if (!conversation) return <p className="muted">{t(m.noConversation)}</p>;
  return (
    <dl className="conversation" aria-label={t(m.conversation)}>
      <dt>{t(m.buyer)}</dt>
      <dd data-testid="buyer-name">{conversation.buyerName ?? t(m.unknownBuyer)}</dd>
      <dd className="muted">{t(m.messageCount, { n: conversation.messages.length })}</dd>
    </dl>
  );
}
