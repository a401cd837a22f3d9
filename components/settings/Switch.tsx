import { useId } from 'preact/hooks';

interface SwitchProps {
  label: string;
  /** A second line under the label (the host name of "this site"), read as a description. */
  description?: string;
  checked: boolean;
  disabled?: boolean;
  /** Which setting the switch changes, as `data-setting`, for styles and tests. */
  setting: string;
  onChange: (checked: boolean) => void;
}

/**
 * An on/off setting: a native checkbox with the switch role, so it is focusable, toggles
 * with Space and is announced "on"/"off"; the track and thumb are drawn over it in CSS.
 */
export function Switch({ label, description, checked, disabled, setting, onChange }: SwitchProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  return (
    <div class="ecl-switch" data-setting={setting} data-disabled={disabled ? '' : undefined}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        class="ecl-switch-input"
        checked={checked}
        disabled={disabled}
        aria-describedby={description ? descriptionId : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="ecl-switch-track" aria-hidden="true" />
      <span class="ecl-switch-text">
        <label for={id} class="ecl-switch-label">
          {label}
        </label>
        {description && (
          <span id={descriptionId} class="ecl-switch-description">
            {description}
          </span>
        )}
      </span>
    </div>
  );
}
