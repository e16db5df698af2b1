import { describe, expect, it } from 'vitest';
import {
  type AgentSample,
  agentReport,
  agentsAmong,
  localAgentKey,
  samplesOfAgent,
  showAgentView,
  uniqueReplies,
} from './agents';
import type { StatsOptions } from './stats';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 20, 3, 0);

const sample = (conv: string, latencyMin: number, agent?: string, offsetMin = 0): AgentSample => {
  const buyerAt = T0 + offsetMin * MIN;
  return {
    marketplace: 'shopee',
    conversationId: conv,
    buyerAt,
    replyAt: buyerAt + latencyMin * MIN,
    latencyMs: latencyMin * MIN,
    latencyWithinHoursMs: null,
    firstReply: true,
    ...(agent === undefined ? {} : { agent }),
  };
};

const options: StatsOptions = {
  range: { from: T0 - 60 * MIN, to: T0 + 24 * 60 * MIN },
  targetMs: 5 * MIN,
  now: T0 + 48 * 60 * MIN,
  timeZone: 'Asia/Jakarta',
};

describe('localAgentKey and agentsAmong', () => {
  it('puts the connected login, or the unnamed local agent, first and the others in name order', () => {
    const samples = [sample('a', 1, 'rina'), sample('b', 1), sample('c', 1, 'budi'), sample('d', 1, 'rina')];
    expect(agentsAmong(samples, localAgentKey(null))).toEqual(['', 'budi', 'rina']);
    expect(agentsAmong(samples, localAgentKey('ani'))).toEqual(['ani', 'budi', 'rina']);
    // Synced samples of the connected login itself join its own group.
    expect(agentsAmong(samples, localAgentKey('rina'))).toEqual(['rina', 'budi']);
    expect(agentsAmong([sample('a', 1, 'rina')], '')).toEqual(['rina']);
  });
});

describe('showAgentView', () => {
  it('is off for a lone browser, on for two agents or a team connection', () => {
    expect(showAgentView([], '', false)).toBe(false);
    expect(showAgentView([sample('a', 1), sample('b', 2)], '', false)).toBe(false);
    expect(showAgentView([sample('a', 1, 'rina'), sample('b', 2, 'rina')], '', false)).toBe(false);
    expect(showAgentView([sample('a', 1), sample('b', 2, 'rina')], '', false)).toBe(true);
    expect(showAgentView([], 'ani', true)).toBe(true);
    // The connected login's own synced samples are still one agent.
    expect(showAgentView([sample('a', 1), sample('b', 2, 'ani')], 'ani', false)).toBe(false);
  });
});

describe('uniqueReplies', () => {
  it('keeps one copy of a reply that two browsers recorded, the first agent in order', () => {
    const local = sample('a', 3);
    const rina = sample('a', 3, 'rina');
    const other = sample('b', 4, 'rina');
    expect(uniqueReplies([rina, local, other], '')).toEqual([local, other]);
    // Another reply of the same chat (a later buyer message) is a different reply.
    const later = sample('a', 3, 'rina', 30);
    expect(uniqueReplies([local, later], '')).toEqual([local, later]);
  });
});

describe('agentReport', () => {
  it('gives each agent and the whole shop their own median, p90, within-target share and 12-hour rate', () => {
    const samples: AgentSample[] = [
      // This browser (no agent): 1, 2, 3 min.
      sample('a', 1),
      sample('b', 2),
      sample('c', 3),
      // rina: 4, 10 min, and 13 h (a miss for the 12-hour rate), plus her copy of chat "a".
      sample('d', 4, 'rina'),
      sample('e', 10, 'rina'),
      sample('f', 13 * 60, 'rina'),
      sample('a', 1, 'rina'),
      // Outside the range: counted nowhere.
      sample('g', 1, 'budi', -2 * 60),
    ];
    const report = agentReport(samples, options, localAgentKey(null));
    expect(report.agents.map((a) => [a.agent, a.local])).toEqual([
      ['', true],
      ['rina', false],
    ]);
    const [local, rina] = report.agents;
    expect(local?.stats).toMatchObject({
      count: 3,
      medianMs: 2 * MIN,
      p90Ms: 3 * MIN,
      withinTargetShare: 1,
      responseRate12h: 1,
    });
    // rina sorted: 1, 4, 10, 780 min. Median = 2nd = 4 min, p90 = 4th = 13 h; within 5 min 2 of 4.
    expect(rina?.stats).toMatchObject({
      count: 4,
      medianMs: 4 * MIN,
      p90Ms: 13 * 60 * MIN,
      withinTargetShare: 0.5,
      responseRate12h: 0.75,
    });
    // The shop: 1, 2, 3, 4, 10, 780 min (chat "a" once). Median = 3rd = 3 min, p90 = 6th.
    expect(report.shop).toMatchObject({
      count: 6,
      medianMs: 3 * MIN,
      p90Ms: 13 * 60 * MIN,
      withinTargetShare: 4 / 6,
      responseRate12h: 5 / 6,
    });
  });

  it('lists only agents with replies in the range', () => {
    const report = agentReport([sample('a', 1), sample('g', 1, 'budi', -2 * 60)], options, '');
    expect(report.agents.map((a) => a.agent)).toEqual(['']);
    expect(report.shop.count).toBe(1);
  });
});

describe('samplesOfAgent', () => {
  it('gives one agent’s samples, the local agent’s untagged ones included', () => {
    const mine = sample('a', 1);
    const mineSynced = sample('b', 1, 'ani');
    const rina = sample('c', 1, 'rina');
    expect(samplesOfAgent([mine, mineSynced, rina], 'ani', 'ani')).toEqual([mine, mineSynced]);
    expect(samplesOfAgent([mine, mineSynced, rina], 'rina', 'ani')).toEqual([rina]);
  });
});
