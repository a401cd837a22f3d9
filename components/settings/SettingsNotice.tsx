import type { SettingsProblem } from '../../settings/validate';
import { useSettingsMessages } from '../i18n/settings-messages';

interface SettingsNoticeProps {
  problems: readonly SettingsProblem[];
  onDismiss: () => void;
}

/**
 * Says which stored settings could not be read and went back to their defaults, until
 * the reader dismisses it: a reset they were not told about would look like a bug.
 */
export function SettingsNotice({ problems, onDismiss }: SettingsNoticeProps) {
  const messages = useSettingsMessages();
  if (problems.length === 0) return null;
  const whole = problems.find((problem) => problem.setting === '*');
  const names = [...new Set(problems.flatMap((p) => (p.setting === '*' ? [] : [messages.settingNames[p.setting]])))];
  const text = whole
    ? whole.reason === 'unknown-version'
      ? messages.noticeNewer
      : messages.noticeAll
    : messages.noticeFields(names.join(', '));
  return (
    <div class="ecl-notice" role="alert" data-notice="settings">
      <p class="ecl-notice-title">{messages.noticeTitle}</p>
      <p class="ecl-notice-text">{text}</p>
      <button type="button" class="ecl-button ecl-notice-dismiss" onClick={onDismiss}>
        {messages.dismiss}
      </button>
    </div>
  );
}
