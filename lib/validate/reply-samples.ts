import type { StoredReplySample } from '../db/schema';
import type { MarketplaceId } from '../marketplaces/types';
import { replySampleId } from '../reply-clock/samples';
import {
  type Check,
  checkFinite,
  checkOneOf,
  checkString,
  describe,
  firstReason,
  isPlainObject,
  type Reason,
} from './checks';

// Reply samples arrive from the sidebar frame and end up in Laporan's medians and rates: a single
// forged or corrupted sample (a latency of −5·10¹² ms, a conversation id of two million characters)
// would skew every report and bloat the database. Each sample is checked on its own; the good ones
// are stored, the bad ones are refused with a reason.

export const MARKETPLACE_IDS = ['shopee', 'tokopedia'] as const satisfies readonly MarketplaceId[];
// A marketplace added to the adapter contract must be added above, or this line stops compiling.
const everyMarketplaceListed: Exclude<MarketplaceId, (typeof MARKETPLACE_IDS)[number]> extends never
  ? true
  : false = true;
void everyMarketplaceListed;

/** Real ids are short (Shopee's are 19 digits); 256 leaves room for any marketplace's format. */
export const MAX_CONVERSATION_ID_LENGTH = 256;
/** Samples per message: one page shows a few hundred messages at most. */
export const MAX_SAMPLES_PER_MESSAGE = 1000;
/** Before any of the supported marketplaces had seller chat. */
export const EARLIEST_MESSAGE_AT = Date.UTC(2009, 0, 1);
/** A page's clock may run ahead of this computer's; a day ahead is not a clock, it is an error. */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

export interface SampleRefusal {
  index: number;
  reason: string;
}

export interface CheckedSamples {
  valid: StoredReplySample[];
  refused: SampleRefusal[];
}

function sampleReason(value: unknown, now: number): Reason {
  if (!isPlainObject(value)) return `the sample is ${describe(value)}, not an object`;
  const latest = now + FUTURE_TOLERANCE_MS;
  const basic = firstReason(
    checkOneOf('marketplace', value.marketplace, MARKETPLACE_IDS),
    checkString('conversationId', value.conversationId, MAX_CONVERSATION_ID_LENGTH),
    checkFinite('buyerAt', value.buyerAt, EARLIEST_MESSAGE_AT, latest),
    checkFinite('replyAt', value.replyAt, EARLIEST_MESSAGE_AT, latest),
    checkFinite('latencyMs', value.latencyMs, 0, latest - EARLIEST_MESSAGE_AT),
    typeof value.firstReply === 'boolean'
      ? null
      : `firstReply is ${describe(value.firstReply)}, not a boolean`,
  );
  if (basic) return basic;
  const { buyerAt, replyAt, latencyMs } = value as { buyerAt: number; replyAt: number; latencyMs: number };
  if (replyAt < buyerAt) return 'replyAt is before buyerAt';
  if (latencyMs !== replyAt - buyerAt) return `latencyMs is ${latencyMs}, not replyAt − buyerAt`;
  const within = value.latencyWithinHoursMs;
  if (within !== null) {
    const reason = checkFinite('latencyWithinHoursMs', within, 0, latencyMs);
    if (reason) return reason;
  }
  const id = replySampleId(
    value.marketplace as MarketplaceId,
    value.conversationId as string,
    buyerAt,
    replyAt,
  );
  if (value.id !== id) return 'id does not match marketplace, conversationId, buyerAt and replyAt';
  return null;
}

/**
 * Splits what a `recordReplySamples` message carries into samples fit to store (rebuilt with only
 * the known fields, so nothing extra reaches the database) and refusals with their reasons.
 */
export function checkReplySamples(input: unknown, now: number): CheckedSamples {
  if (!Array.isArray(input))
    return { valid: [], refused: [{ index: -1, reason: `samples are ${describe(input)}, not an array` }] };
  if (input.length > MAX_SAMPLES_PER_MESSAGE)
    return {
      valid: [],
      refused: [
        { index: -1, reason: `${input.length} samples in one message (at most ${MAX_SAMPLES_PER_MESSAGE})` },
      ],
    };
  const valid: StoredReplySample[] = [];
  const refused: SampleRefusal[] = [];
  input.forEach((value, index) => {
    const reason = sampleReason(value, now);
    if (reason) {
      refused.push({ index, reason });
      return;
    }
    const s = value as StoredReplySample;
    valid.push({
      id: s.id,
      marketplace: s.marketplace,
      conversationId: s.conversationId,
      buyerAt: s.buyerAt,
      replyAt: s.replyAt,
      latencyMs: s.latencyMs,
      latencyWithinHoursMs: s.latencyWithinHoursMs,
      firstReply: s.firstReply,
    });
  });
  return { valid, refused };
}

/**
 * The `recordReplySamples` check: the good samples go on, each bad one is left out with its reason
 * (index and reason, for the log). A message that is not a list at all is refused as a whole.
 */
export function replySamplesCheck(now: () => number = Date.now): Check<StoredReplySample[]> {
  return (data) => {
    const { valid, refused } = checkReplySamples(data, now());
    if (refused.length > 0 && refused[0]!.index === -1) return { ok: false, reason: refused[0]!.reason };
    return { ok: true, value: valid, refused: refused.map((r) => `sample ${r.index}: ${r.reason}`) };
  };
}
