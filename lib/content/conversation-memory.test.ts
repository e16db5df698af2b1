import { describe, expect, it } from 'vitest';
import type { Conversation } from '../marketplaces/types';
import { createConversationMemory } from './conversation-memory';

const minute = (m: number) => Date.UTC(2026, 10, 24, 3, m);
const conv = (id: string, messages: [string, number][]): Conversation => ({
  id,
  buyerName: 'Rina',
  messages: messages.map(([mid, at]) => ({ id: mid, from: 'buyer', text: mid, at })),
});

describe('createConversationMemory: live times', () => {
  it('keeps history times and refines a message that arrives while watched', () => {
    const live = createConversationMemory();
    const opened = live.merge(conv('c1', [['a', minute(1)]]), minute(5) + 10_000);
    expect(opened?.messages[0]?.at).toBe(minute(1));
    const seenAt = minute(5) + 41_000;
    const next = live.merge(
      conv('c1', [
        ['a', minute(1)],
        ['b', minute(5)],
      ]),
      seenAt,
    );
    expect(next?.messages.map((m) => m.at)).toEqual([minute(1), seenAt]);
    // Seen again later: the first sighting stays.
    const later = live.merge(
      conv('c1', [
        ['a', minute(1)],
        ['b', minute(5)],
      ]),
      seenAt + 30_000,
    );
    expect(later?.messages[1]?.at).toBe(seenAt);
  });

  it('does not trust a sighting outside the stamped minute', () => {
    const live = createConversationMemory();
    live.merge(conv('c1', []), minute(0));
    const out = live.merge(conv('c1', [['old', minute(1)]]), minute(9));
    expect(out?.messages[0]?.at).toBe(minute(1));
  });

  it('dates a message without a stamp of its own from when it arrived, not from the stamp above it', () => {
    const live = createConversationMemory();
    const reply = { id: 'reply', from: 'seller' as const, text: 'Siap kak', at: minute(1) };
    live.merge({ id: 'c1', buyerName: 'Rina', messages: [reply] }, minute(1) + 58_000);
    // Three minutes on, the buyer writes: the page stamps only the first of a group, so the new
    // message carries the reply's minute.
    const seenAt = minute(4) + 5_000;
    const question = {
      id: 'q',
      from: 'buyer' as const,
      text: 'Ready?',
      at: minute(1),
      atIsLowerBound: true as const,
    };
    const out = live.merge({ id: 'c1', buyerName: 'Rina', messages: [reply, question] }, seenAt);
    expect(out?.messages.map((m) => m.at)).toEqual([minute(1), seenAt]);
  });

  it('keeps the stamp above for unstamped messages loaded above the ones kept', () => {
    const live = createConversationMemory();
    const newest = { id: 'n', from: 'buyer' as const, text: 'n', at: minute(30) };
    live.merge({ id: 'c1', buyerName: 'Rina', messages: [newest] }, minute(31));
    const older = (id: string) => ({
      id,
      from: 'buyer' as const,
      text: id,
      at: minute(2),
      atIsLowerBound: true as const,
    });
    // Scrolled up: an older page above the newest message, and then with the newest out of view.
    const above = live.merge({ id: 'c1', buyerName: 'Rina', messages: [older('o1'), newest] }, minute(32));
    expect(above?.messages[0]?.at).toBe(minute(2));
    const away = live.merge({ id: 'c1', buyerName: 'Rina', messages: [older('o2')] }, minute(33));
    expect(away?.messages.find((m) => m.id === 'o2')?.at).toBe(minute(2));
  });

  it('treats a switched-to conversation as history', () => {
    const live = createConversationMemory();
    live.merge(conv('c1', [['a', minute(1)]]), minute(2));
    const other = live.merge(conv('c2', [['x', minute(3)]]), minute(3) + 5000);
    expect(other?.messages[0]?.at).toBe(minute(3));
  });
});

describe('createConversationMemory: virtualised lists', () => {
  const buyer = (id: string, at: number) => ({ id, from: 'buyer' as const, text: id, at });
  const seller = (id: string, at: number) => ({ id, from: 'seller' as const, text: id, at });
  const open = (id: string, messages: Conversation['messages']): Conversation => ({
    id,
    buyerName: id,
    messages,
  });

  it('keeps a message that scrolled out of view, in time order with what came later', () => {
    const memory = createConversationMemory();
    memory.merge(
      open('c1', [seller('s1', minute(1)), buyer('b1', minute(2)), buyer('b2', minute(3))]),
      minute(10),
    );
    // Scrolled: only the newest message is in the DOM now.
    const later = memory.merge(open('c1', [buyer('b2', minute(3)), buyer('b3', minute(4))]), minute(11));
    expect(later?.messages.map((m) => m.id)).toEqual(['s1', 'b1', 'b2', 'b3']);
  });

  it('remembers a conversation when the agent comes back to it, and keeps two buyers apart', () => {
    const memory = createConversationMemory();
    memory.merge(open('name:Rina', [buyer('r1', minute(1))]), minute(2));
    const other = memory.merge(open('name:Budi', [buyer('x1', minute(5))]), minute(6));
    expect(other?.messages.map((m) => m.id)).toEqual(['x1']);
    const back = memory.merge(open('name:Rina', [buyer('r2', minute(7))]), minute(8));
    expect(back?.messages.map((m) => m.id)).toEqual(['r1', 'r2']);
  });

  it('orders messages scrolled in from above before the ones already kept', () => {
    const memory = createConversationMemory();
    memory.merge(open('c1', [buyer('b5', minute(5))]), minute(6));
    const up = memory.merge(open('c1', [seller('s2', minute(2)), buyer('b3', minute(3))]), minute(7));
    expect(up?.messages.map((m) => m.id)).toEqual(['s2', 'b3', 'b5']);
  });

  it('keeps at most 300 messages of a conversation, dropping the oldest', () => {
    const memory = createConversationMemory();
    const many = Array.from({ length: 320 }, (_, i) => buyer(`m${i}`, minute(0) + i * 1000));
    const merged = memory.merge(open('c1', many), minute(30));
    expect(merged?.messages).toHaveLength(300);
    expect(merged?.messages[0]?.id).toBe('m20');
  });

  it('passes a conversation without identity through unchanged', () => {
    const memory = createConversationMemory();
    const anonymous: Conversation = { id: null, buyerName: null, messages: [buyer('a', minute(1))] };
    expect(memory.merge(anonymous, minute(2))).toBe(anonymous);
    expect(memory.merge(null)).toBeNull();
  });
});
