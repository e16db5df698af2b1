import { minutesOf } from '../hours/schedule';
import { type AssistSettings, assistItem } from '../settings';

// Storage can hold anything (an older build, another extension version, a hand edit): each field
// of the Saran settings is taken when it has the right shape and falls back on its own otherwise,
// so one bad field never switches Saran off or loses the other.

export function assistSettings(value: unknown): AssistSettings {
  const fallback = assistItem.fallback;
  const v = (value && typeof value === 'object' ? value : {}) as Partial<
    Record<keyof AssistSettings, unknown>
  >;
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : fallback.enabled,
    sameDayCutoff: isCutoff(v.sameDayCutoff) ? v.sameDayCutoff.trim() : fallback.sameDayCutoff,
  };
}

/** "HH:MM" between 00:00 and 24:00, or '' for the end of the working day. */
export function isCutoff(value: unknown): value is string {
  return typeof value === 'string' && (value.trim() === '' || minutesOf(value) !== null);
}
