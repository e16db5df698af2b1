import { useEffect, useId, useState } from 'react';
import { assistSettings, isCutoff } from '../../lib/assist/settings';
import { assistItem } from '../../lib/settings';
import { useT } from '../i18n';
import { saranMessages as m } from './messages';

/**
 * Saran's settings for the options page: on/off, and the same-day shipping cut-off. The switch is
 * saved at once; the time when it is a valid "HH:MM" (or empty), else it stays in the box with a
 * message and the stored value is left as it was.
 */
export function SaranSettings() {
  const t = useT();
  const ids = { enabled: useId(), cutoff: useId(), hint: useId() };
  const [stored, setStored] = useState<ReturnType<typeof assistSettings> | null>(null);
  const [cutoff, setCutoff] = useState('');
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid'>('idle');

  useEffect(() => {
    let alive = true;
    // The first value fills the cut-off box; later ones (the watch) only the stored settings, so
    // what the user is typing stays. A change that lands before the first read answers wins.
    let loaded = false;
    const take = (value: unknown) => {
      const settings = assistSettings(value);
      setStored(settings);
      if (!loaded) setCutoff(settings.sameDayCutoff);
      loaded = true;
    };
    void assistItem.getValue().then((value) => {
      if (alive && !loaded) take(value);
    });
    // The sidebar's "Matikan Saran" writes the same item while this page may be open: follow it,
    // so the box shows the truth and the next save does not write back a stale value.
    const unwatch = assistItem.watch(take);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);

  if (!stored) return null;
  const save = async (patch: Partial<typeof stored>) => {
    const next = { ...stored, ...patch };
    setStored(next);
    await assistItem.setValue(next);
    setStatus('saved');
  };
  const saveCutoff = () => {
    if (!isCutoff(cutoff)) {
      setStatus('invalid');
      return;
    }
    if (cutoff.trim() !== stored.sameDayCutoff) void save({ sameDayCutoff: cutoff.trim() });
  };

  return (
    <fieldset className="saran-settings">
      <legend>{t(m.settingsTitle)}</legend>
      <label htmlFor={ids.enabled}>
        <input
          id={ids.enabled}
          type="checkbox"
          checked={stored.enabled}
          onChange={(e) => void save({ enabled: e.target.checked })}
        />{' '}
        {t(m.settingsEnabled)}
      </label>
      <label htmlFor={ids.cutoff}>{t(m.settingsCutoff)}</label>
      <input
        id={ids.cutoff}
        value={cutoff}
        placeholder="15:00"
        inputMode="numeric"
        aria-invalid={status === 'invalid'}
        aria-describedby={ids.hint}
        onChange={(e) => {
          setCutoff(e.target.value);
          setStatus('idle');
        }}
        onBlur={saveCutoff}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          // Inside the Pengaturan form, Enter would also submit the whole form.
          e.preventDefault();
          saveCutoff();
        }}
      />
      <small id={ids.hint} role={status === 'invalid' ? 'alert' : undefined}>
        {status === 'invalid' ? t(m.settingsCutoffBad) : t(m.settingsCutoffHint)}
      </small>
      {status === 'saved' && <small role="status">{t(m.settingsSaved)}</small>}
    </fieldset>
  );
}
