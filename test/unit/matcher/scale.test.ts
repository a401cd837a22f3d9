import { beforeAll, describe, it, expect } from 'vitest';
import { createMatcher, type Matcher } from '../../../entrypoints/content/matcher';
import { ENTITIES, alias, entity } from './fixtures';

/** A deterministic pseudo-random generator (mulberry32), so the test is the same each run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ba',
  'cé',
  'di',
  'fo',
  'gu',
  'la',
  'mè',
  'ni',
  'po',
  'ru',
  'sa',
  'te',
  'vi',
  'zo',
  'tion',
  'ment',
  'str',
];

/** 10,000 aliases: names of one to three words (some with "d'"), and acronyms. */
function syntheticAliases(count: number): string[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const word = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(SYLLABLES)).join('');
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const texts = new Set<string>();
  while (texts.size < count) {
    const kind = next();
    if (kind < 0.25)
      texts.add(Array.from({ length: 3 + Math.floor(next() * 3) }, () => pick([...'BFGJKQVWXZ'])).join(''));
    else if (kind < 0.5) texts.add(capital(word()));
    else if (kind < 0.8) texts.add(`${capital(word())} ${word()}`);
    else texts.add(`${capital(word())} d'${capital(word())} ${word()}`);
  }
  return [...texts];
}

describe('10,000 aliases', () => {
  const synthetic = syntheticAliases(10_000 - ENTITIES.length);
  let matcher: Matcher;

  // Building and compiling the pattern takes seconds at this size: build it once.
  beforeAll(() => {
    matcher = createMatcher([...ENTITIES, ...synthetic.map((text, i) => entity(`s${i}`, [alias(text)]))]);
  }, 120_000);

  it('builds one pattern', { timeout: 120_000 }, () => {
    expect(matcher.pattern.flags).toBe('gu');
    expect(matcher.pattern.test('')).toBe(false);
  });

  it('finds the fixture entities as with a small dataset', { timeout: 120_000 }, () => {
    const text =
      'Le Health Data Hub est hébergé sur Microsoft Azure ; le GIP PDS, l’EMC2 et le Conseil d’Etat. ' +
      "The Cloud Act's reach, Dell EMC, the DNS server, an azure sky, la Côte d'Azur, E=mc².";
    expect(matcher.findMentions(text).map((m) => [m.text, m.entityId])).toEqual([
      ['Health Data Hub', 'health-data-hub'],
      ['Microsoft Azure', 'microsoft-azure'],
      ['GIP PDS', 'gip-pds'],
      ['EMC2', 'emc2'],
      ['Conseil d’Etat', 'conseil-etat'],
      ['Cloud Act', 'cloud-act'],
    ]);
  });

  it('finds synthetic aliases, in any spelling, with their entity', { timeout: 120_000 }, () => {
    const next = random(7);
    for (let n = 0; n < 200; n++) {
      const i = Math.floor(next() * synthetic.length);
      const text = synthetic[i]!;
      // Accents dropped, apostrophes curled, spaces made non-breaking.
      const spelt = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/'/g, '’').replace(/ /g, '\u00A0');
      const mentions = matcher.findMentions(`Selon « ${spelt} », rien.`);
      expect(mentions.map((m) => [m.text, m.entityId])).toEqual([[spelt, `s${i}`]]);
    }
  });

  it('still refuses matches inside words', { timeout: 120_000 }, () => {
    const text = synthetic.find((t) => /^[a-zé]+$/iu.test(t))!;
    expect(matcher.findMentions(`x${text} ${text}x ${text}s`)).toEqual([]);
  });
});
