import { build, type Plugin } from 'esbuild';
import { join } from 'node:path';
import { projectRoot } from '../../data/compiler/read-seeds';

/** The in-page baselines, each a file of `baselines/`. */
export type BaselineName = 'naive-markjs' | 'scan-floor' | 'write-floor' | 'catalogue-highlighter';

/**
 * Prototypes of changes to the extension's code, measured without editing it: each one
 * replaces a module of `entrypoints/content/` by a file of `prototypes/` in the bundle.
 */
export const PROTOTYPES = {
  /** wrap-block.ts without mark.js. */
  'direct-wrap': [{ module: 'highlight/wrap-block', file: 'direct-wrap-block.ts' }],
  /** highlighter.ts scanning once, caching resolutions, wrapping directly. */
  'lean-pass': [{ module: 'highlight/highlighter', file: 'lean-highlighter.ts' }],
  /** The lean pass, rewriting at most ~24,000 characters of text per frame. */
  'paced-pass': [
    { module: 'highlight/highlighter', file: 'paced-highlighter.ts' },
    { module: 'schedule/slices', file: 'paced-slices.ts' },
  ],
} as const;
export type PrototypeName = keyof typeof PROTOTYPES;

/** An esbuild plugin putting the prototype's files in place of the modules they replace. */
export function prototypePlugin(prototype: PrototypeName): Plugin {
  const substitutions = PROTOTYPES[prototype].map(({ module, file }) => ({
    module: join('entrypoints', 'content', module),
    target: join(projectRoot, 'test', 'bench', 'prototypes', file),
  }));
  return {
    name: `prototype-${prototype}`,
    setup(plugin) {
      plugin.onResolve({ filter: /^\./ }, (args) => {
        const path = join(args.resolveDir, args.path);
        const found = substitutions.find(({ module }) => path.endsWith(module));
        // The prototypes themselves import the originals they build on.
        return found && !args.importer.includes(join('test', 'bench', 'prototypes'))
          ? { path: found.target }
          : undefined;
      });
    },
  };
}

const bundles = new Map<string, Promise<string>>();

/**
 * A baseline bundled as one classic script (real mark.js, the project's own matcher and
 * highlighter), minified as the extension's content script is.
 */
export function baselineBundle(name: BaselineName, prototype?: PrototypeName): Promise<string> {
  const id = prototype ? `${name}+${prototype}` : name;
  let bundle = bundles.get(id);
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
      plugins: prototype ? [prototypePlugin(prototype)] : [],
    }).then((result) => result.outputFiles[0]?.text ?? '');
    bundles.set(id, bundle);
  }
  return bundle;
}
