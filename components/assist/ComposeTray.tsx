import { useT } from '../i18n';
import { saranMessages as m } from './messages';

export interface TrayPart {
  key: string;
  text: string;
}

/**
 * The reply the agent builds by hand from several suggestions (a product line, a snippet, another
 * snippet), inserted at the caret as one message: one insertion, so the chat box gets one undo step
 * and the page one message.
 */
export function ComposeTray({
  parts,
  onRemove,
  onUp,
  onInsert,
  onClear,
}: {
  parts: TrayPart[];
  onRemove(index: number): void;
  onUp(index: number): void;
  onInsert(): void;
  onClear(): void;
}) {
  const t = useT();
  return (
    <div className="saran-tray" data-testid="saran-tray">
      <strong>{t(m.trayTitle)}</strong>
      <ol>
        {parts.map((part, i) => (
          <li key={part.key} data-testid="saran-tray-part">
            <span className="saran-tray-text">{part.text}</span>
            <span className="saran-tray-actions">
              {i > 0 && (
                <button type="button" aria-label={t(m.trayUp, { n: i + 1 })} onClick={() => onUp(i)}>
                  ↑
                </button>
              )}
              <button type="button" aria-label={t(m.trayRemove, { n: i + 1 })} onClick={() => onRemove(i)}>
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="saran-tray-buttons">
        <button type="button" onClick={onInsert}>
          {t(m.trayInsert)}
        </button>
        <button type="button" onClick={onClear}>
          {t(m.trayClear)}
        </button>
      </div>
    </div>
  );
}
