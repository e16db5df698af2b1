import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleCommand } from '../lib/commands';
import { readCatalogPart } from '../lib/db/catalog-snapshot';
import { pruneReplySamples, storeReplySamples } from '../lib/db/reply-samples';
import { SigapDb } from '../lib/db/schema';
import { markSnippetUsed, seedSnippets } from '../lib/db/snippets';
import { backgroundMessenger } from '../lib/messaging';
import { catalogVersionItem, langItem } from '../lib/settings';
import { defaultSnippets } from '../lib/snippets/defaults';

export default defineBackground(() => {
  const db = new SigapDb();

  backgroundMessenger.onMessage('getCatalogPart', async ({ data }) =>
    readCatalogPart(db, await catalogVersionItem.getValue(), data),
  );
  backgroundMessenger.onMessage('getSnippets', () => db.snippets.orderBy('order').toArray());
  backgroundMessenger.onMessage('snippetUsed', ({ data }) => markSnippetUsed(db, data));
  backgroundMessenger.onMessage('recordReplySamples', async ({ data }) => ({
    stored: await storeReplySamples(db, data),
  }));
  backgroundMessenger.onMessage('whoAmI', ({ sender }) => ({ tabId: sender.tab?.id ?? null }));

  // First run only (a flag stored with the snippets, lib/db/snippets.ts): the default set in the UI
  // language. The mark tells the e2e test that a restarted worker has made its attempt.
  void langItem
    .getValue()
    .then((lang) => seedSnippets(db, defaultSnippets(lang)))
    .then((seeded) => performance.mark('sigap:snippets-seed', { detail: { seeded } }))
    .catch((error: unknown) => console.warn('Sigap: seeding the default snippets failed', error));

  // Reply samples past the shop's retention go at every start too, not only when new ones arrive.
  void pruneReplySamples(db).catch((error: unknown) =>
    console.warn('Sigap: pruning reply samples failed', error),
  );

  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));
});
