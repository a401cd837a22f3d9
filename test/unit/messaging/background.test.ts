import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

/** The background's browser API, faked: what it calls is what the tests read. */
const api = vi.hoisted(() => ({
  listeners: [] as ((message: unknown, sender: unknown) => unknown)[],
  setBadgeText: vi.fn(async () => {}),
  setBadgeBackgroundColor: vi.fn(async () => {}),
  createTab: vi.fn(async () => ({})),
}));

vi.mock('wxt/browser', () => {
  const event = () => ({ addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() });
  return {
    browser: {
      runtime: {
        id: 'eclairage-id',
        getURL: (path: string) => `chrome-extension://eclairage-id${path}`,
        onMessage: { addListener: (listener: (typeof api.listeners)[number]) => api.listeners.push(listener) },
        onInstalled: event(),
        onStartup: event(),
      },
      tabs: { create: api.createTab, query: vi.fn(async () => []), sendMessage: vi.fn(async () => undefined) },
      action: { setBadgeText: api.setBadgeText, setBadgeBackgroundColor: api.setBadgeBackgroundColor },
      commands: { onCommand: event() },
      storage: { local: { get: vi.fn(async () => ({})), set: vi.fn(async () => {}) }, onChanged: event() },
    },
  };
});
vi.mock('wxt/utils/define-background', () => ({
  defineBackground: (main: () => void) => ({ main }),
}));

const TAB = { id: 12, index: 3 };
const OURS = { id: 'eclairage-id', tab: TAB };

function deliver(message: unknown, sender: unknown): unknown {
  return api.listeners.map((listener) => listener(message, sender)).find((answer) => answer !== undefined);
}

beforeAll(async () => {
  const background = (await import('../../../entrypoints/background/index')).default as unknown as { main: () => void };
  background.main();
});
beforeEach(() => vi.clearAllMocks());

describe('the background takes messages from its own content scripts only', () => {
  it('sets the badge from a valid report of its content script in a tab', () => {
    deliver({ type: 'eclairage:mentions', counts: { cnil: 2, emc2: 1 } }, OURS);
    expect(api.setBadgeText).toHaveBeenCalledWith({ tabId: 12, text: '2' });
  });

  it('opens the timeline next to the tab', () => {
    deliver({ type: 'eclairage:open-timeline', entityId: 'cnil' }, OURS);
    expect(api.createTab).toHaveBeenCalledWith({
      url: 'chrome-extension://eclairage-id/popup.html#timeline?entity=cnil',
      index: 4,
    });
  });

  it.each([
    ['another extension', { id: 'someone-else', tab: TAB }],
    ['no extension id', { tab: TAB }],
    ['an extension page (no tab)', { id: 'eclairage-id' }],
    ['a tab without an id', { id: 'eclairage-id', tab: { index: 0 } }],
  ])('ignores a valid message from %s', (_, sender) => {
    expect(deliver({ type: 'eclairage:mentions', counts: { cnil: 1 } }, sender)).toBeUndefined();
    expect(deliver({ type: 'eclairage:open-timeline', entityId: 'cnil' }, sender)).toBeUndefined();
    expect(api.setBadgeText).not.toHaveBeenCalled();
    expect(api.createTab).not.toHaveBeenCalled();
  });

  it('ignores malformed and oversized messages from its own content script', () => {
    const tooMany = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`e-${i}`, 1]));
    for (const message of [
      null,
      'eclairage:mentions',
      { type: 'eclairage:mentions', counts: { cnil: -1 } },
      { type: 'eclairage:mentions', counts: tooMany },
      { type: 'eclairage:open-timeline', entityId: 'https://evil.example/' },
      { type: 'eclairage:unknown' },
    ]) {
      expect(deliver(message, OURS)).toBeUndefined();
    }
    expect(api.setBadgeText).not.toHaveBeenCalled();
    expect(api.createTab).not.toHaveBeenCalled();
  });
});
