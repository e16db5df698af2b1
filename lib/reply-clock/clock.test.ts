import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ClockMessage,
  computeReplyState,
  DEFAULT_TARGETS,
  markAutoReplies,
  normaliseMessageText,
  type ReplyTargets,
} from './clock';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 3, 3, 0, 0); // 10:00 WIB
const targets: ReplyTargets = { dueMs: 5 * MIN, overdueMs: 120 * MIN };

const buyer = (minute: number, text = 'kak?'): ClockMessage => ({
  at: T0 + minute * MIN,
  from: 'buyer',
  text,
});
const seller = (minute: number, text = 'siap kak'): ClockMessage => ({
  at: T0 + minute * MIN,
  from: 'seller',
  text,
});
const auto = (minute: number): ClockMessage => ({
  at: T0 + minute * MIN,
  from: 'auto',
  text: 'Halo, kami segera balas',
});

afterEach(() => {
  vi.useRealTimers();
});

describe('computeReplyState', () => {
  it('is idle with no messages and with only seller messages', () => {
    expect(computeReplyState([], T0, targets)).toEqual({
      waitingSince: null,
      waitedMs: 0,
      status: 'idle',
      samples: [],
      unreadable: null,
    });
    const sellerOnly = computeReplyState([seller(0), seller(1)], T0 + 10 * MIN, targets);
    expect(sellerOnly.status).toBe('idle');
    expect(sellerOnly.samples).toEqual([]);
  });

  it('starts the wait at the oldest unanswered buyer message and does not restart on later ones', () => {
    const state = computeReplyState([buyer(0), buyer(2), buyer(4)], T0 + 6 * MIN, targets);
    expect(state.waitingSince).toBe(T0);
    expect(state.waitedMs).toBe(6 * MIN);
  });

  it('runs live with the clock and stops the moment the seller replies', () => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
    const messages: ClockMessage[] = [buyer(0)];
    expect(computeReplyState(messages, Date.now(), targets).status).toBe('ok');
    vi.advanceTimersByTime(3 * MIN + 12_000);
    expect(computeReplyState(messages, Date.now(), targets).waitedMs).toBe(3 * MIN + 12_000);
    vi.advanceTimersByTime(2 * MIN);
    expect(computeReplyState(messages, Date.now(), targets).status).toBe('due');

    messages.push({ at: Date.now(), from: 'seller', text: 'ready kak' });
    vi.advanceTimersByTime(10 * MIN);
    const after = computeReplyState(messages, Date.now(), targets);
    expect(after).toMatchObject({ waitingSince: null, waitedMs: 0, status: 'idle' });
    expect(after.samples).toEqual([
      { buyerAt: T0, replyAt: T0 + 5 * MIN + 12_000, latencyMs: 5 * MIN + 12_000 },
    ]);
  });

  it('does not let auto-replies stop the wait', () => {
    const state = computeReplyState([buyer(0), auto(0), buyer(1)], T0 + 10 * MIN, targets);
    expect(state.waitingSince).toBe(T0);
    expect(state.samples).toEqual([]);
    const answered = computeReplyState([buyer(0), auto(0), seller(7)], T0 + 10 * MIN, targets);
    expect(answered.samples).toEqual([{ buyerAt: T0, replyAt: T0 + 7 * MIN, latencyMs: 7 * MIN }]);
  });

  it('yields one sample per answered stretch, measured from the oldest waiting buyer message', () => {
    const state = computeReplyState(
      [buyer(0), buyer(1), seller(3), seller(4), buyer(10), seller(30), buyer(40)],
      T0 + 45 * MIN,
      targets,
    );
    expect(state.samples).toEqual([
      { buyerAt: T0, replyAt: T0 + 3 * MIN, latencyMs: 3 * MIN },
      { buyerAt: T0 + 10 * MIN, replyAt: T0 + 30 * MIN, latencyMs: 20 * MIN },
    ]);
    expect(state.waitingSince).toBe(T0 + 40 * MIN);
    expect(state.waitedMs).toBe(5 * MIN);
    expect(state.status).toBe('due');
  });

  it('sorts unsorted input by time and keeps page order for equal time stamps', () => {
    const shuffled = [seller(30), buyer(10), seller(3), buyer(0)];
    expect(computeReplyState(shuffled, T0 + 60 * MIN, targets).samples).toEqual([
      { buyerAt: T0, replyAt: T0 + 3 * MIN, latencyMs: 3 * MIN },
      { buyerAt: T0 + 10 * MIN, replyAt: T0 + 30 * MIN, latencyMs: 20 * MIN },
    ]);
    // Same minute: the page shows the buyer's message first, then the reply.
    const sameMinute = computeReplyState([buyer(5), seller(5)], T0 + 6 * MIN, targets);
    expect(sameMinute.samples).toEqual([{ buyerAt: T0 + 5 * MIN, replyAt: T0 + 5 * MIN, latencyMs: 0 }]);
    expect(sameMinute.status).toBe('idle');
    // And the reverse page order means the reply came first: the buyer is still waiting.
    expect(computeReplyState([seller(5), buyer(5)], T0 + 6 * MIN, targets).status).toBe('ok');
  });

  it('does not reorder the caller array', () => {
    const input = [seller(3), buyer(0)];
    computeReplyState(input, T0, targets);
    expect(input[0]?.from).toBe('seller');
  });

  it('takes a seller message without a readable time as the answer, without inventing a latency', () => {
    // The page shows the reply after the question: answered, whatever its time stamp says.
    for (const at of [null, Number.NaN]) {
      const state = computeReplyState([buyer(0), { at, from: 'seller' }], T0 + MIN, targets);
      expect(state).toMatchObject({ waitingSince: null, status: 'idle', unreadable: null, samples: [] });
    }
    // And the next stretch is measured from its own buyer message, not from the first one.
    const state = computeReplyState(
      [buyer(0), { at: null, from: 'seller' }, buyer(30), seller(35)],
      T0 + 40 * MIN,
      targets,
    );
    expect(state.samples).toEqual([{ buyerAt: T0 + 30 * MIN, replyAt: T0 + 35 * MIN, latencyMs: 5 * MIN }]);
  });

  it('switches status exactly at the boundaries', () => {
    const at = (waited: number) => computeReplyState([buyer(0)], T0 + waited, targets).status;
    expect(at(0)).toBe('ok');
    expect(at(targets.dueMs - 1)).toBe('ok');
    expect(at(targets.dueMs)).toBe('due');
    expect(at(targets.overdueMs - 1)).toBe('due');
    expect(at(targets.overdueMs)).toBe('overdue');
  });

  it('never reports a negative wait when a page time is ahead of the local clock', () => {
    const state = computeReplyState([buyer(1)], T0, targets);
    expect(state.waitedMs).toBe(0);
    expect(state.status).toBe('ok');
  });

  it('uses 5 minutes and 2 hours as default targets', () => {
    expect(DEFAULT_TARGETS).toEqual({ dueMs: 5 * MIN, overdueMs: 120 * MIN });
  });
});

