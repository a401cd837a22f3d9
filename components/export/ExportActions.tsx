import { useId } from 'preact/hooks';
import { useExportMessages } from '../i18n/export-messages';
import { useStatus } from './use-status';

export type ExportFormat = 'markdown' | 'csv';

interface ExportActionsProps {
  /** How many events the export holds: the ones the filters show. */
  events: number;
  /** Downloads the file; returns its name, for the status line. */
  onDownload: (format: ExportFormat) => string;
  /** Copies the Markdown export; rejects when the browser refuses. */
  onCopyMarkdown: () => Promise<void>;
}

/**
 * "Export": the events shown, with their sources, as a Markdown or CSV file, or the
 * Markdown on the clipboard. The buttons read "Markdown", "CSV", "Copy"; their accessible
 * names say what exactly leaves the popup.
 */
export function ExportActions({ events, onDownload, onCopyMarkdown }: ExportActionsProps) {
  const messages = useExportMessages();
  const labelId = useId();
  const [status, show] = useStatus();
  const disabled = events === 0;
  const download = (format: ExportFormat) => show(messages.downloaded(onDownload(format)));
  return (
    <div class="ecl-export" role="group" aria-labelledby={labelId}>
      <span id={labelId} class="ecl-export-label">
        {messages.exportLabel}
      </span>
      <button
        type="button"
        class="ecl-button ecl-button-small"
        data-export="markdown"
        disabled={disabled}
        aria-label={messages.downloadLabel(messages.markdown, events)}
        onClick={() => download('markdown')}
      >
        {messages.markdown}
      </button>
      <button
        type="button"
        class="ecl-button ecl-button-small"
        data-export="csv"
        disabled={disabled}
        aria-label={messages.downloadLabel(messages.csv, events)}
        onClick={() => download('csv')}
      >
        {messages.csv}
      </button>
      <button
        type="button"
        class="ecl-button ecl-button-small"
        data-export="copy-markdown"
        disabled={disabled}
        aria-label={messages.copyMarkdownLabel(events)}
        onClick={() =>
          onCopyMarkdown().then(
            () => show(messages.copied),
            () => show(messages.copyFailed),
          )
        }
      >
        {messages.copyMarkdown}
      </button>
      <span class="ecl-status" role="status">
        {status}
      </span>
    </div>
  );
}
