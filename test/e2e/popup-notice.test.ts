import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { openDesk, readStorage, writeStorage } from './popup-helpers';

describe('popup: corrupted stored settings', () => {
  let browser: ExtensionBrowser;

  beforeEach(async () => {
    browser = await launchWithExtension({ lang: 'en-US' });
  });
  afterEach(async () => {
    await browser?.close();
  });

  it('resets only the corrupted settings, says which, and keeps the rest', async () => {
    await writeStorage(browser, {
      settings: {
        version: 1,
        enabled: 'yes',
        disabledSites: ['example.org'],
        mode: 'first',
        language: 'fr',
        style: 42,
      },
    });
    const desk = await openDesk(browser, undefined, '#timeline');
    const notice = desk.locator('[data-notice="settings"]');
    // The language the reader chose survived: the notice is in French.
    await expect(notice.locator('.ecl-notice-title').textContent()).resolves.toBe('Des réglages ont été réinitialisés');
    const text = (await notice.locator('.ecl-notice-text').textContent()) ?? '';
    expect(text).toContain('activation, style du surlignage');
    expect(text).toContain('Tous vos autres réglages sont conservés');
    expect(await notice.getAttribute('role')).toBe('alert');
    // Defaults where the value was garbage, the reader's values elsewhere.
    expect(await desk.isChecked('[data-setting="enabled"] input')).toBe(true);
    expect(await desk.isChecked('[data-setting="mode"] input[value="first"]')).toBe(true);
    expect((await readStorage(browser)).settings).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['example.org'],
      mode: 'first',
      language: 'fr',
    });

    // The options page shows the same notice until it is dismissed, anywhere.
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('[data-notice="settings"]');
    await desk.bringToFront();
    await notice.locator('button').click();
    await expect(notice.count()).resolves.toBe(0);
    expect(await readStorage(browser)).not.toHaveProperty('settingsNotice');
    const again = await openDesk(browser, undefined, '#timeline');
    await again.waitForSelector('.ecl-event');
    await expect(again.locator('[data-notice="settings"]').count()).resolves.toBe(0);
    expect(browser.pageErrors).toEqual([]);
  });

  it('falls back to every default, with a notice, when the stored value is not settings at all', async () => {
    await writeStorage(browser, { settings: '{"enabled":tru' });
    const desk = await openDesk(browser, undefined, '#timeline');
    await expect(desk.textContent('[data-notice="settings"] .ecl-notice-text')).resolves.toBe(
      'Your stored settings could not be read: the defaults are back.',
    );
    expect((await readStorage(browser)).settings).toEqual(DEFAULT_SETTINGS);
    expect(await desk.isChecked('[data-setting="enabled"] input')).toBe(true);
    expect(await desk.isChecked('[data-setting="mode"] input[value="every"]')).toBe(true);
  });

  it('says when the settings come from a newer version', async () => {
    await writeStorage(browser, { settings: { version: 99, enabled: false } });
    const desk = await openDesk(browser, undefined, '#timeline');
    await expect(desk.textContent('[data-notice="settings"] .ecl-notice-text')).resolves.toContain(
      'a newer version of Éclairage',
    );
    expect(await desk.isChecked('[data-setting="enabled"] input')).toBe(true);
  });
});
