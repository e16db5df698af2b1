import { defineContentScript } from 'wxt/utils/define-content-script';
import { createChatController } from '../../lib/content/controller';
import { MARKETPLACE_HOST_PATTERNS } from '../../lib/marketplaces/hosts';
import { contentMessenger } from '../../lib/messaging';

export default defineContentScript({
  matches: MARKETPLACE_HOST_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    const controller = createChatController(ctx);
    ctx.addEventListener(window, 'wxt:locationchange', () => void controller.sync());
    const offToggle = contentMessenger.onMessage('toggleSidebar', () => controller.toggleSidebar());
    const offFocus = contentMessenger.onMessage('focusSearch', () => controller.focusSearch());
    ctx.onInvalidated(() => {
      offToggle();
      offFocus();
    });
    void controller.sync();
  },
});
