import type { Entity, Source } from '../../data/schema';
import { useLocale } from '../i18n/context';
import { formatDate } from '../i18n/format-date';
import { useCardMessages } from '../i18n/card-messages';
import { newestSourceDate, recencyDisplayDate } from './recency';

interface CardHeaderProps {
  entity: Entity;
  sourceOf: (id: string) => Source | undefined;
  /** Id for the name, which labels the dialog. */
  titleId: string;
  onClose: () => void;
}

/**
 * What the card is about (kind, name) and how old its knowledge is. The recency line sits
 * at the top, before any statement, so it is read before the summary is.
 */
export function CardHeader({ entity, sourceOf, titleId, onClose }: CardHeaderProps) {
  const { lang, messages } = useLocale();
  const card = useCardMessages();
  const newest = newestSourceDate(entity.citations, sourceOf);
  return (
    <header class="ecl-card-header">
      <div class="ecl-card-heading">
        <p class="ecl-card-kind">{messages.entityKinds[entity.kind]}</p>
        <h2 id={titleId} class="ecl-card-name">
          {entity.name[lang]}
        </h2>
        {newest && (
          <p class="ecl-card-recency" title={card.recencyHint}>
            <time dateTime={newest.iso}>{card.sourcesUpTo(formatDate(recencyDisplayDate(newest), lang))}</time>
          </p>
        )}
      </div>
      <button type="button" class="ecl-card-close" aria-label={card.close} title={card.close} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </header>
  );
}
