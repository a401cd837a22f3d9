import { describe, it, expect } from 'vitest';
import { createMatcher } from '../../../entrypoints/content/matcher';
import { alias, entity } from './fixtures';
import { found } from './helpers';

describe('the longest alias wins', () => {
  it('prefers "Microsoft Azure" to "Microsoft" and "Azure"', () => {
    expect(found('Le Health Data Hub est hébergé sur Microsoft Azure.')).toEqual([
      ['Health Data Hub', 'health-data-hub'],
      ['Microsoft Azure', 'microsoft-azure'],
    ]);
    expect(found('Data is hosted on Microsoft Azure, not elsewhere.')).toEqual([
      ['Microsoft Azure', 'microsoft-azure'],
    ]);
  });

  it('prefers "GIP PDS" to "PDS"', () => {
    expect(found('Le GIP PDS, dit PDS, gère la plateforme.')).toEqual([
      ['GIP PDS', 'gip-pds'],
      ['PDS', 'health-data-hub'],
    ]);
  });

  it('prefers the full name to its acronym or a shorter name', () => {
    expect(found('La Plateforme des données de santé (PDS).')).toEqual([
      ['Plateforme des données de santé', 'health-data-hub'],
      ['PDS', 'health-data-hub'],
    ]);
    expect(found('Azure Health Data Services is a product.')).toEqual([
      ['Azure Health Data Services', 'azure-health-data-services'],
    ]);
    expect(found('The EU-US Data Privacy Framework and the Data Privacy Framework.')).toEqual([
      ['EU-US Data Privacy Framework', 'data-privacy-framework'],
      ['Data Privacy Framework', 'data-privacy-framework'],
    ]);
  });

  it('falls back to a shorter alias when the longer one is cut by a boundary', () => {
    // "Microsoft Azures" is no "Microsoft Azure", but it starts with "Microsoft".
    expect(found('Microsoft Azures')).toEqual([['Microsoft', 'microsoft']]);
    // "Azure Health" is a prefix of a longer alias only: "Azure" is what remains.
    expect(found('Azure Health Data is not a product.')).toEqual([['Azure', 'microsoft-azure']]);
  });

  it('falls back to a shorter alias when the longer one is disqualified', () => {
    const m = createMatcher([
      entity('short', ['Alpha']),
      entity('long', [alias('Alpha Beta', { notBefore: ['Gamma'] })]),
    ]);
    const mentions = (text: string) => m.findMentions(text, { onTopic: true }).map((x) => [x.text, x.entityId]);
    expect(mentions('Alpha Beta Delta')).toEqual([['Alpha Beta', 'long']]);
    expect(mentions('Alpha Beta Gamma')).toEqual([['Alpha', 'short']]);
  });
});

describe('notAfter and notBefore', () => {
  it('compiles notAfter as a lookbehind: "Dell EMC" (EN, FR)', () => {
    expect(found('Dell EMC sold storage; the EMC team left.')).toEqual([['EMC', 'emc2']]);
    expect(found('Les baies Dell EMC ne sont pas l’EMC.')).toEqual([['EMC', 'emc2']]);
  });

  it('compiles notBefore as a lookahead: "DNS server", "EMA crossover"', () => {
    expect(found('The DNS server failed; the DNS said nothing.')).toEqual([['DNS', 'dns']]);
    expect(found('An EMA crossover signal; the EMA approved it.')).toEqual([['EMA', 'ema']]);
  });

  it('reads disqualifiers without case, accents or fixed whitespace', () => {
    expect(found('SERVEUR DNS, Serveur\u00A0DNS, serveur\nDNS')).toEqual([]);
    expect(found('EMA Crossover, EMA\u202Fcrossover, EMA CROSSOVER')).toEqual([]);
    const m = createMatcher([entity('x', [alias('XYZ', { notAfter: ['Réseau'] })])]);
    const text = 'reseau XYZ, RÉSEAU XYZ, le XYZ';
    expect(m.findMentions(text, { onTopic: true }).map((x) => x.start)).toEqual([text.lastIndexOf('XYZ')]);
  });

  it('disqualifies whole words only', () => {
    // "Dellman" is not "Dell"; "servers" is listed, "serverless" is not.
    expect(found('Dellman EMC, the DNS serverless setup')).toEqual([
      ['EMC', 'emc2'],
      ['DNS', 'dns'],
    ]);
  });

  it('re-checks each entity’s own disqualifiers when two share an alias', () => {
    const m = createMatcher([
      entity('agency', [alias('EMA', { ambiguous: true, notBefore: ['crossover'] })]),
      entity('average', [alias('EMA', { ambiguous: true, notAfter: ['European'] })]),
    ]);
    const ids = (text: string) => m.findMentions(text, { onTopic: true }).map((x) => x.entityIds);
    expect(ids('the EMA said')).toEqual([['agency', 'average']]);
    expect(ids('an EMA crossover')).toEqual([['average']]);
    expect(ids('the European EMA')).toEqual([['agency']]);
  });
});
