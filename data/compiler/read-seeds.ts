import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder, whatever the current directory. */
// A string URL: test environments such as happy-dom replace the global `URL` class.
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The seed documents by source id (file name without `.txt`), read byte for byte as UTF-8. */
export function readSeeds(directory = join(projectRoot, 'seeds')): Map<string, string> {
  const seeds = new Map<string, string>();
  for (const file of readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    seeds.set(basename(file, '.txt'), readFileSync(join(directory, file), 'utf8'));
  }
  return seeds;
}
