import { defineConfig } from 'wxt';
import { MARKETPLACE_HOST_PATTERNS } from './lib/marketplaces/hosts';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: a reader sees where `browser` or `storage` comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Sigap',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // storage: settings and sidebar state; clipboardWrite: the fallback when no chat box is found.
    permissions: ['storage', 'clipboardWrite'],
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: MARKETPLACE_HOST_PATTERNS }],
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
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'sigap@sigap.invalid', strict_min_version: '128.0' } } }
      : {}),
  }),
});
