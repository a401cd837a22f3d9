import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../data/compiler/read-seeds';
import { EXTENSION_DIR } from './browser';

/**
 * Before the end-to-end tests: checks the extension was built (`npm test` builds it), and
 * bundles the fixture pages that need a build (the React app, with real react-dom).
 */
export default async function setup(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first (\`npm test\` does).`);
  }
  const fixtures = join(projectRoot, 'test', 'fixtures');
  await build({
    entryPoints: [join(fixtures, 'react-app', 'app.js')],
    outfile: join(fixtures, 'build', 'react-app.js'),
    bundle: true,
    format: 'iife',
    minify: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}
