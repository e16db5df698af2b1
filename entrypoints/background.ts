import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleCommand } from '../lib/commands';
import { readCatalog } from '../lib/db/catalog-snapshot';
import { storeReplySamples } from '../lib/db/reply-samples';
import { SigapDb } from '../lib/db/schema';
import { backgroundMessenger } from '../lib/messaging';
import { catalogVersionItem } from '../lib/settings';

export default defineBackground(() => {
  const db = new SigapDb();

  backgroundMessenger.onMessage('getCatalogSnapshot', async () => ({
    version: await catalogVersionItem.getValue(),
    products: await readCatalog(db),
  }));
  backgroundMessenger.onMessage('getSnippets', () => db.snippets.orderBy('order').toArray());
  backgroundMessenger.onMessage('recordReplySamples', async ({ data }) => ({
    stored: await storeReplySamples(db, data),
  }));
  backgroundMessenger.onMessage('whoAmI', ({ sender }) => ({ tabId: sender.tab?.id ?? null }));

  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));
});
