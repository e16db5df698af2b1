import { replySampleId } from './samples';
import { computeReplyStats, type ReplyStats, type StatsOptions, type StatsSample } from './stats';

// Laporan per agent (team sync, issue 13). A sample synced from another browser carries the login of
// the agent whose browser recorded it; this browser's own samples carry none and belong to the local
// agent. Two browsers that had the same chat open each record the same reply, so an agent's row
// counts it for that agent, while the whole shop counts every reply once.

export interface AgentSample extends StatsSample {
  /** The login of the browser that recorded it; absent for this browser's own samples. */
  agent?: string;
}

/**
 * The key of the local agent's group: the connected login, or '' when this browser has none (a
 * synced sample always names its agent, so '' never clashes with another agent).
 */
export function localAgentKey(login: string | null | undefined): string {
  return login ?? '';
}

/** Anything that may name its agent. */
export type Tagged = Pick<AgentSample, 'agent'>;

export function agentOf(sample: Tagged, localKey: string): string {
  return sample.agent ?? localKey;
}

/** The agents among the samples, the local one first, the others in name order. */
export function agentsAmong(samples: readonly Tagged[], localKey: string): string[] {
  const names = new Set(samples.map((s) => agentOf(s, localKey)));
  const others = [...names].filter((name) => name !== localKey).sort((a, b) => a.localeCompare(b));
  return names.has(localKey) ? [localKey, ...others] : others;
}

/**
 * The per-agent view is for a team: more than one agent among the samples, or a team connection.
 * A lone browser's Laporan stays as it was.
 */
export function showAgentView(samples: readonly Tagged[], localKey: string, connected: boolean): boolean {
  if (connected) return true;
  const first = samples[0];
  if (!first) return false;
  const one = agentOf(first, localKey);
  return samples.some((s) => agentOf(s, localKey) !== one);
}

export function samplesOfAgent<T extends Tagged>(
  samples: readonly T[],
  agent: string,
  localKey: string,
): T[] {
  return samples.filter((s) => agentOf(s, localKey) === agent);
}

/**
 * Every reply once: copies of one reply recorded by several browsers (same marketplace,
 * conversation and message times) collapse to the first in agent order, so the whole shop's
 * figures do not count a reply twice because two agents had its chat open.
 */
export function uniqueReplies<T extends AgentSample>(samples: readonly T[], localKey: string): T[] {
  const order = new Map(agentsAmong(samples, localKey).map((name, index) => [name, index]));
  const rank = (s: T) => order.get(agentOf(s, localKey)) ?? 0;
  const seen = new Map<string, T>();
  for (const s of samples) {
    const key = replySampleId(s.marketplace, s.conversationId, s.buyerAt, s.replyAt);
    const kept = seen.get(key);
    if (!kept || rank(s) < rank(kept)) seen.set(key, s);
  }
  return samples.filter(
    (s) => seen.get(replySampleId(s.marketplace, s.conversationId, s.buyerAt, s.replyAt)) === s,
  );
}

export interface AgentStats {
  agent: string;
  local: boolean;
  stats: ReplyStats;
}

export interface AgentReport {
  /** One row per agent with a sample in the range, the local agent first. */
  agents: AgentStats[];
  /** The whole shop: every reply once. */
  shop: ReplyStats;
}

/** Median, p90, share within target and the 12-hour rate per agent and for the whole shop. */
export function agentReport(
  samples: readonly AgentSample[],
  options: StatsOptions,
  localKey: string,
): AgentReport {
  const inRange = samples.filter((s) => s.buyerAt >= options.range.from && s.buyerAt < options.range.to);
  const agents = agentsAmong(inRange, localKey).map((agent) => ({
    agent,
    local: agent === localKey,
    stats: computeReplyStats(samplesOfAgent(samples, agent, localKey), options),
  }));
  return { agents, shop: computeReplyStats(uniqueReplies(samples, localKey), options) };
}
