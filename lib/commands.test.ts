import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { handleCommand } from './commands';

// @webext-core/messaging uses chrome's callback form: answer through the callback, as Chromium does.
function answerTabs(response: unknown) {
  return vi
    .spyOn(fakeBrowser.tabs, 'sendMessage')
    .mockImplementation(((_tab: number, _message: unknown, _options: unknown, reply: (r: unknown) => void) => {
      reply(response);
    }) as never);
}
const delivered = { res: undefined };

describe('handleCommand', () => {
  it('relays toggle-sidebar to the top frame of the tab the command came from', async () => {
    const send = answerTabs(delivered);
    const ok = await handleCommand('toggle-sidebar', { id: 7 } as never);
    expect(ok).toBe(true);
    expect(send).toHaveBeenCalledTimes(1);
    const [tabId, message, options] = send.mock.calls[0]!;
    expect(tabId).toBe(7);
    expect(message).toMatchObject({ type: 'toggleSidebar' });
    expect(options).toMatchObject({ frameId: 0 });
  });

  it('falls back to the active tab and relays focus-search', async () => {
    // The fake browser does not model windows; the query itself is what this test pins down.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9 } as never]);
    const send = answerTabs(delivered);
    expect(await handleCommand('focus-search')).toBe(true);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send.mock.calls[0]?.[0]).toBe(9);
    expect(send.mock.calls[0]?.[1]).toMatchObject({ type: 'focusSearch' });
  });

  it('does nothing for unknown commands or tabs without Sigap', async () => {
    // No content script: Chromium calls back with no response (and sets lastError).
    const send = answerTabs(undefined);
    expect(await handleCommand('toggle-sidebar', { id: 3 } as never)).toBe(false);
    send.mockClear();
    expect(await handleCommand('unknown', { id: 3 } as never)).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });
});
