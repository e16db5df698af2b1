import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { MARKETPLACE_HOST_PATTERNS } from './lib/marketplaces/hosts';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: a reader sees where `browser` or `storage` comes from.
  imports: false,
  vite: () => ({
    resolve: {
      alias: [
        // PouchDB's own filter plugin compiles server-given filter source with `Function`; Sigap
        // never uses such filters, so the bundle carries a stand-in that refuses them
        // (lib/team/changes-filter.ts says why).
        {
          find: /^pouchdb-changes-filter$/,
          replacement: fileURLToPath(new URL('./lib/team/changes-filter.ts', import.meta.url)),
        },
      ],
    },
  }),
  // Firefox too is built as Manifest V3 (WXT would default it to MV2). Decision: MV2's
  // web_accessible_resources are bare paths open to every site, so any page that learned the
  // moz-extension URL (a marketplace page reads it from Sigap's iframe) could frame sidebar.html; only
  // MV3 limits it to the marketplace hosts with `matches`. Firefox 128, our floor, runs MV3 fully, and
  // since 127 it asks for the content scripts' host permissions at install as Chrome does. The cost:
  // a Firefox user can take a host away in the extensions panel, and Sigap then does not run there.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Sigap',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // storage: settings and sidebar state; clipboardWrite: the fallback when no chat box is found;
    // alarms: team sync (lib/team/wake-alarm.ts) wakes the sleeping service worker every 30 s while
    // a team connection is saved (no install warning).
    permissions: ['storage', 'clipboardWrite', 'alarms'],
    // Team sync (lib/team): the shop's own CouchDB, asked for one origin at a time from
    // Pengaturan › Tim when the owner or an agent connects. Nothing is granted at install.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Only the marketplace pages may frame the sidebar. In Chrome only through the dynamic URL of
    // this browser session, so a page cannot frame it before it has seen Sigap's frame in this
    // session; one that has seen it still gets nothing from its copy (lib/content/sidebar-link.ts). Firefox has no use_dynamic_url (it
    // warns on the key); its moz-extension URLs already carry a random per-install id.
    web_accessible_resources: [
      {
        resources: ['sidebar.html'],
        matches: MARKETPLACE_HOST_PATTERNS,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'",
    },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_cmdToggleSidebar__',
      },
      'focus-search': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdFocusSearch__',
      },
    },
    // data_collection_permissions: Firefox's built-in consent asks new add-ons to declare what they
    // send away; Sigap sends nothing to its makers (PRIVACY.md). Firefox before 140 ignores the key.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sigap@sigap.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
