import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SigapDb } from '../db/schema';
import { createTeamSync } from './background-team';
import { saveConnection } from './connection-store';
import { TEAM_WAKE_ALARM, TEAM_WAKE_MINUTES } from './wake-alarm';

// The background's wiring of team sync to the alarm that wakes a sleeping MV3 worker, through WXT's
// fake browser. The replicator is a stand-in: its own behaviour is replicator.test.ts's subject.

const replicators = vi.hoisted(() => [] as { localChanged: ReturnType<typeof vi.fn> }[]);
vi.mock('./pouch', () => ({ PouchDB: class {}, MIRROR_ADAPTER: 'memory' }));
vi.mock('./replicator', () => ({
  TeamReplicator: class {
    localChanged = vi.fn();
    constructor(private readonly options: { config: { password: string } }) {
      replicators.push(this);
    }
    async start() {
      // The server's answer to the login: 'bad' stands for a password the server refuses.
      return this.options.config.password === 'bad'
        ? { status: 'error', problem: 'wrong-login' }
        : { status: 'connected', problem: null };
    }
    async stop() {}
  },
}));

const CONFIG = { url: 'https://couch.toko.example', database: 'toko-ani', username: 'ani', password: 'pw' };
let db: SigapDb;

beforeEach(() => {
  fakeBrowser.reset();
  replicators.length = 0;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
  db = new SigapDb(`team-wake-${Math.random()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const ring = (name: string) => fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Date.now() });
const until = async (probe: () => Promise<boolean> | boolean) => {
  for (let i = 0; i < 100 && !(await probe()); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('team sync wake alarm', () => {
  it('connecting starts a 30 s wake; each ring asks the replicator for an exchange; disconnecting ends it', async () => {
    const team = createTeamSync(db);
    await team.connect(CONFIG);
    expect(await fakeBrowser.alarms.get(TEAM_WAKE_ALARM)).toMatchObject({
      name: TEAM_WAKE_ALARM,
      periodInMinutes: TEAM_WAKE_MINUTES,
    });
    expect(TEAM_WAKE_MINUTES).toBe(0.5);

    const [replicator] = replicators;
    await ring(TEAM_WAKE_ALARM);
    expect(replicator!.localChanged).toHaveBeenCalledTimes(1);
    // Another alarm of the extension is none of team sync's business.
    await ring('something-else');
    expect(replicator!.localChanged).toHaveBeenCalledTimes(1);

    // A browser start (which may have dropped the alarm) starts the worker and asks for one too.
    await fakeBrowser.runtime.onStartup.trigger();
    expect(replicator!.localChanged).toHaveBeenCalledTimes(2);

    await team.disconnect();
    expect(await fakeBrowser.alarms.get(TEAM_WAKE_ALARM)).toBeUndefined();
  });

  it('a worker that starts with a saved connection resumes it and keeps the running wake as it was', async () => {
    await saveConnection(db, CONFIG);
    await fakeBrowser.alarms.create(TEAM_WAKE_ALARM, { periodInMinutes: TEAM_WAKE_MINUTES });
    const before = await fakeBrowser.alarms.get(TEAM_WAKE_ALARM);
    createTeamSync(db);
    await until(() => replicators.length === 1);
    expect(replicators).toHaveLength(1);
    // Re-creating it at every start would push the next ring back each time the worker wakes.
    expect(await fakeBrowser.alarms.get(TEAM_WAKE_ALARM)).toEqual(before);
    await ring(TEAM_WAKE_ALARM);
    expect(replicators[0]!.localChanged).toHaveBeenCalledTimes(1);
  });

  it('no wake without a connection: a worker start with nothing saved, or a login that was refused', async () => {
    const team = createTeamSync(db);
    // The start-up found nothing to resume once it has published the "off" state.
    await until(async () => (await fakeBrowser.storage.local.get('teamState')).teamState !== undefined);
    expect(replicators).toHaveLength(0);
    expect(await fakeBrowser.alarms.get(TEAM_WAKE_ALARM)).toBeUndefined();
    const state = await team.connect({ ...CONFIG, password: 'bad' });
    expect(replicators).toHaveLength(1);
    expect(state.problem).toBe('wrong-login');
    expect(await fakeBrowser.alarms.get(TEAM_WAKE_ALARM)).toBeUndefined();
  });
});
