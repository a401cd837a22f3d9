import { build } from 'esbuild';
import { join } from 'node:path';
import { projectRoot } from '../../data/compiler/read-seeds';

/** The in-page baselines, each a file of `baselines/`. */
export type BaselineName = 'naive-markjs' | 'scan-floor' | 'write-floor' | 'catalogue-highlighter';

const bundles = new Map<string, Promise<string>>();

/**
 * A baseline bundled as one classic script (real mark.js, the project's own matcher and
 * highlighter), minified as the extension's content script is.
 */
export function baselineBundle(name: BaselineName): Promise<string> {
  let bundle = bundles.get(name);
  if (!bundle) {
    bundle = build({
      entryPoints: [join(projectRoot, 'test', 'bench', 'baselines', `${name}.ts`)],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      logLevel: 'warning',
    }).then((result) => result.outputFiles[0]?.text ?? '');
    bundles.set(name, bundle);
  }
  return bundle;
}
