import { defineContentScript } from 'wxt/utils/define-content-script';
import { startEclairage } from './start';
import './highlight.css';

/**
 * The content script: highlights the mentions of the dataset's entities on every web page.
 * It waits for the page to load and go idle, so that a framework's hydration is over
 * before any text node is split.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would otherwise announce each start to the page with `postMessage`, naming the
  // extension's id: any page could learn that Éclairage is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startEclairage(ctx);
  },
});
