import { useMemo } from 'preact/hooks';
import type { Dataset } from '../../../data/schema';
import type { DatasetIndex } from '../../../data/queries/lookup';
import { citationsOf, sourceSegments, type Citer, type SourceSegment } from '../../../data/queries/source-segments';
import { useLocale } from '../../../components/i18n/context';
import { useDeskMessages } from '../../../components/i18n/desk-messages';
import { SourceList } from '../../../components/sources/SourceList';
import { SourceText } from '../../../components/sources/SourceText';

interface SourcesViewProps {
  dataset: Dataset;
  index: DatasetIndex;
  /** The source whose full text is open, or null for the list. */
  sourceId: string | null;
  onOpen: (sourceId: string | null) => void;
}

/** The documents, with their metadata; each opens its full text with the cited passages marked. */
export function SourcesView({ dataset, index, sourceId, onOpen }: SourcesViewProps) {
  const { lang } = useLocale();
  const desk = useDeskMessages();
  const segments = useMemo(
    () =>
      new Map<string, SourceSegment[]>(
        dataset.sources.map((source) => [source.id, sourceSegments(source, citationsOf(dataset, source.id))]),
      ),
    [dataset],
  );
  const events = useMemo(() => new Map(dataset.events.map((event) => [event.id, event])), [dataset]);
  const citerName = (citer: Citer) =>
    citer.kind === 'event'
      ? (events.get(citer.id)?.title[lang] ?? citer.id)
      : (index.entity(citer.id)?.name[lang] ?? citer.id);
  const source = sourceId ? index.source(sourceId) : undefined;

  if (source) {
    return (
      <SourceText
        source={source}
        segments={segments.get(source.id) ?? []}
        citerName={citerName}
        onBack={() => onOpen(null)}
      />
    );
  }
  return (
    <section class="ecl-view" data-view="sources">
      <h1 class="ecl-view-title">{desk.sourcesTitle}</h1>
      <p class="ecl-muted ecl-view-intro">{desk.sourcesIntro(dataset.sources.length)}</p>
      <SourceList
        sources={dataset.sources}
        passages={(id) => segments.get(id)?.filter((segment) => segment.kind === 'cited').length ?? 0}
        onOpen={(id) => onOpen(id)}
      />
    </section>
  );
}
