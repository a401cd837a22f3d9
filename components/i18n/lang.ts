import type { Lang } from '../../data/schema';

/**
 * The interface language for a browser language tag ("fr-CA" → French): French for any
 * French locale, English for everything else. Apart from `context.ts`, so that the content
 * script, which renders nothing, does not bring Preact along for it.
 */
export function langFromTag(tag: string | undefined): Lang {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
