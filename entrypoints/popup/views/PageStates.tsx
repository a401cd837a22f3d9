import type { ComponentChildren } from 'preact';

interface PageStateViewProps {
  heading: ComponentChildren;
  title?: string;
  text?: string;
  /** `data-state`, for styles and tests: unsupported, off, empty. */
  state?: string;
  /** A spinner-free "working" line, announced politely. */
  busy?: boolean;
  action?: { label: string; run: () => void };
}

/** A state of "On this page" that has no list: reading, a page closed to extensions, nothing found, off. */
export function PageStateView({ heading, title, text, state, busy, action }: PageStateViewProps) {
  return (
    <section class="ecl-view" data-view="page" data-state={state ?? (busy ? 'probing' : undefined)}>
      {heading}
      <div class="ecl-empty" role={busy ? 'status' : undefined}>
        {title && <p class="ecl-empty-title">{title}</p>}
        {text && <p class="ecl-empty-text">{text}</p>}
        {action && (
          <button type="button" class="ecl-button" onClick={action.run}>
            {action.label}
          </button>
        )}
      </div>
    </section>
  );
}
