import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../data/compiler/read-seeds';

const seedsDir = join(projectRoot, 'seeds');

/** `sha256sum` output: "<hex>  <file name>" per line. */
function readManifest(): Map<string, string> {
  const lines = readFileSync(join(seedsDir, 'SHA256SUMS'), 'utf8').trim().split('\n');
  return new Map(
    lines.map((line) => {
      const [hash, file] = line.split(/\s+\*?/u);
      return [file as string, hash as string];
    }),
  );
}

describe('seeds', () => {
  it('are exactly the five documents of the manifest, byte for byte', () => {
    const manifest = readManifest();
    const files = readdirSync(seedsDir)
      .filter((name) => name.endsWith('.txt'))
      .sort();
    expect(files).toEqual([...manifest.keys()].sort());
    expect(files).toHaveLength(5);
    for (const file of files) {
      const hash = createHash('sha256')
        .update(readFileSync(join(seedsDir, file)))
        .digest('hex');
      expect(hash, file).toBe(manifest.get(file));
    }
  });
});
