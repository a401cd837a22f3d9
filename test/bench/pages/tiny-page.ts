import type { PageSpec } from './page-spec';
import { pageShell } from './page-shell';
import { Prose } from './prose';

/** A page of three paragraphs and four mentions, for the harness's smoke test. */
export function tinyPage(): PageSpec {
  const prose = new Prose(0x7171, { wordsPerInline: 10 });
  const body = [
    `<p>${prose.paragraphHtml(30, ['text', 'link'])}</p>`,
    `<p>${prose.paragraphHtml(30, ['split'])}</p>`,
    `<p>${prose.paragraphHtml(30, ['text'])}</p>`,
  ].join('\n');
  return {
    id: 'tiny',
    title: 'tiny page, 4 mentions',
    html: pageShell({ title: 'Tiny', body }),
    mentions: prose.mentions,
    splitMentions: prose.written.split,
  };
}
