import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReplyTargets } from '../../lib/reply-clock/clock';
import { secondTicker } from '../../lib/reply-clock/ticker';
import { WaitBadge } from './WaitBadge';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 3, 3, 0, 0);
const targets: ReplyTargets = { dueMs: 5 * MIN, overdueMs: 120 * MIN };

const badge = () => screen.getByTestId('wait-time').parentElement!;
const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('WaitBadge', () => {
  it('is idle without a waiting buyer message, and runs no timer', () => {
    render(<WaitBadge waitingSince={null} targets={targets} />);
    expect(badge()).toHaveAttribute('data-status', 'idle');
    expect(badge()).toHaveClass('wait-badge--idle');
    expect(screen.getByTestId('wait-time')).toHaveTextContent('Tidak ada yang menunggu');
    expect(secondTicker.size()).toBe(0);
  });

  it('ticks every second and turns amber exactly at the target, red exactly at the limit', () => {
    render(<WaitBadge waitingSince={T0 - (5 * MIN - 2000)} targets={targets} />);
    expect(badge()).toHaveAttribute('data-status', 'ok');
    expect(screen.getByTestId('wait-time')).toHaveTextContent('menunggu 4 mnt 58 dtk');

    tick(1000);
    expect(screen.getByTestId('wait-time')).toHaveTextContent('menunggu 4 mnt 59 dtk');
    expect(badge()).toHaveAttribute('data-status', 'ok');
    tick(1000);
    expect(screen.getByTestId('wait-time')).toHaveTextContent('menunggu 5 mnt');
    expect(badge()).toHaveAttribute('data-status', 'due');
    expect(badge()).toHaveClass('wait-badge--due');

    tick(115 * MIN - 1000);
    expect(badge()).toHaveAttribute('data-status', 'due');
    tick(1000);
    expect(badge()).toHaveAttribute('data-status', 'overdue');
    expect(badge()).toHaveClass('wait-badge--overdue');
    expect(screen.getByText('Batas 12 jam: sisa 10 j')).toBeInTheDocument();
  });

  it('announces only the status word, which changes with the status and not with every second', () => {
    render(<WaitBadge waitingSince={T0 - (5 * MIN - 3000)} targets={targets} />);
    const live = screen.getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent('Sesuai target');
    expect(live).not.toHaveTextContent(/dtk|mnt/);
    const before = live.textContent;
    tick(1000);
    expect(live.textContent).toBe(before);
    tick(2000);
    expect(live).toHaveTextContent('Lewat target');
  });

  it('stops the moment the reply appears and frees the timer', () => {
    const { rerender } = render(<WaitBadge waitingSince={T0 - MIN} targets={targets} />);
    expect(secondTicker.size()).toBe(1);
    rerender(<WaitBadge waitingSince={null} targets={targets} />);
    expect(badge()).toHaveAttribute('data-status', 'idle');
    expect(secondTicker.size()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not tick while not live (sidebar collapsed) and catches up when live again', () => {
    const { rerender } = render(<WaitBadge waitingSince={T0} targets={targets} live={false} />);
    expect(secondTicker.size()).toBe(0);
    tick(10 * MIN);
    expect(screen.getByTestId('wait-time')).toHaveTextContent('menunggu 0 dtk');
    rerender(<WaitBadge waitingSince={T0} targets={targets} live />);
    expect(screen.getByTestId('wait-time')).toHaveTextContent('menunggu 10 mnt');
    expect(badge()).toHaveAttribute('data-status', 'due');
  });

  it('shares one interval between badges and leaks none when conversations switch', () => {
    const { rerender, unmount } = render(
      <>
        <WaitBadge key="a" waitingSince={T0 - MIN} targets={targets} />
        <WaitBadge key="b" waitingSince={T0 - 2 * MIN} targets={targets} />
      </>,
    );
    expect(vi.getTimerCount()).toBe(1);
    for (const id of ['c', 'd', 'e'])
      rerender(<WaitBadge key={id} waitingSince={T0 - MIN} targets={targets} />);
    expect(secondTicker.size()).toBe(1);
    unmount();
    expect(secondTicker.size()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
  it('says the times cannot be read, runs no timer, and never says "Sudah dibalas"', () => {
    render(<WaitBadge waitingSince={null} unreadable="time" targets={targets} />);
    expect(badge()).toHaveAttribute('data-status', 'unknown');
    expect(badge()).toHaveClass('wait-badge--unknown');
    expect(screen.getByTestId('wait-time')).toHaveTextContent('waktu pesan tidak terbaca');
    expect(screen.getByRole('status')).toHaveTextContent('Belum pasti');
    expect(badge()).not.toHaveTextContent('Sudah dibalas');
    expect(secondTicker.size()).toBe(0);
  });
});
