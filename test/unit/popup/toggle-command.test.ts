import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../settings/schema';

const api = vi.hoisted(() => ({
  query: vi.fn(),
  sendMessage: vi.fn(),
  addListener: vi.fn(),
  stored: { current: undefined as unknown },
}));

vi.mock('wxt/browser', () => ({
  browser: {
    tabs: { query: api.query, sendMessage: api.sendMessage },
    commands: { onCommand: { addListener: api.addListener } },
  },
}));
vi.mock('../../../settings/store', () => ({
  loadSettings: vi.fn(async () => ({ settings: api.stored.current as Settings, problems: [] })),
  updateSettings: vi.fn(async (change: Partial<Settings>) => {
    api.stored.current = { ...(api.stored.current as Settings), ...change };
    return api.stored.current;
  }),
}));

const { TOGGLE_COMMAND, registerToggleCommand, togglePageOfTab } =
  await import('../../../entrypoints/background/toggle-command');

beforeEach(() => {
  vi.clearAllMocks();
  api.stored.current = { ...DEFAULT_SETTINGS, disabledSites: [] };
  api.query.mockResolvedValue([{ id: 7 }]);
  api.sendMessage.mockResolvedValue({ host: 'www.example.org' });
});

describe('the keyboard command', () => {
  it('turns the current site off, then back on', async () => {
    expect(await togglePageOfTab(3)).toBe(true);
    expect(api.sendMessage).toHaveBeenCalledWith(3, { type: 'eclairage:get-page' });
    expect((api.stored.current as Settings).disabledSites).toEqual(['www.example.org']);
    await togglePageOfTab(3);
    expect((api.stored.current as Settings).disabledSites).toEqual([]);
  });

  it('asks for the active tab when the browser gives none', async () => {
    await togglePageOfTab(undefined);
    expect(api.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(api.sendMessage).toHaveBeenCalledWith(7, expect.anything());
  });

  it('leaves settings alone on a page without a content script, or with an odd host', async () => {
    api.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection'));
    expect(await togglePageOfTab(3)).toBe(false);
    api.sendMessage.mockResolvedValueOnce({ host: '[::1]' });
    expect(await togglePageOfTab(3)).toBe(false);
    expect((api.stored.current as Settings).disabledSites).toEqual([]);
  });

  it('listens for its own command only', async () => {
    registerToggleCommand();
    const listener = api.addListener.mock.calls[0]![0] as (command: string, tab?: { id?: number }) => void;
    listener('something-else', { id: 3 });
    expect(api.sendMessage).not.toHaveBeenCalled();
    listener(TOGGLE_COMMAND, { id: 3 });
    await vi.waitFor(() => expect((api.stored.current as Settings).disabledSites).toEqual(['www.example.org']));
  });
});