describe('markAutoReplies', () => {
  const autoText = 'Halo kak, terima kasih sudah menghubungi kami.\nKami akan segera membalas.';

  it('marks seller messages matching the shop auto-reply text, ignoring case, spacing and zero-width marks', () => {
    const messages: ClockMessage[] = [
      buyer(0),
      {
        at: T0,
        from: 'seller',
        text: '  halo kak, TERIMA kasih sudah menghubungi kami. Kami\u200B akan  segera membalas. ',
      },
      seller(4, 'Halo kak, ready ya'),
    ];
    const marked = markAutoReplies(messages, [autoText]);
    expect(marked.map((m) => m.from)).toEqual(['buyer', 'auto', 'seller']);
    expect(messages[1]?.from).toBe('seller');
    // With the auto-reply recognised, the reply at minute 4 is the one that counts.
    expect(computeReplyState(marked, T0 + 5 * MIN, targets).samples[0]?.latencyMs).toBe(4 * MIN);
  });

  it('ignores empty auto-reply texts so text-less seller messages stay replies', () => {
    const marked = markAutoReplies([{ at: T0, from: 'seller', text: '' }], ['', '  ']);
    expect(marked[0]?.from).toBe('seller');
  });

  it('normalises text for comparison', () => {
    expect(normaliseMessageText(' A\n\tB\u00A0C ')).toBe('a b c');
  });
});

