import { defineItem } from '../storage-item';
import type { ConnectionProblem } from './connection';
import type { TeamRole } from './types';

// What the background tells the Tim panel about team sync (never the password: this item lives in
// browser.storage, which every extension context can read).

export type TeamStatus = 'off' | 'connecting' | 'syncing' | 'connected' | 'offline' | 'error';

export interface TeamState {
  status: TeamStatus;
  url: string | null;
  database: string | null;
  user: string | null;
  role: TeamRole | null;
  /** Why the connection is not working (error, offline). */
  problem: ConnectionProblem | null;
  /** When this browser last finished exchanging changes with the server. */
  lastSyncAt: number | null;
  /** Local changes written for the server and not yet confirmed sent. */
  pending: number;
  /** Documents received from the server since connecting (progress of a first sync). */
  received: number;
  /** The server's last refusal of a write from this browser, by Sigap's code (validate-doc.ts). */
  refused: { code: string; docId: string; at: number } | null;
  /** Local edits not shared because this login may not make them (an agent's edit of the catalog). */
  keptLocal: number;
  /** Items from the server left out because they failed the checks of incoming.ts. */
  badIncoming: number;
  /** Team snippets not installed because a private snippet here has the same id. */
  blockedByPrivate: number;
}

export const TEAM_OFF: TeamState = {
  status: 'off',
  url: null,
  database: null,
  user: null,
  role: null,
  problem: null,
  lastSyncAt: null,
  pending: 0,
  received: 0,
  refused: null,
  keptLocal: 0,
  badIncoming: 0,
  blockedByPrivate: 0,
};

export const teamStateItem = defineItem<TeamState>('teamState', TEAM_OFF);
