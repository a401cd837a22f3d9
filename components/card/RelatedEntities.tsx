import { useId } from 'preact/hooks';
import type { Entity } from '../../data/schema';
import { useLocale } from '../i18n/context';
import { useCardMessages } from '../i18n/card-messages';

interface RelatedEntitiesProps {
  related: readonly string[];
  entityOf: (id: string) => Entity | undefined;
  /** Shows that entity's card in place of this one. */
  onShowEntity: (id: string) => void;
}

/**
 * The entities a reader would want next. Each is a button, not a link: it replaces the
 * card's content, it does not navigate. Ids the dataset does not know are left out.
 */
export function RelatedEntities({ related, entityOf, onShowEntity }: RelatedEntitiesProps) {
  const { lang } = useLocale();
  const messages = useCardMessages();
  const headingId = useId();
  const entities = related.map(entityOf).filter((entity): entity is Entity => entity !== undefined);
  if (entities.length === 0) return null;
  return (
    <section class="ecl-card-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{messages.relatedHeading}</h3>
      <ul class="ecl-related">
        {entities.map((entity) => (
          <li key={entity.id}>
            <button
              type="button"
              class="ecl-related-entity"
              data-entity={entity.id}
              aria-label={messages.showRelated(entity.name[lang])}
              onClick={() => onShowEntity(entity.id)}
            >
              {entity.name[lang]}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
