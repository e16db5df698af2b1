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
 * From Sigap's content-script world in a marketplace page (its isolated world, found through the
 * DevTools protocol): what a page that took over its renderer could send in Sigap's name.
 */
export async function contentScriptSender(
  page: Page,
): Promise<(type: string, data?: unknown) => Promise<RawAnswer>> {
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
  return async (type, data) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId,
      awaitPromise: true,
      returnByValue: true,
      expression: `chrome.runtime.sendMessage(${JSON.stringify(envelope(type, data))})`,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value as RawAnswer;
  };
}
