import type { Entity, Lang, TimelineEvent } from '../schema';
import { foldForSearch, hasWordPrefix, haystack, searchTerms } from './fold';

/** A field of an entity that search reads, and how much a match there counts. */
interface WeightedField {
  hay: string;
  weight: number;
}

/** Names and aliases say what an entity is; its summary only mentions things. */
const NAME_WEIGHT = 3;
const SUMMARY_WEIGHT = 1;
/** A query that is a whole name or alias ("hdh", "cnil") puts that entity first. */
const EXACT_BONUS = 10;

export interface EntityHit {
  entity: Entity;
  /** The alias the query matched, when it is not the displayed name ("HDH"). */
  alias?: string;
}

/**
 * Searches entities by name (both languages), any alias, and their summary, accents and
 * letter case aside. Every word of the query must start a word somewhere; hits on names
 * and aliases rank above hits in summaries. Built once per entity list: folding is done
 * up front, so each keystroke only compares strings.
 */
export function createEntitySearch(entities: readonly Entity[]): (query: string, lang: Lang) => EntityHit[] {
  const prepared = entities.map((entity) => {
    const names = [entity.name.fr, entity.name.en, ...entity.aliases.map((alias) => alias.text)];
    const fields: WeightedField[] = [
      ...names.map((name) => ({ hay: haystack(name), weight: NAME_WEIGHT })),
      { hay: haystack(entity.summary.fr, entity.summary.en), weight: SUMMARY_WEIGHT },
    ];
    return { entity, fields, folded: names.map(foldForSearch) };
  });
  return (query, lang) => {
    const terms = searchTerms(query);
    const collator = new Intl.Collator(lang, { sensitivity: 'base' });
    const byName = (a: Entity, b: Entity) => collator.compare(a.name[lang], b.name[lang]);
    if (terms.length === 0) return [...entities].sort(byName).map((entity) => ({ entity }));
    const whole = terms.join(' ');
    const scored: { hit: EntityHit; score: number }[] = [];
    for (const { entity, fields, folded } of prepared) {
      let score = 0;
      for (const term of terms) {
        const best = Math.max(0, ...fields.filter((f) => hasWordPrefix(f.hay, term)).map((f) => f.weight));
        if (best === 0) {
          score = 0;
          break;
        }
        score += best;
      }
      if (score === 0) continue;
      if (folded.includes(whole)) score += EXACT_BONUS;
      scored.push({ hit: { entity, alias: matchedAlias(entity, terms, lang) }, score });
    }
    return scored.sort((a, b) => b.score - a.score || byName(a.hit.entity, b.hit.entity)).map(({ hit }) => hit);
  };
}

/** The first alias that holds every term, when the displayed name does not. */
function matchedAlias(entity: Entity, terms: readonly string[], lang: Lang): string | undefined {
  const holdsAll = (text: string) => {
    const hay = haystack(text);
    return terms.every((term) => hasWordPrefix(hay, term));
  };
  if (holdsAll(entity.name[lang])) return undefined;
  return entity.aliases.find((alias) => holdsAll(alias.text))?.text;
}

/**
 * Full-text search over events: titles and descriptions in both languages, the date, the
 * names and aliases of the entities involved, and the quotes that back the event (so a
 * word only the source uses, "Légifrance", still finds it). Every query word must start a
 * word somewhere in that text.
 */
export function createEventSearch(
  events: readonly TimelineEvent[],
  entityOf: (id: string) => Entity | undefined,
): (query: string) => (event: TimelineEvent) => boolean {
  const hays = new Map(
    events.map((event) => {
      const involved = event.entities.flatMap((id) => {
        const entity = entityOf(id);
        return entity ? [entity.name.fr, entity.name.en, ...entity.aliases.map((alias) => alias.text)] : [];
      });
      const texts = [event.title.fr, event.title.en, event.description.fr, event.description.en, event.date];
      return [event.id, haystack(...texts, ...involved, ...event.citations.map((c) => c.quote))];
    }),
  );
  return (query) => {
    const terms = searchTerms(query);
    return (event) => {
      const hay = hays.get(event.id) ?? haystack(event.title.fr, event.title.en);
      return terms.every((term) => hasWordPrefix(hay, term));
    };
  };
}
