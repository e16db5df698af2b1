import type { AdapterHealth } from '../../lib/messaging';
import { useT } from '../i18n';
import { sidebarMessages as m } from './messages';

const TEXT = { ok: m.healthOk, 'no-composer': m.healthNoComposer, 'unknown-layout': m.healthUnknown };

export function HealthLine({ health }: { health: AdapterHealth | null }) {
  const t = useT();
  return (
    <p className="health" data-health={health ?? 'connecting'} role="status">
      {health ? t(TEXT[health]) : t(m.connecting)}
    </p>
  );
}
