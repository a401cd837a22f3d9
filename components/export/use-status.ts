import { useEffect, useRef, useState } from 'preact/hooks';

/** How long a "Copied" or "Downloaded" message stays: read once, then out of the way. */
export const STATUS_MS = 2500;

/**
 * A short-lived status message for a live region: `show(text)` sets it and clears it after
 * `STATUS_MS`; a newer message replaces an older one.
 */
export function useStatus(): [string, (text: string) => void] {
  const [text, setText] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setText(''), STATUS_MS);
  };
  return [text, show];
}
