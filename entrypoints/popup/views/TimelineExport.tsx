import type { TimelineEvent } from '../../../data/schema';
import type { DatasetIndex } from '../../../data/queries/lookup';
import type { TimelineFilter } from '../../../data/queries/filter';
import { useLocale } from '../../../components/i18n/context';
import { ExportActions, type ExportFormat } from '../../../components/export/ExportActions';
import { exportFileName, timelineCsv, timelineMarkdown } from '../../../components/export/timeline-export';
import type { PopupServices } from '../services';

interface TimelineExportProps {
  /** The events shown, in the timeline's order. */
  events: readonly TimelineEvent[];
  filter: TimelineFilter;
  index: DatasetIndex;
  services: Pick<PopupServices, 'copy' | 'download'>;
}

const TYPES: Record<ExportFormat, string> = {
  markdown: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
};

/** The export of the filtered timeline: what the reader sees is what the file holds. */
export function TimelineExport({ events, filter, index, services }: TimelineExportProps) {
  const { lang } = useLocale();
  const markdown = () => timelineMarkdown(events, filter, index, lang);
  return (
    <ExportActions
      events={events.length}
      onDownload={(format) => {
        const name = exportFileName(filter, format === 'markdown' ? 'md' : 'csv');
        const text = format === 'markdown' ? markdown() : timelineCsv(events, index, lang);
        services.download({ name, type: TYPES[format], text });
        return name;
      }}
      onCopyMarkdown={() => services.copy(markdown())}
    />
  );
}
