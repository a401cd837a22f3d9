import type { DatePrecision, Lang } from '../../data/schema';
import { MESSAGES } from './messages';

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

/** One formatter per language and precision: building one loads locale data, which is slow. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lang: Lang, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, OPTIONS[precision]);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A date as precise as it is known, in the interface language: "13 février 2024",
 * "March 2021", "2018"; "vers" / "about" in front when inferred or vague.
 */
export function formatDate(
  date: { iso: string; precision: DatePrecision; inferred?: boolean; approximate?: boolean },
  lang: Lang,
): string {
  const [year = 1970, month = 1, day = 1] = date.iso.split('-').map(Number);
  const text = formatterFor(lang, date.precision).format(new Date(Date.UTC(year, month - 1, day)));
  return date.inferred || date.approximate ? `${MESSAGES[lang].about} ${text}` : text;
}
