import { describe, expect, it, vi } from 'vitest';
import { WARM_UP } from '../messaging';
import { warmUpListener } from './warm-up';

const self = { id: 'sigap', baseUrl: 'chrome-extension://sigap/' };
const contentScript = {
  id: 'sigap',
  url: 'https://seller.shopee.co.id/new-webchat',
  tab: { id: 4 },
  frameId: 0,
};

describe('warm-up', () => {
  it('starts loading the index when Sigap’s content script asks, and answers nothing', async () => {
    const warm = vi.fn(async () => ({ version: 1, count: 3 }));
    const listen = warmUpListener(self, warm);
    expect(listen(WARM_UP, contentScript)).toBeUndefined();
    expect(warm).toHaveBeenCalledTimes(1);
  });

  it('ignores other messages and other senders, and a failed load stays quiet', async () => {
    const warm = vi.fn(async () => {
      throw new Error('database closed');
    });
    const listen = warmUpListener(self, warm);
    listen({ sigap: 'toggle-sidebar' }, contentScript);
    listen(WARM_UP, { ...contentScript, id: 'another-extension' });
    listen(WARM_UP, { id: 'sigap', url: 'http://seller.shopee.co.id/', tab: { id: 4 } });
    expect(warm).not.toHaveBeenCalled();
    listen(WARM_UP, contentScript);
    expect(warm).toHaveBeenCalledTimes(1);
    await Promise.resolve();
  });
});
