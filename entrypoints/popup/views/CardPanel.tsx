import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Entity } from '../../../data/schema';
import type { DatasetIndex } from '../../../data/queries/lookup';
import { EntityCard } from '../../../components/card/EntityCard';
import { useDeskMessages } from '../../../components/i18n/desk-messages';

interface CardPanelProps {
  entity: Entity;
  index: DatasetIndex;
  onShowEntity: (entityId: string) => void;
  onClose: () => void;
  onOpenTimeline: (entityId: string) => void;
  onCopy: (text: string) => Promise<void>;
}

/**
 * The card a page shows, in the popup: the same component, laid flat in the panel. It
 * takes focus when it opens or changes entity, so a keyboard user lands in it; Escape
 * (when nothing inside took it, such as an open quote) goes back to the list.
 */
export function CardPanel({ entity, index, onShowEntity, onClose, onOpenTimeline, onCopy }: CardPanelProps) {
  const desk = useDeskMessages();
  const panel = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    // The panel keeps its top in view (the way back); focus goes into the card.
    panel.current?.scrollIntoView({ block: 'start' });
    panel.current?.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
  }, [entity.id]);
  return (
    <div
      class="ecl-card-panel"
      ref={panel}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <button type="button" class="ecl-back" onClick={onClose}>
        <span aria-hidden="true">← </span>
        {desk.backToList}
      </button>
      <EntityCard
        key={entity.id}
        entity={entity}
        entityOf={(id) => index.entity(id)}
        sourceOf={(id) => index.source(id)}
        onClose={onClose}
        onShowEntity={onShowEntity}
        onOpenTimeline={onOpenTimeline}
        onCopy={onCopy}
      />
    </div>
  );
}
