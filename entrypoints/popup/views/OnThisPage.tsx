import { useLocale } from '../../../components/i18n/context';
import { useDeskMessages } from '../../../components/i18n/desk-messages';
import { formatNumber } from '../../../components/i18n/format-number';
import { useStatus } from '../../../components/export/use-status';
import type { DatasetIndex } from '../../../data/queries/lookup';
import type { Entity } from '../../../data/schema';
import type { Settings } from '../../../settings/schema';
import type { SettingsChange } from '../../../components/settings/use-settings';
import { highlightsOn, setSite } from '../../../components/settings/site-toggle';
import type { PageState } from '../use-page';
import { PageStateView } from './PageStates';

interface OnThisPageProps {
  page: PageState;
  settings: Settings;
  index: DatasetIndex;
  onScrollTo: (entityId: string) => Promise<boolean>;
  onOpenCard: (entityId: string) => void;
  onChangeSettings: (change: SettingsChange) => void;
}

/** The entities the active tab mentions, most mentioned first; each takes the reader to its first mention. */
export function OnThisPage({ page, settings, index, onScrollTo, onOpenCard, onChangeSettings }: OnThisPageProps) {
  const { lang, messages } = useLocale();
  const desk = useDeskMessages();
  const [status, show] = useStatus();
  const heading = <h1 class="ecl-view-title">{desk.pageTitle}</h1>;

  if (page.status === 'probing') return <PageStateView heading={heading} text={desk.pageProbing} busy />;
  if (page.status === 'unsupported') {
    return (
      <PageStateView
        heading={heading}
        title={desk.pageUnsupportedTitle}
        text={desk.pageUnsupportedText}
        state="unsupported"
      />
    );
  }
  if (!highlightsOn(settings, page.host)) {
    const everywhere = !settings.enabled;
    return (
      <PageStateView
        heading={heading}
        title={everywhere ? desk.pageOffEverywhere : desk.pageOffSite(page.host)}
        state="off"
        action={{
          label: everywhere ? desk.turnOnEverywhere : desk.turnOnSite,
          run: () => onChangeSettings(everywhere ? { enabled: true } : setSite(settings, page.host, true)),
        }}
      />
    );
  }
  const rows = Object.entries(page.counts)
    .map(([id, count]) => ({ entity: index.entity(id), count }))
    .filter((row): row is { entity: Entity; count: number } => row.entity !== undefined && row.count > 0)
    .sort((a, b) => b.count - a.count || a.entity.name[lang].localeCompare(b.entity.name[lang], lang));
  if (rows.length === 0) {
    return (
      <PageStateView
        heading={heading}
        title={desk.pageEmptyTitle}
        text={desk.pageEmptyText(index.dataset.entities.length)}
        state="empty"
      />
    );
  }
  const mentions = rows.reduce((sum, row) => sum + row.count, 0);
  const scroll = (entity: Entity) =>
    void onScrollTo(entity.id).then((found) =>
      show(found ? desk.scrolled(entity.name[lang]) : desk.scrollMissing(entity.name[lang])),
    );

  return (
    <section class="ecl-view" data-view="page">
      {heading}
      <p class="ecl-muted ecl-view-intro">
        {desk.pageSummary(rows.length, mentions)}. {desk.scrollHint}
      </p>
      <ul class="ecl-mentions">
        {rows.map(({ entity, count }) => (
          <li key={entity.id} class="ecl-mention" data-entity={entity.id}>
            <button
              type="button"
              class="ecl-mention-go"
              data-action="scroll-to"
              aria-label={desk.scrollToLabel(entity.name[lang])}
              onClick={() => scroll(entity)}
            >
              <span class="ecl-entity-name">{entity.name[lang]}</span>
              <span class="ecl-entity-kind">{messages.entityKinds[entity.kind]}</span>
            </button>
            <span class="ecl-mention-count" data-count={count} title={desk.mentions(count)}>
              <span aria-hidden="true">{formatNumber(count, lang)}</span>
              <span class="ecl-visually-hidden">{desk.mentions(count)}</span>
            </span>
            <button
              type="button"
              class="ecl-button ecl-button-small"
              data-entity={entity.id}
              aria-label={desk.openCardLabel(entity.name[lang])}
              onClick={() => onOpenCard(entity.id)}
            >
              {desk.openCard}
            </button>
          </li>
        ))}
      </ul>
      <p class="ecl-status" role="status">
        {status}
      </p>
    </section>
  );
}
