import type { Source } from '../../data/schema';
import { SourceMeta } from '../source/SourceMeta';
import { useDeskMessages } from '../i18n/desk-messages';

interface SourceListProps {
  sources: readonly Source[];
  /** How many distinct passages of a source the dataset cites. */
  passages: (sourceId: string) => number;
  onOpen: (sourceId: string) => void;
}

/** The documents everything comes from, each with its metadata and a way into its full text. */
export function SourceList({ sources, passages, onOpen }: SourceListProps) {
  const messages = useDeskMessages();
  return (
    <ul class="ecl-source-list">
      {sources.map((source) => (
        <li key={source.id} class="ecl-source-item" data-source={source.id}>
          <SourceMeta source={source} />
          <div class="ecl-source-actions">
            <span class="ecl-muted">{messages.citedPassages(passages(source.id))}</span>
            <button
              type="button"
              class="ecl-button ecl-button-small"
              data-action="read-source"
              aria-label={messages.readFullTextLabel(source.title)}
              onClick={() => onOpen(source.id)}
            >
              {messages.readFullText}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
