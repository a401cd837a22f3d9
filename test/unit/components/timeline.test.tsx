import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { Timeline } from '../../../components/timeline/Timeline';
import { SourceViewer } from '../../../components/source/SourceViewer';
import { LocaleContext, localeFor } from '../../../components/i18n/context';
import { DatasetIndex } from '../../../data/queries/lookup';
import { smallDataset } from './fixtures';

const index = new DatasetIndex(smallDataset);

function renderTimeline(lang: 'fr' | 'en', onOpenCitation = vi.fn()) {
  return render(
    <LocaleContext.Provider value={localeFor(lang)}>
      <Timeline
        events={smallDataset.events}
        entityOf={(id) => index.entity(id)}
        sourceOf={(id) => index.source(id)}
        onOpenCitation={onOpenCitation}
      />
    </LocaleContext.Provider>,
  );
}

afterEach(cleanup);

describe('Timeline', () => {
  it('renders events oldest first under their year, with numbered references', () => {
    const { container } = renderTimeline('en');
    const headings = [...container.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['2018', '2023']);
    const events = [...container.querySelectorAll('[data-event]')].map((e) => e.getAttribute('data-event'));
    expect(events).toEqual(['earlier', 'later']);
    const refs = [...container.querySelectorAll('[data-event="earlier"] .ecl-ref')];
    expect(refs.map((r) => r.textContent)).toEqual(['1', '2']);
    expect(refs[0]!.getAttribute('aria-label')).toBe('Reference 1: Un article');
  });

  it('says "vers" on an inferred date and explains it, in French', () => {
    const { container } = renderTimeline('fr');
    const later = container.querySelector('[data-event="later"]')!;
    expect(later.querySelector('time')!.textContent).toBe('vers décembre 2023');
    expect(later.querySelector('.ecl-inferred')!.textContent).toBe('Date déduite : Déduit.');
    expect(later.querySelector('.ecl-chip')!.textContent).toBe('CNIL');
  });

  it('renders dataset text as text, never as markup', () => {
    const hostile = structuredClone(smallDataset);
    hostile.events[0]!.title.en = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <Timeline
        events={hostile.events}
        entityOf={() => undefined}
        sourceOf={() => undefined}
        onOpenCitation={vi.fn()}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('asks to open the citation of the activated reference', () => {
    const open = vi.fn();
    const { container } = renderTimeline('en', open);
    fireEvent.click(container.querySelectorAll('[data-event="earlier"] .ecl-ref')[1]!);
    expect(open).toHaveBeenCalledWith(smallDataset.events[1]!.citations[1], expect.anything());
  });
});

describe('SourceViewer', () => {
  it('shows the quote highlighted in its context with the source metadata, and closes on Escape', () => {
    const onClose = vi.fn();
    const citation = smallDataset.events[0]!.citations[0]!;
    const { container } = render(
      <LocaleContext.Provider value={localeFor('fr')}>
        <SourceViewer source={smallDataset.sources[0]!} citation={citation} onClose={onClose} />
      </LocaleContext.Provider>,
    );
    expect(container.querySelector('mark')!.textContent).toBe('La CNIL a autorisé EMC2.');
    expect(container.querySelector('blockquote')!.textContent).toContain('permet des injonctions. La CNIL');
    expect(container.textContent).toContain('Article de presse');
    expect(container.textContent).toContain('Le Média');
    expect(container.textContent).toContain('4 mars 2024');
    fireEvent.keyDown(container.querySelector('.ecl-source-viewer')!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });
});
