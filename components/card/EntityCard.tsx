import { Fragment } from 'preact';
import { useId } from 'preact/hooks';
import type { Entity, Source } from '../../data/schema';
import { useLocale } from '../i18n/context';
import { useCardMessages } from '../i18n/card-messages';
import { CardHeader } from './CardHeader';
import { Statement } from './Statement';
import { ReferenceViewer } from './ReferenceViewer';
import { FactList } from './FactList';
import { RelatedEntities } from './RelatedEntities';
import { CopyWithSources } from './CopyWithSources';
import { useOpenReference } from './use-open-reference';

export interface EntityCardProps {
  entity: Entity;
  /** A line on how to reach the card from the keyboard, when the reader cannot guess it. */
  keyHint?: string;
  entityOf: (id: string) => Entity | undefined;
  sourceOf: (id: string) => Source | undefined;
  onClose: () => void;
  /** A related entity was activated: show its card instead. */
  onShowEntity: (id: string) => void;
  /** Open the full timeline, filtered on this entity. */
  onOpenTimeline: (id: string) => void;
  /** Write text to the clipboard. */
  onCopy: (text: string) => Promise<void>;
}

/**
 * The sourced card of one entity: a labelled, non-modal dialog. It only renders: where it
 * sits, when it opens and how it reaches the clipboard are its host's business. Give it a
 * `key` of the entity id, so an open reference does not survive a change of entity.
 */
export function EntityCard({
  entity,
  keyHint,
  entityOf,
  sourceOf,
  onClose,
  onShowEntity,
  onOpenTimeline,
  onCopy,
}: EntityCardProps) {
  const { lang } = useLocale();
  const messages = useCardMessages();
  const titleId = useId();
  const references = useOpenReference();
  return (
    <div
      class="ecl-card ecl-root"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      lang={lang}
      data-entity={entity.id}
    >
      <CardHeader entity={entity} sourceOf={sourceOf} titleId={titleId} onClose={onClose} />
      {keyHint && <p class="ecl-card-key-hint ecl-muted">{keyHint}</p>}
      <div class="ecl-card-body">
        <div class="ecl-card-section">
          <p class="ecl-card-summary">
            {entity.sentences.map((sentence, index) => (
              <Fragment key={index}>
                {index > 0 && ' '}
                <Statement
                  statement={sentence}
                  citations={entity.citations}
                  sourceOf={sourceOf}
                  onOpenRef={(ref, opener) => references.toggle('summary', ref, opener)}
                />
              </Fragment>
            ))}
          </p>
          <ReferenceViewer
            place="summary"
            open={references.open}
            citations={entity.citations}
            sourceOf={sourceOf}
            onClose={references.close}
          />
        </div>
        <FactList entity={entity} sourceOf={sourceOf} references={references} />
        <RelatedEntities related={entity.related} entityOf={entityOf} onShowEntity={onShowEntity} />
      </div>
      <footer class="ecl-card-footer">
        <button type="button" class="ecl-button ecl-timeline-link" onClick={() => onOpenTimeline(entity.id)}>
          {messages.timelineLink}
        </button>
        <CopyWithSources entity={entity} sourceOf={sourceOf} onCopy={onCopy} />
      </footer>
    </div>
  );
}
