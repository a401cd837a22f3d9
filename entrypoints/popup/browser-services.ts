import { browser } from 'wxt/browser';
import { dismissSettingsNotice, onSettingsChanged, updateSettings } from '../../settings/store';
import {
  isCounts,
  parseContentMessage,
  parsePageInfo,
  type MentionsQuery,
  type PageQuery,
  type ScrollRequest,
} from '../../messaging/protocol';
import { UTF8_BOM } from '../../data/queries/csv';
import { copyText, downloadText } from './clipboard';
import type { PageProbe, PopupServices } from './services';

/**
 * The tab the popup reports on: the one named by `?tab=` (see `route.ts`), or the active
 * tab of the popup's window. None when that tab is the popup's own page, opened as a tab.
 */
async function findTargetTab(override: number | undefined): Promise<number | undefined> {
  if (override !== undefined) return override;
  const [[active], self] = await Promise.all([
    browser.tabs.query({ active: true, currentWindow: true }),
    browser.tabs.getCurrent(),
  ]);
  if (active?.id === undefined || active.id === self?.id) return undefined;
  return active.id;
}

/** The popup's services on the extension APIs; `override` is the `?tab=` of the URL. */
export function createBrowserServices(override: number | undefined): PopupServices {
  const target = findTargetTab(override);
  const send = async (message: MentionsQuery | PageQuery | ScrollRequest): Promise<unknown> => {
    const id = await target;
    if (id === undefined) throw new Error('No tab to ask.');
    return browser.tabs.sendMessage(id, message);
  };

  const probePage = async (): Promise<PageProbe> => {
    const id = await target;
    if (id === undefined) return { status: 'unsupported' };
    try {
      const [info, counts] = await Promise.all([
        send({ type: 'eclairage:get-page' }),
        send({ type: 'eclairage:get-mentions' }),
      ]);
      const page = parsePageInfo(info);
      if (!page) return { status: 'no-answer' };
      return { status: 'ready', host: page.host, counts: isCounts(counts) ? counts : {} };
    } catch {
      // No receiving end: no content script in that tab, or not yet.
      const tab = await browser.tabs.get(id).catch(() => undefined);
      return { status: tab?.status === 'loading' ? 'loading' : 'no-answer' };
    }
  };

  return {
    probePage,
    watchCounts: (listener) => {
      // The content script reports to the background after each pass; extension pages hear it too.
      const handle = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
        const report = parseContentMessage(message);
        if (report?.type !== 'eclairage:mentions' || sender.id !== browser.runtime.id) return undefined;
        void target.then((id) => {
          if (id !== undefined && sender.tab?.id === id) listener(report.counts);
        });
        return undefined;
      };
      browser.runtime.onMessage.addListener(handle);
      return () => browser.runtime.onMessage.removeListener(handle);
    },
    scrollTo: async (entityId) => {
      const reply = await send({ type: 'eclairage:scroll-to', entityId }).catch(() => undefined);
      return typeof reply === 'object' && reply !== null && (reply as { found?: unknown }).found === true;
    },
    copy: copyText,
    download: ({ name, type, text }) => downloadText(name, type, type.startsWith('text/csv') ? UTF8_BOM + text : text),
    openOptions: () => void browser.runtime.openOptionsPage(),
    update: updateSettings,
    dismissNotice: dismissSettingsNotice,
    onChanged: onSettingsChanged,
  };
}
