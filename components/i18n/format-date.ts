import type { DatePrecision, Lang } from '../../data/schema';
import { MESSAGES } from './messages';

/**
 * Month names, written out rather than asked of `Intl.DateTimeFormat`: the first formatter
 * a page builds loads the browser's date data in one native call, measured at 24 to 150 ms
 * (a long task at the first opening of a card). Two languages and three precisions need
 * no more than this; a test checks every month and day against `Intl`.
 */
const MONTHS: Record<Lang, readonly string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** A calendar date in the language's own order: "13 février 2024", "February 13, 2024". */
function calendarText(lang: Lang, precision: DatePrecision, year: number, month: number, day: number): string {
  if (precision === 'year') return String(year);
  const name = MONTHS[lang][month - 1] ?? '';
  if (precision === 'month') return `${name} ${year}`;
  return lang === 'fr' ? `${day} ${name} ${year}` : `${name} ${day}, ${year}`;
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
  const text = calendarText(lang, date.precision, year, month, day);
  return date.inferred || date.approximate ? `${MESSAGES[lang].about} ${text}` : text;
}
