import type { EntityHit } from '../../data/queries/search';
import { useLocale } from '../i18n/context';
import { useDeskMessages } from '../i18n/desk-messages';

interface EntityListProps {
  hits: readonly EntityHit[];
  onOpen: (entityId: string) => void;
}

/**
 * Entities as a list of buttons, each opening the entity's card: its name, its kind, and
 * the alias the search matched when it is not the name ("also “HDH”").
 */
export function EntityList({ hits, onOpen }: EntityListProps) {
  const { lang, messages } = useLocale();
  const desk = useDeskMessages();
  return (
    <ul class="ecl-entity-list">
      {hits.map(({ entity, alias }) => (
        <li key={entity.id}>
          <button type="button" class="ecl-entity-row" data-entity={entity.id} onClick={() => onOpen(entity.id)}>
            <span class="ecl-entity-name">{entity.name[lang]}</span>
            <span class="ecl-entity-kind">
              {messages.entityKinds[entity.kind]}
              {alias && <span class="ecl-entity-alias"> · {desk.aliasMatch(alias)}</span>}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
