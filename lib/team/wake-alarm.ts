import { browser } from 'wxt/browser';

// Team sync while the MV3 service worker sleeps. Chrome stops an idle worker after about 30 s, and
// with it the replicator's timers: edits made on the shop's other browsers would wait for the next
// event here (a sidebar opening, a message). A periodic alarm wakes the worker; its start-up code
// resumes the saved connection (background-team.ts), and the alarm's listener asks for an exchange
// at once. 30 s is the shortest period Chrome allows (since Chrome 120), and the alarm exists only
// while a connection is saved.

export const TEAM_WAKE_ALARM = 'sigap-team-wake';
export const TEAM_WAKE_MINUTES = 0.5;

/** Starts the periodic wake, unless it already runs (re-creating it would push its next ring back). */
export async function scheduleTeamWake(): Promise<void> {
  const existing = await browser.alarms.get(TEAM_WAKE_ALARM);
  if (existing?.periodInMinutes === TEAM_WAKE_MINUTES) return;
  await browser.alarms.create(TEAM_WAKE_ALARM, { periodInMinutes: TEAM_WAKE_MINUTES });
}

export async function cancelTeamWake(): Promise<void> {
  await browser.alarms.clear(TEAM_WAKE_ALARM);
}

/**
 * Calls `wake` on each ring of the team's alarm (never another alarm's), and when the browser starts:
 * Chrome may drop alarms on a browser restart, and a worker with a start-up listener is started at
 * once, so its start-up code resumes the connection and schedules the alarm again. Register it in
 * the worker's first turn, so the event that started the worker is delivered to it.
 */
export function onTeamWake(wake: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_WAKE_ALARM) wake();
  });
  browser.runtime.onStartup.addListener(wake);
}
