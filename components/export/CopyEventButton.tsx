import { useExportMessages } from '../i18n/export-messages';
import { useStatus } from './use-status';

interface CopyEventButtonProps {
  /** The event's title, for the button's accessible name. */
  title: string;
  /** Copies the event with its sources; rejects when the browser refuses. */
  onCopy: () => Promise<void>;
}

/** "Copy": one event and its sources on the clipboard, with a status that says it worked. */
export function CopyEventButton({ title, onCopy }: CopyEventButtonProps) {
  const messages = useExportMessages();
  const [status, show] = useStatus();
  return (
    <span class="ecl-copy-event">
      <button
        type="button"
        class="ecl-button ecl-button-small"
        data-action="copy-event"
        aria-label={messages.copyEventLabel(title)}
        onClick={() =>
          onCopy().then(
            () => show(messages.copied),
            () => show(messages.copyFailed),
          )
        }
      >
        {messages.copyEvent}
      </button>
      <span class="ecl-status" role="status">
        {status}
      </span>
    </span>
  );
}
