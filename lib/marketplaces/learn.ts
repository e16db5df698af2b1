// What Sigap learns from the agent's own sent text reappearing as a bubble: the chat box held text, it
// emptied (the agent sent it), and a new bubble shows the same words. That bubble is certainly the
// shop's, so it confirms the marketplace's "shop" marker, shows the marker is wrong (a redesign that
// swapped or reused a class), or, with no markers, tells which side the shop's bubbles sit on.

import type { Side } from './signals';
import type { MessageSender } from './types';

const PENDING_MS = 20_000;

export interface Learned {
  shopSide: 'left' | 'right' | null;
  /** The marketplace's own sender markers called the agent's own bubble the buyer's. */
  markersWrong: boolean;
  markersConfirmed: boolean;
}

let learned: Learned = { shopSide: null, markersWrong: false, markersConfirmed: false };
let pending: { text: string; until: number } | null = null;

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

export function learnedSoFar(): Learned {
  return learned;
}

/** The agent sent `text` (the chat box held it and is empty now): look for its bubble for a while. */
export function expectSent(text: string, now: number): void {
  const clean = normal(text);
  if (clean) pending = { text: clean, until: now + PENDING_MS };
}

export interface SeenRow {
  text: string;
  side: Side | null;
  /** What the marketplace's markers say, or null when they say nothing. */
  byMarker: MessageSender | null;
}

/** Checks the rows (oldest first) for the bubble of the text the agent sent. */
export function learnFromRows(rows: readonly SeenRow[], now: number): void {
  if (!pending) return;
  if (now > pending.until) {
    pending = null;
    return;
  }
  const text = pending.text;
  const own = [...rows].reverse().find((row) => normal(row.text) === text);
  if (!own) return;
  pending = null;
  const shopSide = own.side === 'left' || own.side === 'right' ? own.side : learned.shopSide;
  learned = {
    shopSide,
    markersWrong: own.byMarker === 'buyer' || (learned.markersWrong && own.byMarker !== 'seller'),
    markersConfirmed: own.byMarker === 'seller' || learned.markersConfirmed,
  };
}

/** Test seam, and a new page: forgets what was learned. */
export function resetLearning(): void {
  learned = { shopSide: null, markersWrong: false, markersConfirmed: false };
  pending = null;
}
