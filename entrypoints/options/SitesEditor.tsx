import { useId, useRef, useState } from 'preact/hooks';
import { useSettingsMessages } from '../../components/i18n/settings-messages';
import { normalizeHost } from '../../components/settings/site-toggle';
import { useStatus } from '../../components/export/use-status';

interface SitesEditorProps {
  sites: readonly string[];
  onChange: (sites: string[]) => void;
}

/**
 * The sites where Éclairage stays off: each can be turned back on, and a site can be added
 * by its name or any address on it ("https://www.example.org/page" is `www.example.org`).
 * Focus stays in the list after a removal, on the next site or the field.
 */
export function SitesEditor({ sites, onChange }: SitesEditorProps) {
  const messages = useSettingsMessages();
  const inputId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [status, show] = useStatus();
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const add = (event: Event) => {
    event.preventDefault();
    const host = normalizeHost(draft);
    if (!host) {
      setInvalid(true);
      return;
    }
    if (!sites.includes(host)) onChange([...sites, host]);
    setDraft('');
    setInvalid(false);
    show(messages.siteAdded(host));
  };
  const remove = (host: string, position: number) => {
    onChange(sites.filter((site) => site !== host));
    show(messages.siteRemoved(host));
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLElement>('button');
      (buttons?.[Math.min(position, (buttons?.length ?? 1) - 1)] ?? input.current)?.focus();
    });
  };

  return (
    <section class="ecl-options-section" aria-labelledby="ecl-sites" data-setting="disabledSites">
      <h2 id="ecl-sites">{messages.sitesHeading}</h2>
      <p class="ecl-muted">{messages.sitesIntro}</p>
      {sites.length === 0 ? (
        <p class="ecl-sites-empty">{messages.noSites}</p>
      ) : (
        <ul class="ecl-sites" ref={list}>
          {sites.map((host, position) => (
            <li key={host} data-site={host}>
              <span class="ecl-site-host">{host}</span>
              <button type="button" class="ecl-button ecl-button-small" onClick={() => remove(host, position)}>
                {messages.removeSite(host)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="ecl-site-form" onSubmit={add} noValidate>
        <label for={inputId}>{messages.addSiteLabel}</label>
        <div class="ecl-site-form-row">
          <input
            id={inputId}
            ref={input}
            class="ecl-text-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={messages.addSitePlaceholder}
            value={draft}
            aria-invalid={invalid}
            aria-describedby={invalid ? errorId : undefined}
            onInput={(event) => {
              setDraft(event.currentTarget.value);
              setInvalid(false);
            }}
          />
          <button type="submit" class="ecl-button">
            {messages.addSite}
          </button>
        </div>
        {invalid && (
          <p id={errorId} class="ecl-field-error">
            {messages.invalidHost}
          </p>
        )}
      </form>
      <p class="ecl-status" role="status">
        {status}
      </p>
    </section>
  );
}
