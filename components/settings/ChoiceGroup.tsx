import { useId } from 'preact/hooks';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** The language of the label, when it is not the interface's ("English" in French). */
  lang?: string;
}

interface ChoiceGroupProps<T extends string> {
  legend: string;
  /** Which setting the group changes, as `data-setting`. */
  setting: string;
  value: T;
  choices: readonly Choice<T>[];
  /** Drawn as a row of segments, for the popup; a column of radios otherwise. */
  compact?: boolean;
  onChange: (value: T) => void;
}

/**
 * One setting with a few values: radio buttons in a fieldset, so arrow keys move between
 * them and the legend names the group.
 */
export function ChoiceGroup<T extends string>({
  legend,
  setting,
  value,
  choices,
  compact,
  onChange,
}: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset class={compact ? 'ecl-choices ecl-choices-compact' : 'ecl-choices'} data-setting={setting}>
      <legend class="ecl-choices-legend">{legend}</legend>
      <div class="ecl-choices-options">
        {choices.map((choice) => (
          <label key={choice.value} class="ecl-choice" lang={choice.lang}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
