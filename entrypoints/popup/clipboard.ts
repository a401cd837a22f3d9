/**
 * Writes text to the clipboard from the popup. The Clipboard API needs the document to
 * have focus, which a popup opened from the toolbar has; a `copy` command on a hidden
 * field is the fallback when it refuses (a popup page that lost focus to the page).
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Fall through to the copy command.
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  try {
    if (!document.execCommand('copy')) throw new Error('The browser refused to copy.');
  } finally {
    field.remove();
  }
}

/** Saves text as a file, through a link with `download`: no `downloads` permission needed. */
export function downloadText(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by then; the object URL would otherwise live as long as the popup.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
