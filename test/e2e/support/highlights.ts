import type { Page } from 'playwright-core';

/** One highlighted mention: its text (all pieces joined) and its entity. */
export interface Highlight {
  text: string;
  entity: string;
  /** The id of the nearest ancestor with an id, to say where the mention is. */
  where: string;
}

/**
 * The page's highlights in document order, open shadow roots included. The pieces of a
 * mention split over inline elements are joined into one.
 */
export function readHighlights(page: Page): Promise<Highlight[]> {
  return page.evaluate(() => {
    const found: { text: string; entity: string; where: string }[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName === 'eclairage-mark') {
          const where = element.closest('[id]')?.id ?? (root instanceof ShadowRoot ? (root.host.id ?? '') : '');
          const text = element.textContent ?? '';
          const last = found[found.length - 1];
          if (element.hasAttribute('data-continued') && last) last.text += text;
          else found.push({ text, entity: element.getAttribute('data-entity') ?? '', where });
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

/** Waits until the number of highlights has stopped changing for `quietMs`. */
export async function waitForHighlightsToSettle(page: Page, quietMs = 600, timeoutMs = 15_000): Promise<number> {
  const start = Date.now();
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const count = await page.evaluate(() => document.querySelectorAll('eclairage-mark').length);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) {
      return count;
    }
    if (Date.now() - start > timeoutMs) return count;
    await page.waitForTimeout(100);
  }
}

/** Waits for the first highlight, then for the page to settle. */
export async function waitForHighlights(page: Page): Promise<Highlight[]> {
  await page.waitForSelector('eclairage-mark', { timeout: 15_000 });
  await waitForHighlightsToSettle(page);
  return readHighlights(page);
}
