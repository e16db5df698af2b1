import { describe, expect, it } from 'vitest';
import { type FixtureName, loadFixture } from './fixtures.test-helper';
import type { ChatLayout } from './layout';
import { CURRENT as SHOPEE_CURRENT, shopee } from './shopee';
import { CLASSIC, TIKTOK_SHOP, tokopedia } from './tokopedia';

// Every marker of every layout, counted on the saved page of that layout (tests/fixtures/marketplaces:
// the rebuilt simulators' DOM, saved by scripts/save-fixtures.ts, and the classic chat written after a
// 2021 saved page). A redesign of our evidence shows up here as a changed count, one marker at a time.
// Counts are page-wide; `null` marks an alternative that this fixture does not show (it stays in the
// table because another fixture or the same page in another state does; see `ALTERNATIVES`).

type Counts = Partial<Record<keyof ChatLayout, (number | null)[]>>;

const TABLE: { name: string; fixture: FixtureName; layout: ChatLayout; counts: Counts }[] = [
  {
    name: 'Shopee /new-webchat',
    fixture: 'shopee-webchat',
    layout: SHOPEE_CURRENT,
    counts: {
      room: [1],
      list: [1, 1, 1],
      message: [14],
      text: [14],
      time: [14],
      seller: [6],
      buyerMessage: [8],
      system: [null], // scrolled out of view in the saved state (see the test below)
      composer: [1, 1],
      row: [9, 9],
      rowCurrent: [1],
      rowName: [9],
      rowPreview: [9, 9],
      rowTime: [9],
      rowUnread: [9],
    },
  },
  {
    name: 'TikTok Shop inbox',
    fixture: 'tiktok-chat',
    layout: TIKTOK_SHOP,
    counts: {
      room: [1],
      list: [1, 1],
      message: [15, 15],
      text: [14, 15],
      time: [9, 8],
      seller: [5, 5],
      buyerMessage: [10, 10],
      composer: [1],
      send: [1],
      row: [8],
      rowName: [8],
      rowTime: [8],
      rowUnread: [4],
    },
  },
  {
    name: 'classic Tokopedia chat',
    fixture: 'tokopedia-classic',
    layout: CLASSIC,
    counts: {
      room: [1],
      buyer: [1],
      list: [1],
      message: [4],
      text: [4, 4],
      time: [4],
      seller: [2],
      composer: [1],
      send: [1],
      row: [3],
      rowCurrent: [2],
      rowName: [3],
    },
  },
];

describe.each(TABLE)('markers of the $name layout on its saved page', ({ fixture, layout, counts }) => {
  const doc = loadFixture(fixture);
  const parts = Object.entries(layout).filter(([, value]) => Array.isArray(value)) as [
    keyof ChatLayout,
    string[],
  ][];

  it('has an expected count for every marker it declares', () => {
    expect(Object.keys(counts).sort()).toEqual(parts.map(([part]) => part).sort());
  });

  it.each(parts)('%s', (part, selectors) => {
    const found = selectors.map((selector) => doc.querySelectorAll(selector).length);
    const expected = counts[part] ?? [];
    expect(found.map((n, i) => (expected[i] === null ? null : n))).toEqual(expected);
  });
});

const NOW = new Date(2026, 11, 15, 10, 30); // the fixtures' fixed clock (scripts/save-fixtures.ts)

describe('what the adapters read from the saved pages', () => {
  it('reads the Shopee conversation by its markers, with the time cut from the text', () => {
    const read = shopee.read(loadFixture('shopee-webchat'), NOW);
    expect(read.conversation?.id).toBe('name:Siti Rahmawati');
    expect(read.conversation?.buyerName).toBe('Siti Rahmawati');
    expect(read.parts).toMatchObject({
      composer: 'marker',
      messages: 'marker',
      senders: 'marker',
      buyer: 'marker',
      list: 'marker',
    });
    const messages = read.conversation?.messages ?? [];
    expect(messages).toHaveLength(14);
    expect(messages.at(-1)).toMatchObject({ from: 'buyer', text: 'Bisa dikirim hari ini?' });
    expect(
      messages.every((m) => m.rawTime && /^\d{2}:\d{2}$/.test(m.rawTime) && !m.text.endsWith(m.rawTime)),
    ).toBe(true);
    expect(read.rows.map((r) => r.buyerName)).toContain('Rina Wulandari');
    expect(read.rows.find((r) => r.buyerName === 'Rina Wulandari')).toMatchObject({
      unread: true,
      id: 'name:Rina Wulandari',
    });
  });

  it('reads the TikTok Shop conversation, carrying a group stamp down to the unstamped messages', () => {
    const read = tokopedia.read(loadFixture('tiktok-chat'), NOW);
    expect(read.parts).toMatchObject({
      composer: 'marker',
      send: 'marker',
      messages: 'marker',
      senders: 'marker',
      times: 'marker',
      list: 'marker',
    });
    const messages = read.conversation?.messages ?? [];
    expect(messages.length).toBeGreaterThanOrEqual(14);
    const unstamped = messages.filter((m) => !m.rawTime);
    expect(unstamped.length).toBeGreaterThan(0);
    for (const message of unstamped) {
      const above = messages
        .slice(0, messages.indexOf(message))
        .filter((m) => m.at != null)
        .at(-1);
      expect(message.at).toBe(above?.at);
      // Only a lower bound: the reply clock dates a live one by when it appeared.
      expect(message.atIsLowerBound).toBe(true);
    }
    for (const message of messages.filter((m) => m.rawTime)) expect(message.atIsLowerBound).toBeUndefined();
  });

  it('reads the classic Tokopedia chat as an older layout: the shop by .sender, days from the separators', () => {
    const read = tokopedia.read(loadFixture('tokopedia-classic'), NOW);
    expect(read.parts).toMatchObject({
      composer: 'older',
      messages: 'older',
      senders: 'older',
      buyer: 'older',
      list: 'older',
    });
    expect(read.conversation?.buyerName).toBe('Rina Wulandari');
    // The auto-reply says "Pesan ini dibalas oleh sistem"; the separators carry no marker but read as days.
    expect(read.conversation?.messages.map(({ from, at }) => ({ from, at }))).toEqual([
      { from: 'buyer', at: new Date(2026, 11, 14, 13, 2).getTime() },
      { from: 'auto', at: new Date(2026, 11, 14, 13, 2).getTime() },
      { from: 'seller', at: new Date(2026, 11, 14, 13, 20).getTime() },
      { from: 'buyer', at: new Date(2026, 11, 15, 9, 41).getTime() },
    ]);
  });

  it('finds no marker of the other marketplace on each page', () => {
    expect(shopee.read(loadFixture('tiktok-chat'), NOW).parts.messages).not.toBe('marker');
    expect(tokopedia.read(loadFixture('shopee-webchat'), NOW).parts.messages).not.toBe('marker');
  });
});
