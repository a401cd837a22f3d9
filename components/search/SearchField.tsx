import { useId, useRef } from 'preact/hooks';

interface SearchFieldProps {
  label: string;
  placeholder: string;
  /** Accessible name of the clear button (its visible text is "×"). */
  clearLabel: string;
  value: string;
  onInput: (value: string) => void;
  /** The id of the element that says how many results there are. */
  resultsId?: string;
  autoFocus?: boolean;
}

/**
 * A labelled search box. Escape clears it (and only then lets the key through, so a
 * second Escape can close what holds it); the clear button gives focus back to the box.
 */
export function SearchField({
  label,
  placeholder,
  clearLabel,
  value,
  onInput,
  resultsId,
  autoFocus,
}: SearchFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div class="ecl-search" role="search">
      <label for={id} class="ecl-visually-hidden">
        {label}
      </label>
      <span class="ecl-search-icon" aria-hidden="true" />
      <input
        id={id}
        ref={input}
        type="search"
        class="ecl-search-input"
        placeholder={placeholder}
        value={value}
        autoComplete="off"
        spellcheck={false}
        autoFocus={autoFocus}
        aria-describedby={resultsId}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value !== '') {
            event.preventDefault();
            event.stopPropagation();
            onInput('');
          }
        }}
      />
      {value !== '' && (
        <button
          type="button"
          class="ecl-search-clear"
          aria-label={clearLabel}
          title={clearLabel}
          onClick={() => {
            onInput('');
            input.current?.focus();
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
