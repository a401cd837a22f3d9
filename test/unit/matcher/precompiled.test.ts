import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../data/compiler/read-seeds';
import { dataset } from '../../../data/dataset';
import { precompiledMatcher } from '../../../data/matching';
import { createMatcher, matcherFrom, precompileMatcher, type Matcher } from '../../../entrypoints/content/matcher';
import { ENTITIES, alias, entity } from './fixtures';

/** The fixtures, plus two entities sharing an alias with different disqualifiers. */
const CATALOGUE = [
  ...ENTITIES,
  entity('agency', [alias('XMA', { ambiguous: true, notBefore: ['crossover'] })]),
  entity('average', [alias('XMA', { ambiguous: true, notAfter: ['European'] })]),
];

const TEXTS = [
  'Le Health Data Hub est hébergé sur Microsoft Azure, pas sur la Côte d’Azure.',
  'Dell EMC sold storage; the EMC team left. EMC Corporation, l’EMC2 et l’entrepôt EMC2.',
  'The DNS server failed; the DNS said nothing. An EMA crossover; the EMA approved it.',
  'Le GIP PDS, dit PDS, gère la Plateforme des données de santé ; le Conseil d’Etat, la CNIL.',
  'the XMA said, an XMA crossover, the European XMA',
  'Azure alone, ANS and CNAM: ambiguous words on a page off topic.',
];

function behaviour(matcher: Matcher) {
  return TEXTS.map((text) => {
    const matched = text.match(new RegExp(matcher.pattern.source, matcher.pattern.flags)) ?? [];
    return {
      resolved: matched.map((match) => matcher.resolve(match)),
      onTopic: matcher.findMentions(text, { onTopic: true }),
      offTopic: matcher.findMentions(text, { onTopic: false }),
      ownDecision: matcher.findMentions(text),
    };
  });
}

describe('the precompiled matcher', () => {
  it('survives JSON: same pattern, resolutions and mentions as a matcher built in place', () => {
    const built = createMatcher(CATALOGUE);
    const loaded = matcherFrom(JSON.parse(JSON.stringify(precompileMatcher(CATALOGUE))));
    expect(loaded.pattern.source).toBe(built.pattern.source);
    expect(loaded.pattern.flags).toBe(built.pattern.flags);
    expect(behaviour(loaded)).toEqual(behaviour(built));
    // The one case the pattern cannot decide alone: each alias's own context, re-checked.
    const ids = loaded.findMentions(TEXTS[4] ?? '', { onTopic: true }).map((mention) => mention.entityIds);
    expect(ids).toEqual([['agency', 'average'], ['average'], ['agency']]);
  });

  it('in data/matching.json is the one of the dataset (else run `npm run data`)', () => {
    expect(precompiledMatcher, 'data/matching.json is stale: run `npm run data`').toEqual(
      precompileMatcher(dataset.entities),
    );
  });

  it('leaves the trie and the pattern builder out of the content script', async () => {
    // esbuild, not WXT's Vite, but both bundle only what the entry point imports.
    const result = await build({
      entryPoints: [join(projectRoot, 'entrypoints', 'content', 'index.ts')],
      bundle: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
      loader: { '.css': 'empty' },
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('entrypoints/content/matcher/matcher-from.ts');
    for (const module of ['trie', 'build-pattern', 'char-class', 'conditions', 'compiled-alias', 'precompile']) {
      expect(inputs).not.toContain(`entrypoints/content/matcher/${module}.ts`);
    }
  });
});

describe('the prefilter', () => {
  const matcher = matcherFrom(precompiledMatcher);

  it('matches every text the pattern finds a mention in, and every alias of the dataset', () => {
    for (const text of TEXTS) {
      for (const match of text.matchAll(new RegExp(matcher.pattern.source, matcher.pattern.flags))) {
        expect(matcher.prefilter.test(match[0])).toBe(true);
      }
    }
    for (const entity of dataset.entities) {
      for (const { text } of entity.aliases) expect(matcher.prefilter.test(text), text).toBe(true);
    }
  });

  it('rules out a text that names nothing of the affair, even with words close to it', () => {
    expect(matcher.prefilter.test('La météo de demain : du soleil sur la Bretagne, des nuages à Lyon.')).toBe(false);
    expect(createMatcher([]).prefilter.test('Health Data Hub')).toBe(false);
  });
});
