import { useEffect, useState } from 'preact/hooks';
import type { PopupServices } from './services';

/** What the popup knows of the active tab's page. */
export type PageState =
  { status: 'probing' } | { status: 'unsupported' } | { status: 'ready'; host: string; counts: Record<string, number> };

/** Between two looks at a page whose content script has not answered yet. */
export const RETRY_MS = 250;
/**
 * How long a loaded page may take to answer: its content script waits for an idle moment
 * before it listens (see `wait-for-idle.ts`). Past this, the page is one Éclairage cannot
 * run on. A page still loading gets longer.
 */
export const ANSWER_WAIT_MS = 1500;
export const LOADING_WAIT_MS = 10_000;

/**
 * Looks at the active tab until its content script answers or clearly never will, then
 * follows the counts it reports after each pass (a site turned on again, a page that
 * grew). `answered` turns true after the first look, whatever it found: the popup then
 * knows enough to pick the section it opens on.
 */
export function usePage(services: PopupServices): { page: PageState; answered: boolean } {
  const [page, setPage] = useState<PageState>({ status: 'probing' });
  const [answered, setAnswered] = useState(false);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const started = Date.now();
    const look = async () => {
      const probe = await services.probePage();
      if (stopped) return;
      setAnswered(true);
      if (probe.status === 'ready') {
        setPage(probe);
        return;
      }
      const wait = probe.status === 'loading' ? LOADING_WAIT_MS : ANSWER_WAIT_MS;
      if (probe.status !== 'unsupported' && Date.now() - started < wait) timer = setTimeout(look, RETRY_MS);
      else setPage({ status: 'unsupported' });
    };
    void look();
    const unwatch = services.watchCounts((counts) =>
      setPage((current) => (current.status === 'ready' ? { ...current, counts } : current)),
    );
    return () => {
      stopped = true;
      clearTimeout(timer);
      unwatch();
    };
  }, [services]);

  return { page, answered };
}
