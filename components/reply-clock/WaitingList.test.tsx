import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReplyTargets } from '../../lib/reply-clock/clock';
import { secondTicker } from '../../lib/reply-clock/ticker';
import type { ConversationWaitInput } from '../../lib/reply-clock/waiting-list';
import { WaitingList } from './WaitingList';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 3, 3, 0, 0);
const targets: ReplyTargets = { dueMs: 5 * MIN, overdueMs: 120 * MIN };

const conversations: ConversationWaitInput[] = [
  { id: 'a', buyerName: 'Ani', state: { waitingSince: T0 - 2 * MIN } },
  { id: 'b', buyerName: 'Budi', state: { waitingSince: null } },
  { id: 'c', buyerName: null, state: { waitingSince: T0 - 3 * 60 * MIN } },
  { id: 'd', buyerName: 'Dewi', state: { waitingSince: T0 - 4 * MIN - 59_000 } },
];

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('WaitingList', () => {
  it('lists waiting conversations longest first with their wait', () => {
    render(<WaitingList conversations={conversations} targets={targets} onOpen={() => {}} />);
    const rows = within(screen.getByRole('list')).getAllByRole('button');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Pembeli tanpa namamenunggu 3 j',
      'Dewimenunggu 4 mnt 59 dtk',
      'Animenunggu 2 mnt',
    ]);
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual(['overdue', 'ok', 'ok']);
    expect(rows[1]).toHaveAccessibleName('Buka chat Dewi, menunggu 4 mnt 59 dtk');
    expect(screen.getByRole('heading', { name: 'Menunggu balasan' })).toBeInTheDocument();
  });

  it('ticks the waits and statuses live', () => {
    render(<WaitingList conversations={conversations} targets={targets} onOpen={() => {}} />);
    act(() => vi.advanceTimersByTime(1000));
    const dewi = screen.getByRole('button', { name: /Dewi/ });
    expect(dewi).toHaveTextContent('menunggu 5 mnt');
    expect(dewi).toHaveAttribute('data-status', 'due');
  });

  it('opens the clicked conversation', async () => {
    // user-event waits on timers between pointer steps; the click needs no controlled time.
    vi.useRealTimers();
    const onOpen = vi.fn();
    const user = userEvent.setup();
    render(<WaitingList conversations={conversations} targets={targets} onOpen={onOpen} />);
    await user.click(screen.getByRole('button', { name: /Ani/ }));
    expect(onOpen).toHaveBeenCalledWith('a');
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('shows the empty state and runs no timer when nobody waits', () => {
    render(
      <WaitingList
        conversations={[{ id: 'b', buyerName: 'Budi', state: { waitingSince: null } }]}
        targets={targets}
        onOpen={() => {}}
      />,
    );
    expect(screen.getByText('Tidak ada chat yang menunggu')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(secondTicker.size()).toBe(0);
  });
  it('lists a conversation whose wait cannot be read, with the reason, after the timed ones', () => {
    render(
      <WaitingList
        conversations={[
          { id: 'u', buyerName: 'Uli', state: { waitingSince: null, unreadable: 'time' } },
          { id: 'a', buyerName: 'Ani', state: { waitingSince: T0 - 2 * MIN } },
        ]}
        targets={targets}
        onOpen={() => {}}
      />,
    );
    const rows = within(screen.getByRole('list')).getAllByRole('button');
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual(['ok', 'unknown']);
    expect(rows[1]).toHaveAccessibleName('Buka chat Uli, waktu pesan tidak terbaca');
    expect(screen.queryByText('Tidak ada chat yang menunggu')).not.toBeInTheDocument();
  });
});
