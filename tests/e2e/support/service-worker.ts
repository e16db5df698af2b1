import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';

// The extension's MV3 service worker in Chromium: Chrome stops an idle worker after ~30 s, and the
// next message starts it again, running the background's start-up code once more. These helpers do
// the same on demand through the DevTools protocol, without reloading the extension or its pages.
//
// Measured in Chromium: Playwright keeps one `Worker` object for the extension's worker across a
// stop and a start (no `close`, no new `serviceworker` event), and evaluating in it after the start
// runs in the new instance (a fresh performance timeline). So the stop and the start are followed
// through the protocol's `ServiceWorker.workerVersionUpdated` events instead.

export async function currentWorker(context: BrowserContext): Promise<Worker> {
  const [worker] = context.serviceWorkers();
  return worker ?? (await context.waitForEvent('serviceworker'));
}

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

interface VersionUpdate {
  versions: { scriptURL: string; runningStatus: RunningStatus }[];
}

export interface WorkerControl {
  /** Stops every service worker (`ServiceWorker.stopAllWorkers`) and waits until ours has stopped. */
  stop(): Promise<void>;
  /** Resolves once our worker runs again (after something woke it). */
  running(): Promise<void>;
  detach(): Promise<void>;
}

/** Follows the worker whose script is `scriptUrl`, through a DevTools session of `page`. */
export async function controlWorker(
  context: BrowserContext,
  page: Page,
  scriptUrl: string,
): Promise<WorkerControl> {
  const cdp: CDPSession = await context.newCDPSession(page);
  let status: RunningStatus | null = null;
  const waiters: { want: RunningStatus; resolve: () => void }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event: VersionUpdate) => {
    for (const version of event.versions) {
      if (version.scriptURL !== scriptUrl) continue;
      status = version.runningStatus;
      for (const waiter of waiters.splice(0)) {
        if (waiter.want === status) waiter.resolve();
        else waiters.push(waiter);
      }
    }
  });
  await cdp.send('ServiceWorker.enable');
  const reach = (want: RunningStatus) =>
    status === want ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ want, resolve }));
  return {
    async stop() {
      // Already stopped (nothing woke it since): there will be no event to wait for.
      if (status === 'stopped') return;
      const stopped = new Promise<void>((resolve) => waiters.push({ want: 'stopped', resolve }));
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
    },
    running: () => reach('running'),
    detach: () => cdp.detach(),
  };
}

/** Sends a runtime message from an extension page (in @webext-core/messaging's format). */
export async function sendFromPage(page: Page, type: string, data?: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ type, data }) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(message: object): Promise<unknown> } };
      };
      return chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() });
    },
    { type, data },
  );
}

/** The `detail` of a performance mark the background sets in its worker, once it is there. */
export async function workerMark<T>(worker: Worker, name: string): Promise<T> {
  return worker.evaluate(async (mark) => {
    for (let i = 0; i < 200; i++) {
      const [entry] = performance.getEntriesByName(mark);
      if (entry) return (entry as PerformanceMark).detail;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no ${mark} mark in the service worker`);
  }, name) as Promise<T>;
}

/**
 * Waits until the worker has stored the index it answers from now (its newest `sigap:index-ready`):
 * the worker loads an index as it starts, so an older version's `sigap:index-stored` (the empty
 * catalog's, at install) may already be there when a test's catalog is indexed.
 */
export async function indexStored(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    // No named functions in here: tsx would wrap them in a helper the worker lacks.
    type Detail = { origin?: string; version?: number } | undefined;
    for (let i = 0; i < 400; i++) {
      const ready = (performance.getEntriesByName('sigap:index-ready').at(-1) as PerformanceMark | undefined)
        ?.detail as Detail;
      if (ready?.origin === 'stored') return;
      const stored = performance.getEntriesByName('sigap:index-stored');
      if (ready && stored.some((e) => ((e as PerformanceMark).detail as Detail)?.version === ready.version))
        return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the service worker did not store the index it answers from');
  });
}
