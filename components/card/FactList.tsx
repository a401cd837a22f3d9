import { useId } from 'preact/hooks';
import type { Entity, Source } from '../../data/schema';
import { useLocale } from '../i18n/context';
import { formatDate } from '../i18n/format-date';
import { useCardMessages } from '../i18n/card-messages';
import { Statement } from './Statement';
import { ReferenceViewer } from './ReferenceViewer';
import type { OpenReferenceState } from './use-open-reference';

interface FactListProps {
  entity: Entity;
  sourceOf: (id: string) => Source | undefined;
  references: OpenReferenceState;
}

/**
 * The entity's key facts, each with its date as precise as the sources make it ("about"
 * when inferred or vague, the reason as a tooltip) and its numbered references.
 * Catalogue order is kept: it is the reading order the reference numbers follow.
 */
export function FactList({ entity, sourceOf, references }: FactListProps) {
  const { lang } = useLocale();
  const messages = useCardMessages();
  const headingId = useId();
  if (entity.facts.length === 0) return null;
  return (
    <section class="ecl-card-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{messages.factsHeading}</h3>
      <ul class="ecl-facts">
        {entity.facts.map((fact, index) => {
          const place = `fact-${index}`;
          return (
            <li key={place} class="ecl-fact">
              {fact.date && (
                <time class="ecl-fact-date" dateTime={fact.date.iso} title={fact.date.reason?.[lang]}>
                  {formatDate(fact.date, lang)}
                </time>
              )}
              <Statement
                statement={fact}
                citations={entity.citations}
                sourceOf={sourceOf}
                onOpenRef={(ref, opener) => references.toggle(place, ref, opener)}
              />
              <ReferenceViewer
                place={place}
                open={references.open}
                citations={entity.citations}
                sourceOf={sourceOf}
                onClose={references.close}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
