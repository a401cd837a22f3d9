import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Citation, Source } from '../../data/schema';
import { quoteInContext } from '../../data/queries/quote-context';
import { useLocale } from '../i18n/context';
import { SourceMeta } from './SourceMeta';

interface SourceViewerProps {
  source: Source;
  citation: Citation;
  onClose: () => void;
}

/**
 * A cited passage inside the text around it, with the source's metadata. It takes focus
 * when it opens, so keyboard and screen-reader users land on it; Escape closes it.
 */
export function SourceViewer({ source, citation, onClose }: SourceViewerProps) {
  const { messages } = useLocale();
  const region = useRef<HTMLElement>(null);
  const excerpt = quoteInContext(source, citation);

  // A layout effect runs in the same task as the click that opened the quote: a key pressed
  // right after it (Escape, Tab) already lands here, even on a machine too busy to paint.
  useLayoutEffect(() => {
    region.current?.focus();
  }, [citation]);

  return (
    <section
      class="ecl-source-viewer"
      role="region"
      aria-label={messages.quoteInContext}
      tabIndex={-1}
      ref={region}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          // Handled here: neither the page's own dialog nor the card should close as well.
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="ecl-source-viewer-head">
        <h2>{messages.quoteInContext}</h2>
        <button type="button" class="ecl-close" onClick={onClose}>
          {messages.closeSource}
        </button>
      </div>
      <blockquote class="ecl-excerpt" lang={source.language}>
        {excerpt.clippedStart && '… '}
        {excerpt.before}
        <mark>{excerpt.quote}</mark>
        {excerpt.after}
        {excerpt.clippedEnd && ' …'}
      </blockquote>
      <SourceMeta source={source} />
    </section>
  );
}
