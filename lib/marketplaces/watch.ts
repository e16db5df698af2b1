// One debounced MutationObserver per adapter watch: chat pages re-render in bursts (a new message
// changes the list, the preview, the unread badge and the scroll position), and the content script
// only needs to know "something changed" once per burst.

import { softly } from './dom';

export const WATCH_DEBOUNCE_MS = 100;
/**
 * The longest a burst may delay `onChange`. A page that never goes quiet (a ticking "2 menit lalu",
 * a carousel, a typing indicator) would otherwise reset the debounce forever, and a reply the agent
 * just sent would never reach the reply clock.
 */
export const WATCH_MAX_WAIT_MS = 500;

export interface WatchOptions {
  debounceMs?: number;
  maxWaitMs?: number;
  /**
   * Called once per batch of mutations; mutations whose target the returned test accepts are ignored:
   * the composer while the agent types would otherwise wake the content script on every keystroke.
   */
  ignore?: () => (target: Node) => boolean;
}

/** Ids of elements whose changes are never the page's own (Sigap's mounted UI). */
const OWN_UI_SELECTOR = '#sigap-sidebar';

function isOwnUi(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  try {
    return !!element?.closest(OWN_UI_SELECTOR);
  } catch {
    return false;
  }
}

/**
 * Calls `onChange` at most once per `debounceMs` quiet period after DOM changes under `root`, until
 * `signal` aborts. Does nothing (and never throws) when the root cannot be observed.
 */
export function watchDom(
  root: ParentNode,
  signal: AbortSignal,
  onChange: () => void,
  options: WatchOptions = {},
): void {
  if (signal.aborted) return;
  const { debounceMs = WATCH_DEBOUNCE_MS, maxWaitMs = WATCH_MAX_WAIT_MS, ignore } = options;
  const view = (root as Node).ownerDocument?.defaultView ?? (root as Document).defaultView ?? globalThis;
  const Observer = (view as typeof globalThis).MutationObserver ?? globalThis.MutationObserver;
  if (typeof Observer !== 'function') return;

  let timer: ReturnType<typeof setTimeout> | undefined;
  // When the first change of the pending burst was seen; undefined while nothing is pending.
  let burstStart: number | undefined;
  const fire = () => {
    timer = undefined;
    burstStart = undefined;
    if (signal.aborted) return;
    try {
      onChange();
    } catch {
      // The listener's own failure must not stop the watch.
    }
  };

  const observer = new Observer((records) => {
    if (signal.aborted) return;
    let skip: ((target: Node) => boolean) | undefined;
    try {
      skip = ignore?.();
    } catch {
      skip = undefined;
    }
    const relevant = (record: MutationRecord) => {
      if (isOwnUi(record.target)) return false;
      try {
        return !skip?.(record.target);
      } catch {
        return true;
      }
    };
    if (!records.some(relevant)) return;
    const now = Date.now();
    burstStart ??= now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(debounceMs, burstStart + maxWaitMs - now)));
  });
  try {
    observer.observe(root as Node, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      // Attributes that mark the open conversation or message state; style/class churn from hover
      // effects is left out on purpose.
      attributeFilter: ['aria-selected', 'data-conversation-id', 'title', 'href'],
    });
  } catch {
    return;
  }
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    { once: true },
  );
}

/**
 * The adapters' `watch`: page changes outside the chat box. Typing mutates the editor on every
 * keystroke (a contenteditable even rebuilds its nodes); that is not a new message.
 */
export function watchOutsideComposer(
  root: ParentNode,
  signal: AbortSignal,
  onChange: () => void,
  findComposer: (root: ParentNode) => HTMLElement | null,
): void {
  softly(undefined, () =>
    watchDom(root, signal, onChange, {
      ignore: () => {
        const composer = findComposer(root);
        return (target) => !!composer && composer.contains(target);
      },
    }),
  );
}
