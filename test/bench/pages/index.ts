import { infiniteScroll } from './infinite-scroll';
import { mentionPage, noMentionPage } from './large-page';
import { newsArticle } from './news-article';
import type { PageSpec } from './page-spec';
import { tinyPage } from './tiny-page';

export type { PageSpec } from './page-spec';

/** The pages of the benchmark, by id, built on demand (page (b) takes a moment). */
export const PAGES: Record<string, () => PageSpec> = {
  a: newsArticle,
  b: mentionPage,
  c: noMentionPage,
  d: () => infiniteScroll(),
  tiny: tinyPage,
  /** A feed of three appends of four paragraphs, for the smoke test. */
  'tiny-feed': () =>
    infiniteScroll({ id: 'tiny-feed', title: 'tiny feed', appends: 3, paragraphsPerAppend: 4, intervalMs: 100 }),
};

export const DEFAULT_PAGES = ['a', 'b', 'c', 'd'];
