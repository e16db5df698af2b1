import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { handleCommand } from './commands';

function answerTabs(response: 'delivered' | 'no-receiver') {
  const spy = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
  return response === 'delivered'
    ? spy.mockResolvedValue(undefined as never)
    : spy.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
}
const delivered = 'delivered';

describe('handleCommand', () => {
  it('relays toggle-sidebar to the top frame of the tab the command came from', async () => {
    const send = answerTabs(delivered);
    const ok = await handleCommand('toggle-sidebar', { id: 7 } as never);
    expect(ok).toBe(true);
    expect(send).toHaveBeenCalledTimes(1);
    const [tabId, message, options] = send.mock.calls[0]!;
    expect(tabId).toBe(7);
    expect(message).toEqual({ sigap: 'toggle-sidebar' });
    expect(options).toMatchObject({ frameId: 0 });
  });

  it('falls back to the active tab and relays focus-search', async () => {
    // The fake browser does not model windows; the query itself is what this test pins down.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9 } as never]);
    const send = answerTabs(delivered);
    expect(await handleCommand('focus-search')).toBe(true);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send.mock.calls[0]?.[0]).toBe(9);
    expect(send.mock.calls[0]?.[1]).toEqual({ sigap: 'focus-search' });
  });

  it('does nothing for unknown commands or tabs without Sigap', async () => {
    const send = answerTabs('no-receiver');
    expect(await handleCommand('toggle-sidebar', { id: 3 } as never)).toBe(false);
    send.mockClear();
    expect(await handleCommand('unknown', { id: 3 } as never)).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });
});
