import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReplyTargets } from '../../lib/reply-clock/clock';
import { secondTicker } from '../../lib/reply-clock/ticker';
import { type ConversationWaitInput, orderWaiting } from '../../lib/reply-clock/waiting-list';
import { rowsInView, WaitingList } from './WaitingList';

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
    render(<WaitingList places={orderWaiting(conversations)} targets={targets} onOpen={() => {}} />);
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
    render(<WaitingList places={orderWaiting(conversations)} targets={targets} onOpen={() => {}} />);
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
    render(<WaitingList places={orderWaiting(conversations)} targets={targets} onOpen={onOpen} />);
    await user.click(screen.getByRole('button', { name: /Ani/ }));
    expect(onOpen).toHaveBeenCalledWith('a');
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('shows the empty state and runs no timer when nobody waits', () => {
    render(
      <WaitingList
        places={orderWaiting([{ id: 'b', buyerName: 'Budi', state: { waitingSince: null } }])}
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
        places={orderWaiting([
          { id: 'u', buyerName: 'Uli', state: { waitingSince: null, unreadable: 'time' } },
          { id: 'a', buyerName: 'Ani', state: { waitingSince: T0 - 2 * MIN } },
        ])}
        targets={targets}
        onOpen={() => {}}
      />,
    );
    const rows = within(screen.getByRole('list')).getAllByRole('button');
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual(['ok', 'unknown']);
    expect(rows[1]).toHaveAccessibleName('Buka chat Uli, waktu pesan tidak terbaca');
    expect(screen.queryByText('Tidak ada chat yang menunggu')).not.toBeInTheDocument();
  });
  it('keeps only the rows in view in the DOM at 10,000 waiting chats, and says how many wait', () => {
    const many: ConversationWaitInput[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `c${String(i).padStart(5, '0')}`,
      buyerName: `Pembeli ${i}`,
      state: { waitingSince: T0 - (i + 1) * 1000 },
    }));
    render(<WaitingList places={orderWaiting(many)} targets={targets} onOpen={() => {}} />);
    const rows = within(screen.getByRole('list')).getAllByRole('button');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(12);
    // Longest wait first, and each row tells assistive tech where it sits in the whole list.
    expect(rows[0]).toHaveTextContent('Pembeli 9999');
    expect(rows[0]!.closest('li')).toHaveAttribute('aria-setsize', '10000');
    expect(rows[0]!.closest('li')).toHaveAttribute('aria-posinset', '1');
    expect(screen.getByRole('heading', { name: 'Menunggu balasan' }).closest('section')).toHaveAttribute(
      'data-count',
      '10000',
    );
  });

  it('works out the rows to render from the scroll position alone: those in view and 4 on each side', () => {
    expect(rowsInView(10_000, 0)).toEqual({ first: 0, last: 10 });
    expect(rowsInView(10_000, 36 * 5000 + 10)).toEqual({ first: 4996, last: 5011 });
    // Scrolled past the end (the list just shrank): the last rows.
    expect(rowsInView(10_000, 1e9)).toEqual({ first: 9989, last: 9999 });
    expect(rowsInView(3, 500)).toEqual({ first: 0, last: 2 });
    expect(rowsInView(1, 0)).toEqual({ first: 0, last: 0 });
  });

  it('renders the rows where the list is scrolled to', () => {
    const many: ConversationWaitInput[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `c${String(i).padStart(5, '0')}`,
      buyerName: `Pembeli ${i}`,
      state: { waitingSince: T0 - (10_000 - i) * 1000 },
    }));
    const { container } = render(
      <WaitingList places={orderWaiting(many)} targets={targets} onOpen={() => {}} />,
    );
    const box = container.querySelector<HTMLElement>('.waiting-list__scroll')!;
    box.scrollTop = 36 * 5000;
    fireEvent.scroll(box);
    const rows = within(screen.getByRole('list')).getAllByRole('button');
    expect(rows.map((r) => r.closest('li')?.getAttribute('aria-posinset'))).toContain('5001');
    expect(rows.length).toBeLessThanOrEqual(16);
    expect(rows[0]!.closest('li')).toHaveStyle({ transform: `translateY(${36 * 4996}px)` });
    expect(screen.getByRole('list')).toHaveStyle({ height: `${36 * 10_000}px` });
  });

  it('has one tab stop, moves between rows with the arrow keys and opens with Enter', async () => {
    // (End/Home across 10,000 rows need real scrolling: tests/e2e/waiting-list.e2e.ts.)
    vi.useRealTimers();
    const user = userEvent.setup();
    const onOpen = vi.fn();
    const many: ConversationWaitInput[] = Array.from({ length: 500 }, (_, i) => ({
      id: `c${String(i).padStart(3, '0')}`,
      buyerName: `Pembeli ${i}`,
      state: { waitingSince: Date.now() - (500 - i) * 1000 },
    }));
    render(<WaitingList places={orderWaiting(many)} targets={targets} onOpen={onOpen} />);
    const tabbable = () =>
      within(screen.getByRole('list'))
        .getAllByRole('button')
        .filter((b) => b.tabIndex === 0);
    expect(tabbable()).toHaveLength(1);
    await user.tab();
    expect(document.activeElement).toHaveTextContent('Pembeli 0');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveTextContent('Pembeli 2');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toHaveTextContent('Pembeli 1');
    expect(tabbable()).toEqual([document.activeElement]);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toHaveTextContent('Pembeli 0');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onOpen).toHaveBeenCalledWith('c001');
  });
});
