import { DEFAULT_SCHEDULE } from '../../lib/hours/schedule';
import { DEFAULT_TARGETS } from '../../lib/reply-clock/clock';
import type { SettingsStore } from '../../lib/team/local-side';
import type { SharedSettings } from '../../lib/team/mapping';

/** One browser's settings, for tests that run several "browsers" in one process. */
export function memorySettings(
  initial: Partial<SharedSettings> = {},
): SettingsStore & { value: SharedSettings } {
  const store = {
    value: { hours: DEFAULT_SCHEDULE, replyTargets: DEFAULT_TARGETS, answerTemplate: '', ...initial },
    async read() {
      return structuredClone(store.value);
    },
    async write(change: Partial<SharedSettings>) {
      store.value = { ...store.value, ...structuredClone(change) };
    },
  };
  return store;
}
