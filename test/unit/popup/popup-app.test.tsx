import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { PopupApp } from '../../../entrypoints/popup/PopupApp';
import type { PageProbe } from '../../../entrypoints/popup/services';
import type { Route } from '../../../entrypoints/popup/route';
import { dataset } from '../../../data/dataset';
import { DEFAULT_SETTINGS, type Settings } from '../../../settings/schema';
import type { SettingsProblem } from '../../../settings/validate';
import { fakeServices } from './fake-services';

const READY: PageProbe = {
  status: 'ready',
  host: 'www.example.org',
  counts: { cnil: 2, 'health-data-hub': 5, anticor: 2 },
};
const settings = (change: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, disabledSites: [], ...change });

async function renderPopup(
  probe: PageProbe = READY,
  {
    route = {},
    initial = settings(),
    problems = [],
  }: { route?: Route; initial?: Settings; problems?: SettingsProblem[] } = {},
) {
  const fake = fakeServices(probe);
  const view = render(
    <PopupApp
      dataset={dataset}
      services={fake.services}
      initial={{ settings: initial, problems }}
      browserLang="en"
      route={route}
    />,
  );
  await waitFor(() => expect(view.container.querySelector('[role="tab"][aria-selected="true"]')).not.toBeNull());
  const $ = (selector: string) => view.container.querySelector<HTMLElement>(selector);
  const $$ = (selector: string) => [...view.container.querySelectorAll<HTMLElement>(selector)];
  return { ...view, ...fake, $, $$, selected: () => $('[role="tab"][aria-selected="true"]')?.dataset.tab };
}

afterEach(cleanup);

describe('PopupApp: on this page', () => {
  it('opens on the page when it mentions something, most mentioned first, with the count on the tab', async () => {
    const { $, $$, selected } = await renderPopup();
    expect(selected()).toBe('page');
    expect($$('.ecl-mention').map((row) => row.dataset.entity)).toEqual(['health-data-hub', 'anticor', 'cnil']);
    expect($('[data-tab="page"]')!.textContent).toBe('On this page3, 3 entities');
    expect($('.ecl-view-intro')!.textContent).toContain('3 entities, 9 mentions');
  });

  it('scrolls to a mention and says so, or says it is gone', async () => {
    const { $, services } = await renderPopup();
    fireEvent.click($('.ecl-mention[data-entity="cnil"] [data-action="scroll-to"]')!);
    expect(services.scrollTo).toHaveBeenCalledWith('cnil');
    await waitFor(() => expect($('[data-view="page"] [role="status"]')!.textContent).toContain('First mention of'));
    services.scrollTo.mockResolvedValueOnce(false);
    fireEvent.click($('.ecl-mention[data-entity="anticor"] [data-action="scroll-to"]')!);
    await waitFor(() =>
      expect($('[data-view="page"] [role="status"]')!.textContent).toBe('Anticor is no longer mentioned on the page.'),
    );
  });

  it('follows the counts the page reports after the popup opened', async () => {
    const { $$, pushCounts } = await renderPopup();
    act(() => pushCounts({ microsoft: 1 }));
    expect($$('.ecl-mention').map((row) => row.dataset.entity)).toEqual(['microsoft']);
  });

  it('opens on the timeline on a page it cannot run on, and says why on the page tab', async () => {
    const { $, selected } = await renderPopup({ status: 'unsupported' });
    expect(selected()).toBe('timeline');
    fireEvent.click($('[data-tab="page"]')!);
    expect($('[data-view="page"]')!.dataset.state).toBe('unsupported');
    expect(($('[data-setting="site"] input') as HTMLInputElement).disabled).toBe(true);
  });

  it('turns the site off from the quick toggles, and back on from the page view', async () => {
    const { $, services, pushSettings } = await renderPopup();
    expect($('[data-setting="site"] .ecl-switch-description')!.textContent).toBe('www.example.org');
    fireEvent.click($('[data-setting="site"] input')!);
    expect(services.update).toHaveBeenCalledWith({ disabledSites: ['www.example.org'] });
    expect($('[data-view="page"]')!.dataset.state).toBe('off');
    act(() => pushSettings(settings({ disabledSites: ['www.example.org'] })));
    fireEvent.click($('[data-view="page"] .ecl-empty button')!);
    expect(services.update).toHaveBeenLastCalledWith({ disabledSites: [] });
  });
});

describe('PopupApp: settings and language', () => {
  it('shows the notice of reset settings until dismissed', async () => {
    const problems: SettingsProblem[] = [{ setting: 'style', reason: 'invalid' }];
    const { $, services } = await renderPopup(READY, { problems });
    expect($('[data-notice="settings"]')!.textContent).toContain('highlight style');
    fireEvent.click($('[data-notice="settings"] button')!);
    expect($('[data-notice="settings"]')).toBeNull();
    expect(services.dismissNotice).toHaveBeenCalledOnce();
  });

  it('speaks the chosen language, and switches live when it changes elsewhere', async () => {
    const { $, pushSettings } = await renderPopup(READY, { initial: settings({ language: 'fr' }) });
    expect($('[data-tab="timeline"]')!.textContent).toBe('Chronologie');
    expect(document.documentElement.lang).toBe('fr');
    act(() => pushSettings(settings({ language: 'en' })));
    expect($('[data-tab="timeline"]')!.textContent).toBe('Timeline');
  });

  it('changes the mode from the quick toggles', async () => {
    const { $, services } = await renderPopup();
    fireEvent.click($('[data-setting="mode"] input[value="first"]')!);
    expect(services.update).toHaveBeenCalledWith({ mode: 'first' });
  });
});

describe('PopupApp: tabs', () => {
  it('is a tab list: arrow keys, Home and End select and focus', async () => {
    const { $, selected } = await renderPopup();
    const tablist = $('[role="tablist"]')!;
    expect(tablist.getAttribute('aria-label')).toBe('Éclairage sections');
    fireEvent.keyDown($('[data-tab="page"]')!, { key: 'ArrowLeft' });
    expect(selected()).toBe('sources');
    expect(document.activeElement).toBe($('[data-tab="sources"]'));
    fireEvent.keyDown($('[data-tab="sources"]')!, { key: 'Home' });
    expect(selected()).toBe('page');
    const tabs = [...tablist.querySelectorAll('[role="tab"]')];
    expect(tabs.map((tab) => tab.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1']);
    for (const tab of tabs) {
      const panel = $(`#${tab.getAttribute('aria-controls')}`)!;
      expect(panel.getAttribute('role')).toBe('tabpanel');
      expect(panel.hidden).toBe(tab.getAttribute('aria-selected') !== 'true');
    }
  });
});
