import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseContentMessage } from '../../messaging/protocol';
import { badgeText } from './badge';
import { timelineUrl } from '../../messaging/timeline-url';
import { registerToggleCommand } from './toggle-command';

/**
 * The background worker keeps the toolbar badge: the number of entities the content
 * script found on each tab. It holds no other state. (Its URL also gives end-to-end tests
 * the extension's id.)
 */
export default defineBackground(() => {
  registerToggleCommand();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = parseContentMessage(message);
    // Only messages from our own content scripts, in a tab, are taken.
    if (!request || sender.id !== browser.runtime.id || sender.tab?.id === undefined) return undefined;
    if (request.type === 'eclairage:open-timeline') {
      void browser.tabs.create({ url: timelineUrl(request.entityId), index: sender.tab.index + 1 });
      return undefined;
    }
    const report = request;
    const tabId = sender.tab.id;
    // Manifest V2 (Firefox) calls the toolbar button `browserAction`.
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeText({ tabId, text: badgeText(report.counts) });
    void action.setBadgeBackgroundColor({ tabId, color: '#0b5cad' });
    return undefined;
  });
});
