import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Entity, Source } from '../../data/schema';
import { useLocale } from '../i18n/context';
import { useCardMessages } from '../i18n/card-messages';
import { formatForCopy, type CopyPayload } from './copy-format';

interface CopyWithSourcesProps {
  entity: Entity;
  sourceOf: (id: string) => Source | undefined;
  /** Writes the text to the clipboard; rejects when the page or browser refuses. */
  onCopy: (text: string) => Promise<void>;
}

type Status = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays: long enough to be read, short enough not to linger as stale news. */
export const STATUS_MS = 2500;

/**
 * "Copy with sources": the summary and its numbered references, as plain text (for any
 * notes app) or as Markdown (footnotes, for Markdown notes). Two buttons rather than one
 * clipboard item with both types: the clipboard has no Markdown type that notes apps read
 * (browsers write text/plain and text/html), so a Markdown flavour beside the plain text
 * would never be pasted; the reader picks the form their notes want.
 */
export function CopyWithSources({ entity, sourceOf, onCopy }: CopyWithSourcesProps) {
  const { lang } = useLocale();
  const messages = useCardMessages();
  const labelId = useId();
  const [status, setStatus] = useState<Status>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = (pick: (payload: CopyPayload) => string) => {
    onCopy(pick(formatForCopy(entity, sourceOf, lang))).then(
      () => show('copied'),
      () => show('failed'),
    );
  };
  const show = (next: Status) => {
    setStatus(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus('idle'), STATUS_MS);
  };

  return (
    <div class="ecl-copy" role="group" aria-labelledby={labelId}>
      <span id={labelId} class="ecl-copy-label">
        {messages.copyHeading}
      </span>
      <button type="button" class="ecl-button" aria-label={messages.copyTextLabel} onClick={() => copy((p) => p.text)}>
        {messages.copyText}
      </button>
      <button
        type="button"
        class="ecl-button"
        aria-label={messages.copyMarkdownLabel}
        onClick={() => copy((p) => p.markdown)}
      >
        {messages.copyMarkdown}
      </button>
      {/* Always rendered, so screen readers know the live region before it speaks. */}
      <span class="ecl-copy-status" role="status" data-status={status}>
        {status === 'copied' ? messages.copied : status === 'failed' ? messages.copyFailed : ''}
      </span>
    </div>
  );
}
