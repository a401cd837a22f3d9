import { useMemo, useRef, useState } from 'preact/hooks';
import type { Citation, Dataset } from '../../data/schema';
import { DatasetIndex } from '../../data/queries/lookup';
import { LocaleContext, type Locale } from '../../components/i18n/context';
import { Timeline } from '../../components/timeline/Timeline';
import { SourceViewer } from '../../components/source/SourceViewer';

interface PopupAppProps {
  dataset: Dataset;
  locale: Locale;
}

/** The toolbar popup: the whole affair as a sourced timeline. */
export function PopupApp({ dataset, locale }: PopupAppProps) {
  const index = useMemo(() => new DatasetIndex(dataset), [dataset]);
  const [open, setOpen] = useState<Citation | null>(null);
  // The reference that opened the viewer gets focus back when it closes.
  const opener = useRef<HTMLElement | null>(null);
  const source = open ? index.source(open.source) : undefined;
  const { messages } = locale;

  const close = () => {
    setOpen(null);
    opener.current?.focus();
  };

  return (
    <LocaleContext.Provider value={locale}>
      <div class="ecl-popup">
        <header class="ecl-popup-header">
          <h1>{messages.timelineTitle}</h1>
          <p class="ecl-muted">{messages.timelineIntro(dataset.events.length, dataset.sources.length)}</p>
        </header>
        <main>
          <Timeline
            events={dataset.events}
            entityOf={(id) => index.entity(id)}
            sourceOf={(id) => index.source(id)}
            onOpenCitation={(citation, element) => {
              opener.current = element;
              setOpen(citation);
            }}
          />
        </main>
        {open && source && (
          <div class="ecl-sheet">
            <SourceViewer source={source} citation={open} onClose={close} />
          </div>
        )}
      </div>
    </LocaleContext.Provider>
  );
}
