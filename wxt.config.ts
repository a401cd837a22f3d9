import { defineConfig } from 'wxt';

/** Firefox's add-on id; keep it stable, or updates break for Firefox users. */
const GECKO_ID = 'eclairage@eclairage';

export default defineConfig({
  // The design card asks for the promise-based `browser` API of webextension-polyfill.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: a newcomer can follow every name to its file.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // The card bundle, imported by the content script on pages that have highlights (see
    // README, "Why one web-accessible resource"). Nothing else is exposed to pages.
    web_accessible_resources: [{ resources: ['card-ui.js'], matches: ['http://*/*', 'https://*/*'] }],
    action: { default_title: '__MSG_extName__' },
    commands: {
      // Turns Éclairage off (or back on) for the current site; the background handles it.
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandToggleSite__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // Éclairage collects nothing; Firefox asks add-ons to say so in the manifest.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
