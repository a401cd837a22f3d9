import { defineConfig } from 'wxt';

/** Firefox's add-on id; keep it stable, or updates break for Firefox users. */
const GECKO_ID = 'eclairage@eclairage';

/**
 * The oldest Firefox that reads `data_collection_permissions` (140 on desktop, 142 on
 * Android): an older one would install the add-on without its "collects nothing" statement,
 * and web-ext lint flags the key as unsupported below these versions.
 */
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

export default defineConfig({
  // The design card asks for the promise-based `browser` API of webextension-polyfill.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: a newcomer can follow every name to its file.
  imports: false,
  vite: () => ({
    build: {
      // Vite's modulepreload polyfill calls `fetch` (on the extension's own files): both
      // browsers preload modules natively, and the shipped code then names no network API
      // at all (`scripts/check-no-network.mjs` checks the built files too).
      modulePreload: { polyfill: false },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // The card bundle, imported by the content script on the first gesture towards a
    // highlight (see README, "Why one web-accessible resource"). Nothing else is exposed to
    // pages. WXT writes it in Manifest V2's form (a list of paths) for Firefox.
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
              strict_min_version: FIREFOX_MIN_VERSION,
              // Éclairage collects nothing; Firefox asks add-ons to say so in the manifest.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
          },
        }
      : {}),
  }),
  zip: {
    // The sources archive Mozilla's reviewers rebuild the add-on from (`npm ci`, then
    // `npm run build:firefox`): everything the build reads, nothing it writes. WXT already
    // leaves out node_modules, the output folder, tests and hidden files (.git, .ci).
    excludeSources: [
      // The tests and their fixtures: the build does not read them.
      'test/**',
      'vitest.config.ts',
      'test-results/**',
      'bench-results/**',
      'stats*.html',
      // Compiled from seeds/ and data/catalogue/ by the build (`npm run data`).
      'data/dataset.json',
      'data/matching.json',
    ],
  },
});
