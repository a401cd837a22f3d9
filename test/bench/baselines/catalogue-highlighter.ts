import { matcherFrom } from '../../../entrypoints/content/matcher/matcher-from';
import { PageSession } from '../../../entrypoints/content/page-session';
import { benchConfig } from './protocol';
import { runBaseline } from './run-baseline';

/** The extension's per-page cap (`HIGHLIGHT_CAP` in `entrypoints/content/start.ts`, which imports the extension API). */
const HIGHLIGHT_CAP = 5000;

/**
 * For the scaling runs: the extension's own matcher and highlighter (a `PageSession`, as
 * `start.ts` makes one, sliced, with its marks), on a synthetic catalogue instead of the
 * bundled dataset. The catalogue's precompiled matcher is in the page before the measured
 * window opens, as the dataset's is in the content script: what is measured is what the
 * content script does with it, `matcherFrom` (the regexes compiled, the lookup map
 * filled) and the first pass.
 * @returns the number of mentions highlighted
 */
runBaseline(async () => {
  const { matching } = benchConfig();
  if (!matching) throw new Error('No precompiled matcher in window.__bench');
  const matcher = matcherFrom(matching);
  // With the pass marks the extension writes under the harness, for the same cost.
  const session = new PageSession(matcher, {
    mode: 'every',
    cap: HIGHLIGHT_CAP,
    mark: (name) => performance.mark(name),
  });
  await session.start();
  return session.highlighter.policy.highlightCount;
});
