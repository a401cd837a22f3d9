import { useSettingsMessages } from '../../components/i18n/settings-messages';

/**
 * The keyboard command, as the browser has it. Extensions cannot change shortcuts
 * themselves; the browser's own shortcuts page does, so the page only says where.
 */
export function ShortcutInfo({ shortcut }: { shortcut: string }) {
  const messages = useSettingsMessages();
  return (
    <section class="ecl-options-section" aria-labelledby="ecl-shortcut">
      <h2 id="ecl-shortcut">{messages.shortcutHeading}</h2>
      <p data-shortcut={shortcut}>{shortcut ? messages.shortcutText(shortcut) : messages.shortcutUnset}</p>
    </section>
  );
}