describe('computeReplyState with messages it cannot read', () => {
  const timeless = (from: ClockMessage['from']): ClockMessage => ({ at: null, from, text: 'kak?' });

  it('never says "answered" when the waiting buyer message has no readable time', () => {
    // What the issue reproduced: the reply, then a buyer message whose time the adapter could not
    // read. Dropping it made the sidebar say "Sudah dibalas" while the buyer waited.
    const state = computeReplyState([buyer(0), seller(2), timeless('buyer')], T0 + 10 * MIN, targets);
    expect(state).toEqual({
      waitingSince: null,
      waitedMs: 0,
      status: 'unknown',
      samples: [{ buyerAt: T0, replyAt: T0 + 2 * MIN, latencyMs: 2 * MIN }],
      unreadable: 'time',
    });
    expect(computeReplyState([timeless('buyer')], T0, targets)).toMatchObject({
      status: 'unknown',
      unreadable: 'time',
    });
  });

  it('keeps a known wait when only a later buyer message lacks its time', () => {
    const state = computeReplyState([seller(0), buyer(3), timeless('buyer')], T0 + 10 * MIN, targets);
    expect(state).toMatchObject({ waitingSince: T0 + 3 * MIN, status: 'due', unreadable: null });
  });

  it('cannot tell after a message whose sender is unknown, until the seller writes again', () => {
    const readAt60 = (messages: ClockMessage[]) => computeReplyState(messages, T0 + 60 * MIN, targets);
    const unknownSender: ClockMessage = { at: T0 + 5 * MIN, from: 'unknown', text: 'ok' };
    // After the reply: it may be the buyer writing again.
    expect(readAt60([buyer(0), seller(2), unknownSender])).toMatchObject({
      status: 'unknown',
      unreadable: 'sender',
    });
    // While the buyer waits: it may be the reply.
    expect(readAt60([buyer(0), unknownSender])).toMatchObject({ status: 'unknown', unreadable: 'sender' });
    expect(readAt60([buyer(0), unknownSender, buyer(7)])).toMatchObject({
      status: 'unknown',
      unreadable: 'sender',
    });
    // An auto-reply does not settle it; the seller's own message does.
    expect(readAt60([buyer(0), unknownSender, auto(8)]).status).toBe('unknown');
    const settled = readAt60([buyer(0), unknownSender, seller(9), buyer(20)]);
    expect(settled).toMatchObject({ status: 'due', waitingSince: T0 + 20 * MIN, unreadable: null });
    // No sample across the unknown message: its latency could be anything.
    expect(settled.samples).toEqual([]);
  });

  it("reads messages in the page's order once a time is missing, and in time order otherwise", () => {
    // Times that disagree with the page's order yield no sample rather than a negative one.
    const state = computeReplyState([buyer(10), timeless('auto'), seller(5)], T0 + 20 * MIN, targets);
    expect(state).toMatchObject({ status: 'idle', samples: [] });
    // The same two messages with both times readable: the reply came first, the buyer waits.
    expect(computeReplyState([buyer(10), seller(5)], T0 + 20 * MIN, targets).waitingSince).toBe(
      T0 + 10 * MIN,
    );
  });
});
