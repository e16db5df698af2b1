import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createChatController } from '../../lib/content/controller';
import { MARKETPLACE_HOST_PATTERNS } from '../../lib/marketplaces/hosts';
import { isContentCommand } from '../../lib/messaging';

export default defineContentScript({
  matches: MARKETPLACE_HOST_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    const controller = createChatController(ctx);
    ctx.addEventListener(window, 'wxt:locationchange', () => void controller.sync());
    const onCommand = (message: unknown) => {
      if (!isContentCommand(message)) return;
      void (message.sigap === 'toggle-sidebar' ? controller.toggleSidebar() : controller.focusSearch());
    };
    browser.runtime.onMessage.addListener(onCommand);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onCommand));
    void controller.sync();
  },
});
