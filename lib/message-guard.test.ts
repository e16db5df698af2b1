import { describe, expect, it, vi } from 'vitest';
import { createMessageGuard, RefusedError } from './message-guard';
import type { SenderInfo } from './sender-policy';
import { noData, whole } from './validate/checks';
import { searchRequestReason } from './validate/requests';

const self = { id: 'sigapid', baseUrl: 'chrome-extension://sigapid/' };
const sidebar: SenderInfo = {
  id: 'sigapid',
  url: 'chrome-extension://sigapid/sidebar.html',
  origin: 'chrome-extension://sigapid',
  tab: { id: 4 },
  frameId: 2,
};
const page: SenderInfo = { id: 'sigapid', url: 'https://seller.shopee.co.id/', tab: { id: 4 }, frameId: 0 };

describe('createMessageGuard', () => {
  it('runs the handler for an allowed sender with checked data', async () => {
    const log = vi.fn();
    const handler = vi.fn(() => ({ version: 1, count: 0, results: [[]] }));
    const wrapped = createMessageGuard(self, log)('searchCatalog', whole(searchRequestReason), handler);
    await expect(wrapped({ data: { queries: ['kaos'], limit: 5 }, sender: sidebar })).resolves.toEqual({
      version: 1,
      count: 0,
      results: [[]],
    });
    expect(handler).toHaveBeenCalledWith({ queries: ['kaos'], limit: 5 }, { sender: sidebar, refused: [] });
    expect(log).not.toHaveBeenCalled();
  });

  it('refuses a sender before looking at the data, and logs why', async () => {
    const log = vi.fn();
    const check = vi.fn(whole<{ queries: string[]; limit: number }>(searchRequestReason));
    const handler = vi.fn();
    const wrapped = createMessageGuard(self, log)('searchCatalog', check, handler);
    await expect(wrapped({ data: { queries: ['kaos'], limit: 5 }, sender: page })).rejects.toBeInstanceOf(
      RefusedError,
    );
    expect(check).not.toHaveBeenCalled();
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(
      expect.stringMatching(/searchCatalog is not answered for the content-script/),
    );
  });

  it('refuses bad data with the reason, in the log and in the error', async () => {
    const log = vi.fn();
    const handler = vi.fn();
    const wrapped = createMessageGuard(self, log)('searchCatalog', whole(searchRequestReason), handler);
    await expect(wrapped({ data: { queries: ['kaos'], limit: 99 }, sender: sidebar })).rejects.toThrow(
      'searchCatalog refused: limit is 99, outside 1…50',
    );
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('Sigap refused searchCatalog: limit is 99, outside 1…50');
  });

  it('logs each refused part and hands the handler the rest', async () => {
    const log = vi.fn();
    const wrapped = createMessageGuard(self, log)(
      'recordReplySamples',
      () => ({ ok: true, value: [], refused: ['sample 0: bad', 'sample 2: worse'] }),
      (_, { refused }) => ({ stored: 0, refused: refused.length }),
    );
    await expect(wrapped({ data: [], sender: sidebar })).resolves.toEqual({ stored: 0, refused: 2 });
    expect(log.mock.calls).toEqual([
      ['Sigap refused part of recordReplySamples: sample 0: bad'],
      ['Sigap refused part of recordReplySamples: sample 2: worse'],
    ]);
  });

  it('hands the sender to handlers that need it', async () => {
    const wrapped = createMessageGuard(self, vi.fn())('whoAmI', noData, (_, { sender }) => ({
      tabId: sender.tab?.id ?? null,
    }));
    await expect(wrapped({ data: 'ignored', sender: sidebar })).resolves.toEqual({ tabId: 4 });
  });
});
