import type { Source } from '../../data/schema';
import { useLocale } from '../i18n/context';
import { formatDate } from '../i18n/format-date';

/** What a reader needs to judge a source: its kind, who published it, when. */
export function SourceMeta({ source }: { source: Source }) {
  const { lang, messages } = useLocale();
  const rows: [string, string][] = [[messages.published, formatDate(source.published, lang)]];
  if (source.outlet) rows.push([messages.outlet, source.outlet]);
  if (source.author) rows.push([messages.author, source.author]);
  if (source.reference) rows.push([messages.reference, source.reference]);
  return (
    <div class="ecl-source-meta">
      <p class="ecl-source-kind">{messages.sourceKinds[source.kind]}</p>
      <p class="ecl-source-title">
        {source.title}
        {!source.titleGiven && <span class="ecl-muted"> ({messages.titleDescribed})</span>}
      </p>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {source.published.inferred && source.published.reason && (
        <p class="ecl-inferred">
          {messages.inferredDate}
          {lang === 'fr' ? ' : ' : ': '}
          {source.published.reason[lang]}
        </p>
      )}
    </div>
  );
}
