import { defineBackground } from 'wxt/utils/define-background';

/**
 * The background worker holds no state yet. It exists because the extension's id (which
 * end-to-end tests need to open the popup) is read from the service worker's URL.
 */
export default defineBackground(() => {});
