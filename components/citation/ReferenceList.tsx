import type { Citation, Source } from '../../data/schema';
import { useLocale } from '../i18n/context';

interface ReferenceListProps {
  citations: Citation[];
  /** Numbers shown on the buttons; defaults to 1, 2, 3… */
  numbers?: number[];
  sourceOf: (id: string) => Source | undefined;
  onOpen: (citation: Citation, opener: HTMLElement) => void;
}

/** Numbered references: each one a button that opens its quote in context. */
export function ReferenceList({ citations, numbers, sourceOf, onOpen }: ReferenceListProps) {
  const { messages } = useLocale();
  return (
    <span class="ecl-refs">
      {citations.map((citation, index) => {
        const number = numbers?.[index] ?? index + 1;
        const source = sourceOf(citation.source);
        return (
          <button
            type="button"
            class="ecl-ref"
            key={`${citation.source}:${citation.start}`}
            aria-label={messages.referenceLabel(number, source?.title ?? citation.source)}
            title={source?.title}
            onClick={(event) => onOpen(citation, event.currentTarget)}
          >
            {number}
          </button>
        );
      })}
    </span>
  );
}
