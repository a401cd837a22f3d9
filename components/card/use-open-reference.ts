import { useRef, useState } from 'preact/hooks';

/**
 * Which reference of the card shows its quote in context, and where. `place` says which
 * statement opened it ("summary", "fact-2"): one citation may back both a summary sentence
 * and a fact, and the quote opens under the one the reader clicked.
 */
export interface OpenReference {
  place: string;
  /** Index into the entity's `citations`. */
  ref: number;
}

export interface OpenReferenceState {
  open: OpenReference | null;
  /** Opens a reference, or closes it when it is the one already open there. */
  toggle: (place: string, ref: number, opener: HTMLElement) => void;
  /** Closes the open reference and gives focus back to the button that opened it. */
  close: () => void;
}

export function useOpenReference(): OpenReferenceState {
  const [open, setOpen] = useState<OpenReference | null>(null);
  // Focus goes back to the numbered button, so a keyboard user keeps their place.
  const opener = useRef<HTMLElement | null>(null);
  return {
    open,
    toggle: (place, ref, element) => {
      if (open && open.place === place && open.ref === ref) {
        setOpen(null);
        return;
      }
      opener.current = element;
      setOpen({ place, ref });
    },
    close: () => {
      setOpen(null);
      opener.current?.focus();
    },
  };
}
