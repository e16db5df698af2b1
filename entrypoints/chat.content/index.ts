import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createChatController } from '../../lib/content/controller';
import { MARKETPLACE_HOST_PATTERNS } from '../../lib/marketplaces/hosts';
import { isContentCommand } from '../../lib/messaging';

export default defineContentScript({
  matches: MARKETPLACE_HOST_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    const controller = createChatController();
    // WXT's context invalidates itself on a window message any page script can forge ("a newer
    // content script started"), so it is only a hint to check whether the extension is really gone.
    ctx.onInvalidated(controller.check);
    const onCommand = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isContentCommand(message)) return;
      void (message.sigap === 'toggle-sidebar' ? controller.toggleSidebar() : controller.focusSearch());
    };
    browser.runtime.onMessage.addListener(onCommand);
    controller.signal.addEventListener('abort', () => {
      try {
        browser.runtime.onMessage.removeListener(onCommand);
      } catch {
        // The extension is gone with its listeners.
      }
    });
    void controller.sync();
  },
});
