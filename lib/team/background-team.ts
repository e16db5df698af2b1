import { browser } from 'wxt/browser';
import type { SigapDb } from '../db/schema';
import {
  answerTemplateItem,
  catalogVersionItem,
  hoursItem,
  replyTargetsItem,
  snippetsVersionItem,
} from '../settings';
import { configProblem, normaliseServerUrl, originPattern, type TeamConfig } from './connection';
import { loadConnection, saveConnection } from './connection-store';
import { dexieLocalSide } from './local-side';
import { MIRROR_ADAPTER, PouchDB } from './pouch';
import { TeamReplicator } from './replicator';
import { TEAM_OFF, type TeamState, teamStateItem } from './state';
import { cancelTeamWake, onTeamWake, scheduleTeamWake } from './wake-alarm';

// Team sync as the background runs it: one replicator for the saved connection, resumed at every
// start of the service worker, told about every local write through the same version bumps and
// settings the sidebar watches. The options page asks for the server's host permission (a user
// gesture is needed) before it sends `teamConnect`; the background only checks it is there.

export interface TeamSync {
  connect(config: TeamConfig): Promise<TeamState>;
  disconnect(): Promise<TeamState>;
  localChanged(): void;
}

export function createTeamSync(db: SigapDb): TeamSync {
  let replicator: TeamReplicator | null = null;
  const publish = (state: TeamState) => void teamStateItem.setValue(state);

  async function start(config: TeamConfig): Promise<TeamState> {
    await replicator?.stop();
    replicator = null;
    const base = {
      ...TEAM_OFF,
      url: normaliseServerUrl(config.url),
      database: config.database,
      user: config.username,
    };
    const problem = configProblem(config);
    if (problem) {
      const state: TeamState = { ...base, status: 'error', problem };
      publish(state);
      return state;
    }
    const granted = await browser.permissions.contains({ origins: [originPattern(config.url)] });
    if (!granted) {
      const state: TeamState = { ...base, status: 'error', problem: 'no-permission' };
      publish(state);
      return state;
    }
    replicator = new TeamReplicator({
      config,
      local: dexieLocalSide(db),
      PouchDB,
      adapter: MIRROR_ADAPTER,
      onState: publish,
    });
    // While a connection is saved, an alarm wakes the sleeping worker so syncing goes on.
    void scheduleTeamWake().catch((error: unknown) => console.warn('Sigap: team wake alarm failed', error));
    return replicator.start();
  }

  const changed = () => replicator?.localChanged();
  // A ring that started the worker finds no replicator yet: the resumed connection syncs at once anyway.
  onTeamWake(changed);
  for (const item of [
    catalogVersionItem,
    snippetsVersionItem,
    hoursItem,
    replyTargetsItem,
    answerTemplateItem,
  ]) {
    (item as { watch(cb: () => void): () => void }).watch(changed);
  }

  void loadConnection(db)
    .then((config) => (config ? start(config) : publish(TEAM_OFF)))
    .catch((error: unknown) => console.warn('Sigap: resuming team sync failed', error));

  return {
    async connect(config) {
      const state = await start(config);
      // Saved even when the server is down right now: it is retried; a wrong login is not kept.
      if (
        state.problem !== 'wrong-login' &&
        state.problem !== 'bad-url' &&
        state.problem !== 'bad-database'
      ) {
        await saveConnection(db, config);
      } else if (!(await loadConnection(db))) {
        // Nothing saved to resume: no reason to wake the worker.
        await cancelTeamWake();
      }
      return state;
    },
    async disconnect() {
      await replicator?.stop();
      replicator = null;
      await saveConnection(db, null);
      await cancelTeamWake();
      publish(TEAM_OFF);
      return TEAM_OFF;
    },
    localChanged: changed,
  };
}
