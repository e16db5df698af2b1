import { isWarmUp } from '../messaging';
import { type Self, type SenderInfo, senderKind } from '../sender-policy';

// A chat tab's content script says "warm up" as it creates the sidebar frame (lib/messaging.ts
// WARM_UP). After Chrome stopped the worker, that message wakes it while the frame is still
// loading its scripts (~200 ms on 2 cores), so the worker reads its stored index meanwhile instead
// of only once the frame asks: the first search of a freshly opened tab is then ready sooner. Only
// Sigap's own content script or sidebar may ask; the answer is nothing, whoever asks.

export function warmUpListener(
  self: Self,
  warm: () => Promise<unknown>,
): (message: unknown, sender: SenderInfo) => undefined {
  return (message, sender) => {
    if (!isWarmUp(message)) return undefined;
    const kind = senderKind(sender, self);
    if (kind === 'content-script' || kind === 'sidebar') void warm().catch(() => {});
    return undefined;
  };
}
