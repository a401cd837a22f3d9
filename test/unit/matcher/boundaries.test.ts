import { describe, it, expect } from 'vitest';
import { found } from './helpers';

describe('word boundaries', () => {
  it('never matches inside a longer word or token', () => {
    expect(found('cloudacting, Cloud Acting, Cloud Actor')).toEqual([]);
    expect(found('EMC2x, xEMC2, 2EMC2, EMC2_, _EMC2, EMC22')).toEqual([]);
    expect(found('Azurean waters, the Azures, Azure9')).toEqual([]);
    expect(found('Microsoftien, HDHs, CNILs')).toEqual([]);
  });

  it('matches next to punctuation (EN)', () => {
    expect(found('(EMC2), "Azure", [CNIL]; HDH.')).toEqual([
      ['EMC2', 'emc2'],
      ['Azure', 'microsoft-azure'],
      ['CNIL', 'cnil'],
      ['HDH', 'health-data-hub'],
    ]);
  });

  it('matches next to French punctuation and quotes (FR)', () => {
    expect(found('« EMC2 », selon la CNIL ; l’HDH ?')).toEqual([
      ['EMC2', 'emc2'],
      ['CNIL', 'cnil'],
      ['HDH', 'health-data-hub'],
    ]);
  });

  it('takes a hyphen for a boundary', () => {
    expect(found('the pro-Azure camp, the EMC2-based warehouse')).toEqual([
      ['Azure', 'microsoft-azure'],
      ['EMC2', 'emc2'],
    ]);
  });
});

describe('possessives and plurals', () => {
  it('matches the possessive: "Cloud Act\'s" is "Cloud Act"', () => {
    expect(found("The Cloud Act's reach is global.")).toEqual([['Cloud Act', 'cloud-act']]);
    expect(found('The Cloud Act’s reach is global.')).toEqual([['Cloud Act', 'cloud-act']]);
    expect(found("The EMA's opinion and Microsoft’s cloud.")).toEqual([
      ['EMA', 'ema'],
      ['Microsoft', 'microsoft'],
    ]);
  });

  it('does not match a name that an apostrophe continues: "Cédric O’Neil" is someone else', () => {
    expect(found('Selon Cédric O’Neil, consultant.')).toEqual([]);
    expect(found("Selon CÉDRIC O'NEIL, consultant.")).toEqual([]);
    // Lower case after the apostrophe: a contraction or a possessive, still the mention.
    expect(found('Microsoft’ll answer; Cédric O’s view.')).toEqual([
      ['Microsoft', 'microsoft'],
      ['Cédric O', 'cedric-o'],
    ]);
  });

  it('does not match the plural: "Cloud Acts" is another word', () => {
    expect(found('Both Cloud Acts were debated.')).toEqual([]);
    expect(found('Les Health Data Hubs européens.')).toEqual([]);
  });
});

describe('elision', () => {
  it('matches an elided name without its article (FR)', () => {
    expect(found("Les données de l'EMC2 sont hébergées.")).toEqual([['EMC2', 'emc2']]);
    expect(found('Le choix d’Azure est contesté.')).toEqual([['Azure', 'microsoft-azure']]);
    expect(found('L’EMA a publié un avis.')).toEqual([['EMA', 'ema']]);
    expect(found("Il dit qu'Azure est sûr, jusqu’à l’entrepôt EMC2.")).toEqual([
      ['Azure', 'microsoft-azure'],
      ['entrepôt EMC2', 'emc2'],
    ]);
  });

  it('matches whatever the apostrophe of the elision', () => {
    expect(found('lʼEMC2, l‘EMC2, l´EMC2')).toEqual([
      ['EMC2', 'emc2'],
      ['EMC2', 'emc2'],
      ['EMC2', 'emc2'],
    ]);
  });
});

describe('never matches', () => {
  it.each([
    ["Vacances sur la Côte d'Azur", 'a coast is not "Azure"'],
    ['Vacances sur la Côte d’Azur', 'a coast, curly apostrophe'],
    ['E=mc²', 'physics'],
    ['E = mc2', 'physics, spaced'],
    ['E=MC2', 'physics, capitals'],
    ['EMC²', 'superscript two is a digit, and not "2"'],
    ['Dell EMC', 'the storage company'],
    ['chez Dell EMC', 'the storage company (FR)'],
    ['DELL EMC, Dell-EMC, Dell\u00A0EMC', 'the storage company, other spellings'],
    ['EMC Corporation', 'the storage company, notBefore'],
    ['un serveur DNS', 'a name server (FR)'],
    ['les serveurs DNS', 'name servers (FR)'],
    ['the DNS server', 'a name server (EN)'],
    ['DNS servers', 'name servers (EN)'],
    ['an EMA crossover', 'a moving average'],
    ['an azure sky', 'a colour'],
    ["la Côte d'Azure", 'a misspelt coast, caught by notAfter "Côte d\'"'],
  ])('%j (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('still matches the disqualified aliases elsewhere in the same sentence', () => {
    expect(found('Dell EMC is not EMC, and the DNS server is not the DNS.')).toEqual([
      ['EMC', 'emc2'],
      ['DNS', 'dns'],
    ]);
    expect(found('Le serveur DNS ne dépend pas de la DNS.')).toEqual([['DNS', 'dns']]);
  });
});
