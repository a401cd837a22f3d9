import { describe, it, expect } from 'vitest';
import { createMatcher } from '../../../entrypoints/content/matcher';
import { entity, alias } from './fixtures';
import { found, matcher } from './helpers';

describe('letter case', () => {
  it('matches names whatever their case', () => {
    expect(found('Le health data hub est critiqué.')).toEqual([['health data hub', 'health-data-hub']]);
    expect(found('THE HEALTH DATA HUB IS HOSTED BY MICROSOFT.')).toEqual([
      ['HEALTH DATA HUB', 'health-data-hub'],
      ['MICROSOFT', 'microsoft'],
    ]);
    expect(found('La PLATEFORME DES DONNÉES DE SANTÉ a répondu.')).toEqual([
      ['PLATEFORME DES DONNÉES DE SANTÉ', 'health-data-hub'],
    ]);
  });

  it('matches acronyms only in their own case', () => {
    expect(found("L'EMA a rendu un avis.")).toEqual([['EMA', 'ema']]);
    expect(found("Ema, l'ema et l'Ema ne sont pas l'agence.")).toEqual([]);
    expect(found('The HDH and the hdh.')).toEqual([['HDH', 'health-data-hub']]);
  });

  it('keeps "Azure" case-sensitive: the colour "azure" is not Microsoft', () => {
    expect(found('Microsoft a choisi Azure.')).toEqual([
      ['Microsoft', 'microsoft'],
      ['Azure', 'microsoft-azure'],
    ]);
    expect(found('An azure sky over the bay; AZURE paint.')).toEqual([]);
    expect(found('Un ciel azure.')).toEqual([]);
  });

  it('re-checks the case of an acronym whose letters a name shares', () => {
    // "Azure" (case-sensitive) and "Azure Health Data Services" (not) share their first
    // five edges, which therefore accept both cases: the lookbehind must still refuse "azure".
    expect(found('azure health data services')).toEqual([['azure health data services', 'azure-health-data-services']]);
    expect(found('azure health')).toEqual([]);
    expect(found('Azure health')).toEqual([['Azure', 'microsoft-azure']]);
    // The pattern itself refuses it (mark.js never even sees a match), not just `resolve`.
    const pattern = new RegExp(matcher.pattern.source, matcher.pattern.flags);
    expect(pattern.exec('azure health')).toBeNull();
    expect(pattern.exec('the azure sky')).toBeNull();
  });

  it('tells apart a case-sensitive and a case-insensitive alias of the same letters', () => {
    const m = createMatcher([entity('acronym', ['OPEN']), entity('word', [alias('Open', { caseSensitive: false })])]);
    expect(m.findMentions('OPEN', { onTopic: true }).map((x) => x.entityIds)).toEqual([['acronym', 'word']]);
    expect(m.findMentions('open', { onTopic: true }).map((x) => x.entityIds)).toEqual([['word']]);
  });
});

describe('accents', () => {
  it('matches a text without the accents of the alias (FR)', () => {
    expect(found("Le Conseil d'Etat a tranché.")).toEqual([["Conseil d'Etat", 'conseil-etat']]);
    expect(found('Cedric O, alors secrétaire d’État, a défendu le projet.')).toEqual([['Cedric O', 'cedric-o']]);
    expect(found('La Delegation au numerique en sante pilote.')).toEqual([['Delegation au numerique en sante', 'dns']]);
  });

  it('matches a text with accents the alias lacks (alias "Securite sociale")', () => {
    expect(found('La Sécurité sociale rembourse.')).toEqual([['Sécurité sociale', 'securite-sociale']]);
    expect(found('SÉCURITÉ SOCIALE')).toEqual([['SÉCURITÉ SOCIALE', 'securite-sociale']]);
  });

  it('folds capitals with accents (EN and FR)', () => {
    expect(found("The CONSEIL D'ÉTAT ruled.")).toEqual([["CONSEIL D'ÉTAT", 'conseil-etat']]);
    expect(found('CÉDRIC O')).toEqual([['CÉDRIC O', 'cedric-o']]);
  });
});

describe('apostrophes', () => {
  it.each([
    ["'", 'straight'],
    ['’', 'right single quotation mark'],
    ['ʼ', 'modifier letter apostrophe'],
    ['‘', 'left single quotation mark'],
    ['´', 'acute accent'],
    ['`', 'backtick'],
  ])('accepts %s (%s) where the alias has one', (apostrophe) => {
    const text = `Le Conseil d${apostrophe}État a rendu sa décision.`;
    expect(found(text)).toEqual([[`Conseil d${apostrophe}État`, 'conseil-etat']]);
  });

  it('does not accept a missing apostrophe or another character', () => {
    expect(found('Conseil dÉtat, Conseil d État, Conseil d"État')).toEqual([]);
  });
});

describe('whitespace', () => {
  it.each([
    ['\u00A0', 'no-break space'],
    ['\u202F', 'narrow no-break space'],
    ['\n', 'line break'],
    ['\r\n', 'CRLF'],
    ['\t', 'tab'],
    ['   ', 'several spaces'],
  ])('accepts %j (%s) between words', (space) => {
    expect(found(`Selon le Health${space}Data${space}Hub, tout va bien.`)).toEqual([
      [`Health${space}Data${space}Hub`, 'health-data-hub'],
    ]);
    expect(found(`The Cloud${space}Act applies.`)).toEqual([[`Cloud${space}Act`, 'cloud-act']]);
  });

  it('still requires some whitespace between words', () => {
    expect(found('HealthDataHub, CloudAct, cloudacting')).toEqual([]);
  });
});

describe('hyphens', () => {
  it.each([
    ['-', 'hyphen-minus'],
    ['‐', 'hyphen'],
    ['‑', 'non-breaking hyphen'],
    ['–', 'en dash'],
    ['—', 'em dash'],
  ])('accepts %s (%s) where the alias has a hyphen', (hyphen) => {
    expect(found(`The EU${hyphen}US Data Privacy Framework replaced the Privacy Shield.`)).toEqual([
      [`EU${hyphen}US Data Privacy Framework`, 'data-privacy-framework'],
    ]);
  });

  it('does not take a space for a hyphen', () => {
    // Falls back to the shorter alias.
    expect(found('Le EU US Data Privacy Framework')).toEqual([['Data Privacy Framework', 'data-privacy-framework']]);
  });

  it('reports where the match is, in UTF-16 offsets', () => {
    const text = 'Le nouveau cadre, l’EU–US Data Privacy Framework, est contesté.';
    const [mention] = matcher.findMentions(text);
    expect(mention).toMatchObject({ start: 20, end: 48, text: 'EU–US Data Privacy Framework', ambiguous: false });
    expect(text.slice(mention!.start, mention!.end)).toBe(mention!.text);
  });
});
