import type { ChecklistState } from '../../lib/reply-clock/checklist';
import { needsClosingReminder } from '../../lib/reply-clock/checklist';
import { replyClockMessages as m } from '../../lib/reply-clock/messages';
import { useT } from '../i18n';

const ITEMS = [
  ['greeted', m.checklistGreeted],
  ['askedNeed', m.checklistAskedNeed],
  ['answered', m.checklistAnswered],
  ['closedPolitely', m.checklistClosed],
] as const;

/** The good-service checklist of the open conversation; read-only, ticked from what happened. */
export function Checklist({ state }: { state: ChecklistState }) {
  const t = useT();
  return (
    <section className="checklist" aria-label={t(m.checklistTitle)}>
      <ul>
        {ITEMS.map(([key, label]) => (
          <li key={key} data-done={state[key]}>
            <span aria-hidden="true">{state[key] ? '✓' : '○'}</span> {t(label)}
            {/* The marks are hidden from screen readers, so they hear the state in words. */}
            <span className="visually-hidden">: {t(state[key] ? m.checklistDone : m.checklistNotDone)}</span>
          </li>
        ))}
      </ul>
      {needsClosingReminder(state) && (
        <p className="checklist__reminder" data-testid="closing-reminder">
          {t(m.closingReminder)}
        </p>
      )}
    </section>
  );
}
