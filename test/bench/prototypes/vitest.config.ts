import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { projectRoot } from '../../../data/compiler/read-seeds';

/**
 * The highlighter's own unit tests, run against the lean-pass prototype instead of
 * `entrypoints/content/highlight/highlighter.ts`, to check that the prototype measured by
 * the benchmark behaves the same:
 *
 *   npx vitest run --config test/bench/prototypes/vitest.config.ts
 */
export default defineConfig({
  root: projectRoot,
  plugins: [
    {
      name: 'lean-pass-prototype',
      enforce: 'pre',
      resolveId(source, importer) {
        if (!importer || importer.includes('/test/bench/prototypes/')) return null;
        return /\/highlight\/highlighter$/u.test(source)
          ? resolve(projectRoot, 'test/bench/prototypes/lean-highlighter.ts')
          : null;
      },
    },
  ],
  test: { include: ['test/unit/highlight/**/*.test.ts'], environment: 'happy-dom', reporters: ['default'] },
});
