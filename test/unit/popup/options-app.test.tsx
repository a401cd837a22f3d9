import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { OptionsApp } from '../../../entrypoints/options/OptionsApp';
import { DEFAULT_SETTINGS, type Settings } from '../../../settings/schema';
import type { SettingsChange, SettingsStore } from '../../../components/settings/use-settings';

/** `shortcut: null` stands for a manifest without the command. */
function renderOptions(initial: Partial<Settings> = {}, shortcut: string | null = 'Alt+Shift+E') {
  let push: ((settings: Settings) => void) | undefined;
  const store = {
    update: vi.fn((_change: SettingsChange) => Promise.resolve()),
    dismissNotice: vi.fn(() => Promise.resolve()),
    onChanged: vi.fn((listener: (settings: Settings) => void) => {
      push = listener;
      return () => {};
    }),
  } satisfies SettingsStore;
  const settings = { ...DEFAULT_SETTINGS, disabledSites: [], ...initial };
  const view = render(
    <OptionsApp store={store} initial={{ settings, problems: [] }} browserLang="en" shortcut={shortcut ?? undefined} />,
  );
  const $ = (selector: string) => view.container.querySelector<HTMLElement>(selector);
  return { ...view, store, $, push: (s: Partial<Settings>) => act(() => push?.({ ...settings, ...s })) };
}

afterEach(cleanup);

describe('OptionsApp', () => {
  it('changes every setting, says it is saved, and follows the chosen language', async () => {
    const { $, store } = renderOptions();
    fireEvent.click($('[data-setting="enabled"] input')!);
    expect(store.update).toHaveBeenLastCalledWith({ enabled: false });
    fireEvent.click($('[data-setting="mode"] input[value="first"]')!);
    expect(store.update).toHaveBeenLastCalledWith({ mode: 'first' });
    fireEvent.click($('[data-setting="style"] input[value="underline"]')!);
    expect(store.update).toHaveBeenLastCalledWith({ style: 'underline' });
    expect($('.ecl-style-preview')!.dataset.style).toBe('underline');
    expect($('.ecl-saved')!.textContent).toBe('Saved');
    expect($('[data-setting="language"] label')!.textContent).toBe('Automatic (English)');
    fireEvent.click($('[data-setting="language"] input[value="fr"]')!);
    expect(store.update).toHaveBeenLastCalledWith({ language: 'fr' });
    await waitFor(() => expect($('h1')!.textContent).toBe('Réglages d’Éclairage'));
    expect(document.title).toBe('Réglages d’Éclairage');
  });

  it('edits the sites turned off: adds by name or address, refuses garbage, removes', () => {
    const { $, store, push } = renderOptions({ disabledSites: ['a.org'] });
    const input = $('.ecl-site-form input') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'no site here' } });
    fireEvent.submit($('.ecl-site-form')!);
    expect($('.ecl-field-error')!.textContent).toBe('Enter a site name, such as www.example.com.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(store.update).not.toHaveBeenCalled();
    fireEvent.input(input, { target: { value: 'https://www.Lemonde.fr/sante/' } });
    fireEvent.submit($('.ecl-site-form')!);
    expect(store.update).toHaveBeenLastCalledWith({ disabledSites: ['a.org', 'www.lemonde.fr'] });
    expect(input.value).toBe('');
    push({ disabledSites: ['a.org', 'www.lemonde.fr'] });
    fireEvent.click($('[data-site="a.org"] button')!);
    expect(store.update).toHaveBeenLastCalledWith({ disabledSites: ['www.lemonde.fr'] });
    expect($('[data-setting="disabledSites"] [role="status"]')!.textContent).toBe('a.org is back on.');
  });

  it('shows the keyboard shortcut, or where to set one', () => {
    expect(renderOptions().$('[data-shortcut]')!.textContent).toBe(
      'Alt+Shift+E turns the highlights on the current page on or off.',
    );
    cleanup();
    expect(renderOptions({}, '').$('[data-shortcut]')!.textContent).toContain('No shortcut is set');
    cleanup();
    expect(renderOptions({}, null).$('[data-shortcut]')).toBeNull();
  });
});
