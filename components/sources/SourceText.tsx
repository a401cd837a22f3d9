import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Source } from '../../data/schema';
import type { Citer, SourceSegment } from '../../data/queries/source-segments';
import { SourceMeta } from '../source/SourceMeta';
import { useDeskMessages } from '../i18n/desk-messages';
import { useLocale } from '../i18n/context';

interface SourceTextProps {
  source: Source;
  segments: readonly SourceSegment[];
  /** The name of what cites a passage: an event's title, an entity's name. */
  citerName: (citer: Citer) => string;
  onBack: () => void;
}

/**
 * A source's whole text, byte for byte, with every passage the dataset cites marked (and
 * what cites it as the mark's tooltip), and its furniture and reader comments set apart,
 * since nothing is ever cited from them. Focus lands on the heading when it opens.
 */
export function SourceText({ source, segments, citerName, onBack }: SourceTextProps) {
  const messages = useDeskMessages();
  const { lang } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), [source.id]);
  return (
    <article class="ecl-fulltext-view" data-source={source.id}>
      <button type="button" class="ecl-back" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {messages.backToSources}
      </button>
      <h1 class="ecl-view-title" tabIndex={-1} ref={heading}>
        {messages.fullTextHeading}
      </h1>
      <SourceMeta source={source} />
      <p class="ecl-legend">
        <mark>{messages.citedLegend}</mark>
      </p>
      <div class="ecl-fulltext" lang={source.language}>
        {segments.map((segment) => {
          if (segment.kind === 'text') return segment.text;
          if (segment.kind === 'cited') {
            const names = segment.citers.map(citerName).join(' · ');
            return (
              <mark key={segment.start} class="ecl-cited" data-start={segment.start} title={messages.citedBy(names)}>
                {segment.text}
              </mark>
            );
          }
          return (
            <span key={segment.start} class="ecl-uncitable" data-kind={segment.kind}>
              <span class="ecl-uncitable-label" lang={lang}>
                {segment.kind === 'furniture' ? messages.furniture : messages.comments}
              </span>
              {segment.text}
            </span>
          );
        })}
      </div>
    </article>
  );
}
