import type { Lang } from '../../data/schema';

/** A count as the interface language writes it: "1 234" in French, "1,234" in English. */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang).format(value);
}

/** The two forms of a countable phrase; `#` stands for the formatted number. */
export interface PluralForms {
  one: string;
  other: string;
}

/**
 * The phrase for a count, by the language's plural rules: French says "0 mention" and
 * "1 mention" (both singular), English "0 mentions". Categories other than `one` (French
 * has `many` for round millions) take the `other` form.
 */
export function plural(value: number, lang: Lang, forms: PluralForms): string {
  const category = new Intl.PluralRules(lang).select(value);
  return (category === 'one' ? forms.one : forms.other).replace('#', formatNumber(value, lang));
}
