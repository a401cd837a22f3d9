import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { EntityCard, type EntityCardProps } from '../../../components/card/EntityCard';
import { LocaleContext, localeFor } from '../../../components/i18n/context';
import { formatForCopy } from '../../../components/card/copy-format';
import type { Entity } from '../../../data/schema';
import { cloudAct, entityOf, sourceOf } from './card-fixture';

function renderCard(lang: 'fr' | 'en' = 'en', entity: Entity = cloudAct, props: Partial<EntityCardProps> = {}) {
  const callbacks = {
    onClose: vi.fn(),
    onShowEntity: vi.fn(),
    onOpenTimeline: vi.fn(),
    onCopy: vi.fn<(text: string) => Promise<void>>(() => Promise.resolve()),
    ...props,
  };
  const view = render(
    <LocaleContext.Provider value={localeFor(lang)}>
      <EntityCard entity={entity} entityOf={entityOf} sourceOf={sourceOf} {...callbacks} />
    </LocaleContext.Provider>,
  );
  const dialog = view.container.querySelector('[role="dialog"]') as HTMLElement;
  return { ...view, ...callbacks, dialog };
}

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent);

afterEach(cleanup);

describe('EntityCard', () => {
  it('is a dialog labelled by the entity name, with its kind and how recent its sources are', () => {
    const { dialog } = renderCard();
    const title = dialog.querySelector(`#${CSS.escape(dialog.getAttribute('aria-labelledby')!)}`);
    expect(title?.textContent).toBe('CLOUD Act');
    expect(dialog.querySelector('.ecl-card-kind')!.textContent).toBe('Law');
    expect(dialog.querySelector('.ecl-card-recency')!.textContent).toBe('Sources up to March 2024');
    expect(dialog.querySelector('.ecl-card-recency time')!.getAttribute('datetime')).toBe('2024-03-04');
    expect(dialog.getAttribute('lang')).toBe('en');
  });

  it('numbers every statement’s references by the entity’s reading order', () => {
    const { dialog } = renderCard();
    expect(dialog.querySelector('.ecl-card-summary')!.textContent).toBe('A 2018 US law. 1 It worries. 12');
    const statements = [...dialog.querySelectorAll('.ecl-statement')];
    expect(statements.map((s) => texts(s, '.ecl-ref'))).toEqual([['1'], ['1', '2'], ['3'], ['4']]);
    expect(dialog.querySelector('.ecl-ref')!.getAttribute('aria-label')).toBe('Reference 1: Un article');
  });

  it('lists the key facts with their dates, as precise as known', () => {
    const { dialog } = renderCard();
    const facts = [...dialog.querySelectorAll('.ecl-fact')];
    expect(facts).toHaveLength(2);
    expect(facts[0]!.querySelector('time')!.textContent).toBe('March 2018');
    expect(facts[0]!.querySelector('time')!.getAttribute('datetime')).toBe('2018-03');
    expect(facts[1]!.querySelector('time')).toBeNull();
    expect(facts[1]!.textContent).toContain('Microsoft answers.');
  });

  it('opens a reference’s quote in its context under the statement, and closes it', async () => {
    const { dialog } = renderCard();
    const fact = dialog.querySelectorAll('.ecl-fact')[1]!;
    const ref = fact.querySelector('.ecl-ref') as HTMLButtonElement;
    fireEvent.click(ref);
    const viewer = fact.querySelector('.ecl-source-viewer')!;
    expect(viewer.querySelector('mark')!.textContent).toBe('Microsoft répond [sic] *vite*.');
    expect(viewer.querySelector('.ecl-excerpt')!.textContent).toContain('Paris (AFP) - Le Cloud Act inquiète.');
    expect(viewer.querySelector('.ecl-source-kind')!.textContent).toBe('Wire story');
    expect(viewer.textContent).toContain('AFP');
    expect(dialog.querySelectorAll('.ecl-source-viewer')).toHaveLength(1);
    fireEvent.click(viewer.querySelector('.ecl-close')!);
    expect(dialog.querySelector('.ecl-source-viewer')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(ref));
  });

  it('opens the same citation under the summary or under a fact, where it was clicked', () => {
    const { dialog } = renderCard();
    fireEvent.click(dialog.querySelector('.ecl-card-summary .ecl-ref')!);
    expect(dialog.querySelector('.ecl-card-summary + .ecl-card-reference')).not.toBeNull();
    fireEvent.click(dialog.querySelector('.ecl-fact .ecl-ref')!);
    expect(dialog.querySelectorAll('.ecl-source-viewer')).toHaveLength(1);
    expect(dialog.querySelector('.ecl-fact .ecl-source-viewer')).not.toBeNull();
  });

  it('shows related entities the dataset knows; activating one asks for its card', () => {
    const { dialog, onShowEntity } = renderCard();
    const related = [...dialog.querySelectorAll<HTMLButtonElement>('.ecl-related-entity')];
    expect(related.map((button) => button.textContent)).toEqual(['CNIL']);
    expect(related[0]!.getAttribute('aria-label')).toBe('Show the card: CNIL');
    fireEvent.click(related[0]!);
    expect(onShowEntity).toHaveBeenCalledWith('cnil');
  });

  it('opens the timeline filtered on the entity, and closes', () => {
    const { dialog, onOpenTimeline, onClose } = renderCard();
    fireEvent.click(dialog.querySelector('.ecl-timeline-link')!);
    expect(onOpenTimeline).toHaveBeenCalledWith('cloud-act');
    const close = dialog.querySelector('.ecl-card-close')!;
    expect(close.getAttribute('aria-label')).toBe('Close the card');
    fireEvent.click(close);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('copies the summary with its sources as text or Markdown, and says so', async () => {
    const { dialog, onCopy } = renderCard();
    const [text, markdown] = [...dialog.querySelectorAll<HTMLButtonElement>('.ecl-copy button')];
    const expected = formatForCopy(cloudAct, sourceOf, 'en');
    fireEvent.click(text!);
    expect(onCopy).toHaveBeenLastCalledWith(expected.text);
    await waitFor(() => expect(dialog.querySelector('[role="status"]')!.textContent).toBe('Copied to the clipboard'));
    fireEvent.click(markdown!);
    expect(onCopy).toHaveBeenLastCalledWith(expected.markdown);
    expect(dialog.querySelector('.ecl-copy')!.getAttribute('role')).toBe('group');
  });

  it('says when copying failed', async () => {
    const { dialog } = renderCard('en', cloudAct, { onCopy: () => Promise.reject(new Error('denied')) });
    fireEvent.click(dialog.querySelector('.ecl-copy button')!);
    await waitFor(() => expect(dialog.querySelector('[role="status"]')!.textContent).toBe('Copying failed'));
  });

  it('shows a key hint under its header only when given one', () => {
    expect(renderCard().dialog.querySelector('.ecl-card-key-hint')).toBeNull();
    cleanup();
    const { dialog } = renderCard('en', cloudAct, { keyHint: 'Alt + ↓ to enter the card' });
    const hint = dialog.querySelector('.ecl-card-key-hint');
    expect(hint?.textContent).toBe('Alt + ↓ to enter the card');
    expect(hint?.previousElementSibling?.matches('.ecl-card-header, header')).toBe(true);
  });

  it('speaks French', () => {
    const { dialog } = renderCard('fr');
    expect(dialog.querySelector('.ecl-card-name')!.textContent).toBe('Cloud Act');
    expect(dialog.querySelector('.ecl-card-kind')!.textContent).toBe('Loi');
    expect(dialog.querySelector('.ecl-card-recency')!.textContent).toBe('Sources jusqu’à mars 2024');
    expect(dialog.querySelector('.ecl-card-summary')!.textContent).toContain('Loi américaine de 2018.');
    expect(texts(dialog, 'h3')).toEqual(['Faits clés', 'Voir aussi']);
    expect(dialog.querySelector('.ecl-timeline-link')!.textContent).toBe('Voir dans la chronologie');
    expect(dialog.getAttribute('lang')).toBe('fr');
  });

  it('renders dataset text as text, never as markup', () => {
    const hostile = structuredClone(cloudAct);
    hostile.name.en = '<img src=x onerror=alert(1)>';
    hostile.sentences[0]!.text.en = '<script>alert(1)</script>';
    hostile.facts[0]!.text.en = '<b>bold</b>';
    const { dialog } = renderCard('en', hostile);
    expect(dialog.querySelector('img, script, b')).toBeNull();
    expect(dialog.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(dialog.textContent).toContain('<script>alert(1)</script>');
  });

  it('leaves out empty sections', () => {
    const bare = { ...cloudAct, facts: [], related: [] };
    const { dialog } = renderCard('en', bare);
    expect(dialog.querySelector('.ecl-facts')).toBeNull();
    expect(dialog.querySelector('.ecl-related')).toBeNull();
  });
});
