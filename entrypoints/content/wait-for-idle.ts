/**
 * Resolves once the page has loaded and the browser has had an idle moment: by then a
 * server-rendered framework has hydrated, and splitting its text nodes cannot break it.
 * The timeout bounds the wait on pages that are never idle.
 */
export async function waitForIdlePage(timeoutMs = 3000): Promise<void> {
  if (document.readyState !== 'complete') {
    await new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
  }
  await new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 200);
  });
}
