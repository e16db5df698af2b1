import type { CDPSession, Frame, Page } from 'playwright-core';

// Sends one request to the background the way lib/messaging.ts does (@webext-core/messaging's
// envelope), from a chosen context, and returns the raw answer: `{ res }` or `{ err }`.

export type RawAnswer = { res?: unknown; err?: { name?: string; message?: string } };

const envelope = (type: string, data: unknown) => ({ id: 1, type, data, timestamp: Date.now() });

/** From an extension page or frame (the sidebar, the options page). */
export async function sendFrom(target: Page | Frame, type: string, data?: unknown): Promise<RawAnswer> {
  return target.evaluate(
    (message) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<RawAnswer> } } }
      ).chrome.runtime.sendMessage(message),
    envelope(type, data),
  );
}

/**
 * One request over the sidebar's search port (lib/port-rpc.ts), as an expression for any extension
 * context: resolves with the answer `{ res }` or `{ err }`, or `{ closed: true }` if the port closed.
 * The worker's offer of a direct channel (lib/direct-channel.ts), which carries no id, is passed by.
 */
export function searchPortExpression(data: unknown): string {
  return `new Promise((done) => {
    const port = chrome.runtime.connect({ name: 'sigap-search' });
    port.onMessage.addListener((m) => { if (m && m.id === 7) { done(m); port.disconnect(); } });
    port.onDisconnect.addListener(() => done({ closed: true }));
    port.postMessage({ id: 7, data: ${JSON.stringify(data)} });
  })`;
}

/** Over the search port, from an extension page or frame. */
export async function searchOverPort(target: Page | Frame, data: unknown): Promise<RawAnswer> {
  return target.evaluate(searchPortExpression(data)) as Promise<RawAnswer>;
}

/**
 * From Sigap's content-script world in a marketplace page (its isolated world, found through the
 * DevTools protocol): what a page that took over its renderer could send in Sigap's name.
 */
export async function contentScriptSender(
  page: Page,
): Promise<(type: string, data?: unknown) => Promise<RawAnswer>> {
  const evaluate = await contentScriptEvaluator(page);
  return (type, data) =>
    evaluate(`chrome.runtime.sendMessage(${JSON.stringify(envelope(type, data))})`) as Promise<RawAnswer>;
}

/** Evaluates expressions in Sigap's content-script world of `page` (see contentScriptSender). */
export async function contentScriptEvaluator(page: Page): Promise<(expression: string) => Promise<unknown>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 5000;
  let world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Sigap');
  while (!world && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Sigap');
  }
  if (!world) throw new Error("Sigap's content-script world was not found in the page");
  const contextId = world.id;
  return async (expression) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId,
      awaitPromise: true,
      returnByValue: true,
      expression,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  };
}
