import { describe, it, expect } from 'vitest';
import { matcher } from './helpers';

const mentions = (text: string, onTopic?: boolean) =>
  matcher.findMentions(text, onTopic === undefined ? {} : { onTopic }).map((m) => [m.text, m.entityId, m.ambiguous]);

describe('the on-topic rule', () => {
  it('ignores ambiguous aliases on a page off topic (FR, EN)', () => {
    expect(mentions('Le DNS de votre box et l’EMA à 50 jours.')).toEqual([]);
    expect(mentions('The PDS team met the ISOC and the CNAM.')).toEqual([]);
  });

  it('counts them once a core entity has an unambiguous mention (FR)', () => {
    expect(mentions('Le Health Data Hub a saisi la DNS.')).toEqual([
      ['Health Data Hub', 'health-data-hub', false],
      ['DNS', 'dns', true],
    ]);
  });

  it('counts them once a core entity has an unambiguous mention (EN)', () => {
    expect(mentions('Azure hosts it, says the EMA; the Cloud Act applies.')).toEqual([
      ['Azure', 'microsoft-azure', true],
      ['EMA', 'ema', true],
      ['Cloud Act', 'cloud-act', false],
    ]);
  });

  it('is not made on topic by an ambiguous alias, even of a core entity', () => {
    // "Azure" and "PDS" both name core entities, but both are ambiguous.
    expect(mentions('Azure, PDS et EMC.')).toEqual([]);
  });

  it('is not made on topic by an unambiguous mention of an entity that is not core', () => {
    expect(mentions('Le Conseil d’État et l’Assurance maladie.')).toEqual([['Conseil d’État', 'conseil-etat', false]]);
    expect(mentions('La CNIL a écrit à la CNAM.')).toEqual([['CNIL', 'cnil', false]]);
  });

  it('obeys a page-level decision passed by the caller', () => {
    expect(mentions('la DNS et l’Assurance maladie', true)).toEqual([
      ['DNS', 'dns', true],
      ['Assurance maladie', 'assurance-maladie', true],
    ]);
    expect(mentions('Le Health Data Hub et la DNS', false)).toEqual([['Health Data Hub', 'health-data-hub', false]]);
  });

  it('decides over a whole page, text node by text node', () => {
    const nodes = ['Un article sur la DNS.', 'Plus loin : l’entrepôt EMC2.', 'Et Azure.'];
    const onTopic = matcher.isOnTopic(nodes.flatMap((text) => matcher.findMentions(text, { onTopic: false })));
    expect(onTopic).toBe(true);
    expect(nodes.flatMap((text) => matcher.findMentions(text, { onTopic }).map((m) => m.entityId))).toEqual([
      'dns',
      'emc2',
      'microsoft-azure',
    ]);
  });

  it('exposes the rule on resolutions, for the highlighter', () => {
    expect(matcher.isOnTopic([matcher.resolve('HDH')!])).toBe(true);
    expect(matcher.isOnTopic([matcher.resolve('PDS')!])).toBe(false);
    expect(matcher.isOnTopic([matcher.resolve('CNIL')!])).toBe(false);
    expect(matcher.isOnTopic([])).toBe(false);
  });
});
