import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleCommand } from '../lib/commands';
import { pruneReplySamples, storeReplySamples } from '../lib/db/reply-samples';
import { SigapDb } from '../lib/db/schema';
import { markSnippetUsed, seedSnippets } from '../lib/db/snippets';
import { startDirectChannels } from '../lib/direct-channel';
import { createMessageGuard } from '../lib/message-guard';
import { backgroundMessenger, SEARCH_PORT } from '../lib/messaging';
import { type Port, servePortRequests } from '../lib/port-rpc';
import { startCatalogSearch } from '../lib/search-service/start';
import { warmUpListener } from '../lib/search-service/warm-up';
import { senderRefusal } from '../lib/sender-policy';
import { langItem } from '../lib/settings';
import { relaySidebarPorts } from '../lib/sidebar-relay';
import { defaultSnippets } from '../lib/snippets/defaults';
import { createTeamSync } from '../lib/team/background-team';
import { teamConfigReason } from '../lib/team/connection';
import { noData, whole } from '../lib/validate/checks';
import { replySamplesCheck } from '../lib/validate/reply-samples';
import { searchRequestReason, snippetIdReason } from '../lib/validate/requests';

export default defineBackground(() => {
  const db = new SigapDb();
  // Every handler checks its sender and its data first (lib/sender-policy.ts, lib/validate/).
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  const guard = createMessageGuard(self, (reason) => console.warn(reason));
  // Firefox's framed sidebar has no tabs API: its port to the page goes through here.
  relaySidebarPorts(self);

  const catalog = startCatalogSearch(db);
  backgroundMessenger.onMessage(
    'catalogStatus',
    guard('catalogStatus', noData, () => catalog.status()),
  );
  const searchCatalog = guard('searchCatalog', whole(searchRequestReason), ({ queries, limit }) =>
    catalog.search(queries, limit),
  );
  backgroundMessenger.onMessage('searchCatalog', searchCatalog);
  // A chat tab about to open its sidebar: load the index while the frame boots.
  browser.runtime.onMessage.addListener(warmUpListener(self, () => catalog.status()));
  // The sidebar searches over a port (a keystroke's round trip is a quarter of a message's), and
  // over a MessageChannel the port offers it, faster again (lib/direct-channel.ts).
  const serveSearch = (port: Port) => servePortRequests(port, SEARCH_PORT, searchCatalog);
  const directChannels = startDirectChannels(serveSearch);
  browser.runtime.onConnect.addListener((port) => {
    // Offered only where a search would be answered: never to a content script's port.
    if (serveSearch(port) && senderRefusal('searchCatalog', port.sender ?? {}, self) === null)
      directChannels.offer(port);
  });
  backgroundMessenger.onMessage(
    'getSnippets',
    guard('getSnippets', noData, () => db.snippets.orderBy('order').toArray()),
  );
  backgroundMessenger.onMessage(
    'snippetUsed',
    guard('snippetUsed', whole(snippetIdReason), (id) => markSnippetUsed(db, id)),
  );
  // Team sync (lib/team): resumes the saved connection; Pengaturan › Tim connects and disconnects.
  const team = createTeamSync(db);
  backgroundMessenger.onMessage(
    'teamConnect',
    guard('teamConnect', whole(teamConfigReason), (config) => team.connect(config)),
  );
  backgroundMessenger.onMessage(
    'teamDisconnect',
    guard('teamDisconnect', noData, () => team.disconnect()),
  );

  backgroundMessenger.onMessage(
    'recordReplySamples',
    guard('recordReplySamples', replySamplesCheck(), async (samples, { refused }) => {
      const stored = await storeReplySamples(db, samples);
      team.localChanged();
      return { stored, refused: refused.length };
    }),
  );
  backgroundMessenger.onMessage(
    'whoAmI',
    guard('whoAmI', noData, (_, { sender }) => ({ tabId: sender.tab?.id ?? null })),
  );

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
