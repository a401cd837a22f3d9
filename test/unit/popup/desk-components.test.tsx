import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { LocaleContext, localeFor } from '../../../components/i18n/context';
import { CopyEventButton } from '../../../components/export/CopyEventButton';
import { SearchField } from '../../../components/search/SearchField';
import { SettingsNotice } from '../../../components/settings/SettingsNotice';
import { Switch } from '../../../components/settings/Switch';
import { ChoiceGroup } from '../../../components/settings/ChoiceGroup';

const inLang = (lang: 'fr' | 'en', children: ComponentChildren) =>
  render(<LocaleContext.Provider value={localeFor(lang)}>{children}</LocaleContext.Provider>);

afterEach(cleanup);

describe('CopyEventButton', () => {
  it('says the copy worked, or that it failed', async () => {
    const onCopy = vi.fn(() => Promise.resolve());
    const { container } = inLang('fr', <CopyEventButton title="Un titre" onCopy={onCopy} />);
    const button = container.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Copier avec ses sources : Un titre');
    fireEvent.click(button);
    await waitFor(() => expect(container.querySelector('[role="status"]')!.textContent).toBe('Copié'));
    onCopy.mockRejectedValueOnce(new Error('no'));
    fireEvent.click(button);
    await waitFor(() => expect(container.querySelector('[role="status"]')!.textContent).toBe('La copie a échoué'));
  });
});

describe('SearchField', () => {
  it('is labelled, clears on Escape and with its button, which gives focus back', () => {
    const onInput = vi.fn();
    const { container, rerender } = render(
      <SearchField label="Search" placeholder="…" clearLabel="Clear" value="" onInput={onInput} />,
    );
    const input = container.querySelector('input')!;
    expect(container.querySelector(`label[for="${input.id}"]`)!.textContent).toBe('Search');
    expect(container.querySelector('button')).toBeNull();
    fireEvent.input(input, { target: { value: 'cnil' } });
    expect(onInput).toHaveBeenLastCalledWith('cnil');
    rerender(<SearchField label="Search" placeholder="…" clearLabel="Clear" value="cnil" onInput={onInput} />);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(onInput).toHaveBeenLastCalledWith('');
    onInput.mockClear();
    fireEvent.click(container.querySelector('button[aria-label="Clear"]')!);
    expect(onInput).toHaveBeenCalledWith('');
    expect(document.activeElement).toBe(input);
  });
});

describe('SettingsNotice', () => {
  it('names the settings that were reset, in the interface language', () => {
    const onDismiss = vi.fn();
    const problems = [
      { setting: 'mode', reason: 'invalid' },
      { setting: 'disabledSites', reason: 'invalid' },
    ] as const;
    const { container } = inLang('fr', <SettingsNotice problems={problems} onDismiss={onDismiss} />);
    expect(container.querySelector('.ecl-notice-text')!.textContent).toBe(
      'Ces réglages étaient illisibles et reprennent leur valeur par défaut : mentions surlignées, sites désactivés. Tous vos autres réglages sont conservés.',
    );
    fireEvent.click(container.querySelector('button')!);
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('says when everything was reset, and renders nothing without problems', () => {
    const all = inLang('en', <SettingsNotice problems={[{ setting: '*', reason: 'invalid' }]} onDismiss={vi.fn()} />);
    expect(all.container.textContent).toContain('Your stored settings could not be read');
    cleanup();
    const none = inLang('en', <SettingsNotice problems={[]} onDismiss={vi.fn()} />);
    expect(none.container.childNodes).toHaveLength(0);
  });
});

describe('settings controls', () => {
  it('Switch: a labelled checkbox with the switch role, its second line as description', () => {
    const onChange = vi.fn();
    const { container } = render(
      <Switch setting="site" label="This site" description="example.org" checked onChange={onChange} />,
    );
    const input = container.querySelector('input')!;
    expect(input.getAttribute('role')).toBe('switch');
    expect(container.querySelector(`label[for="${input.id}"]`)!.textContent).toBe('This site');
    expect(container.querySelector(`#${CSS.escape(input.getAttribute('aria-describedby')!)}`)!.textContent).toBe(
      'example.org',
    );
    fireEvent.click(input);
    expect(onChange).toHaveBeenCalledWith(false);
  });

  it('ChoiceGroup: radios in a fieldset named by its legend', () => {
    const onChange = vi.fn();
    const { container } = render(
      <ChoiceGroup
        setting="language"
        legend="Language"
        value="fr"
        choices={[
          { value: 'fr', label: 'Français', lang: 'fr' },
          { value: 'en', label: 'English', lang: 'en' },
        ]}
        onChange={onChange}
      />,
    );
    expect(container.querySelector('legend')!.textContent).toBe('Language');
    const radios = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => radio.checked)).toEqual([true, false]);
    expect(new Set(radios.map((radio) => radio.name)).size).toBe(1);
    expect(container.querySelector('label[lang="en"]')!.textContent).toBe('English');
    fireEvent.click(radios[1]!);
    expect(onChange).toHaveBeenCalledWith('en');
  });
});
