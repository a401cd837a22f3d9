import type { Entity } from '../schema';
import type { CompileContext } from './context';
import { aliasKey } from '../text/alias-key';

/**
 * Two entities may claim the same alias only when both declare it ambiguous: otherwise a
 * page's mention would silently go to whichever entity the matcher met first.
 */
export function checkAliasClaims(entities: Entity[], context: CompileContext): void {
  const claims = new Map<string, { entity: string; ambiguous: boolean }>();
  for (const entity of entities) {
    entity.aliases.forEach((alias, index) => {
      const key = aliasKey(alias.text, alias.caseSensitive);
      const previous = claims.get(key);
      if (!previous) {
        claims.set(key, { entity: entity.id, ambiguous: alias.ambiguous });
      } else if (previous.entity !== entity.id && !(previous.ambiguous && alias.ambiguous)) {
        context.report(
          `entity "${entity.id}"`,
          `aliases[${index}]`,
          `alias also claimed by entity "${previous.entity}"; declare it ambiguous on both or keep one`,
          alias.text,
        );
      }
    });
  }
}
