/**
 * Writes text to the clipboard from the content script, on a click in the card.
 *
 * The asynchronous Clipboard API first: it does not fire the page's `copy` listeners,
 * which news sites use to append "Read more at…" to whatever is copied. It can be refused
 * (a frame without the clipboard-write permission policy, a page that lost focus); then a
 * `copy` command, whose event this listener catches first (capture, on window) and stops,
 * so the page's own listeners never get to rewrite the text.
 */
export async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Fall through to the copy command.
  }
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    event.stopImmediatePropagation();
    written = true;
  };
  window.addEventListener('copy', onCopy, { capture: true });
  try {
    document.execCommand('copy');
  } finally {
    window.removeEventListener('copy', onCopy, { capture: true });
  }
  if (!written) throw new Error('The browser refused to copy.');
}
