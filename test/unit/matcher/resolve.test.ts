import { describe, it, expect } from 'vitest';
import { matcher } from './helpers';

describe('resolve', () => {
  it('maps any spelling the pattern accepts back to its entity', () => {
    for (const text of ["Conseil d'État", 'Conseil d’Etat', 'CONSEIL DʼETAT', 'conseil\u00A0d`état']) {
      expect(matcher.resolve(text)).toEqual({
        entityId: 'conseil-etat',
        entityIds: ['conseil-etat'],
        ambiguous: false,
      });
    }
    expect(matcher.resolve('Microsoft\u202F\nAzure')?.entityId).toBe('microsoft-azure');
    expect(matcher.resolve('EU—US Data Privacy Framework')?.entityId).toBe('data-privacy-framework');
  });

  it('says whether the alias is ambiguous', () => {
    expect(matcher.resolve('Azure')).toEqual({
      entityId: 'microsoft-azure',
      entityIds: ['microsoft-azure'],
      ambiguous: true,
    });
    expect(matcher.resolve('Microsoft Azure')?.ambiguous).toBe(false);
    expect(matcher.resolve('assurance maladie')?.ambiguous).toBe(true);
  });

  it('checks the case of case-sensitive aliases', () => {
    expect(matcher.resolve('EMA')?.entityId).toBe('ema');
    expect(matcher.resolve('Ema')).toBeNull();
    expect(matcher.resolve('azure')).toBeNull();
    expect(matcher.resolve('ÉMA')?.entityId).toBe('ema');
  });

  it('returns null for a text that is no alias', () => {
    expect(matcher.resolve('Google Cloud')).toBeNull();
    expect(matcher.resolve('')).toBeNull();
    expect(matcher.resolve('Cloud Acts')).toBeNull();
  });

  it('gives every entity of a shared ambiguous alias, in dataset order', () => {
    expect(matcher.resolve('ANS')).toEqual({
      entityId: 'agence-numerique-sante',
      entityIds: ['agence-numerique-sante', 'ans-autre'],
      ambiguous: true,
    });
  });

  it('resolves every match of the pattern in a text', () => {
    const text = "Le GIP PDS, la CNIL, l'EMC2 et le Conseil d’Etat ; the Cloud Act’s reach.";
    const pattern = new RegExp(matcher.pattern.source, matcher.pattern.flags);
    const matches = [...text.matchAll(pattern)].map((m) => [m[0], matcher.resolve(m[0])?.entityId]);
    expect(matches).toEqual([
      ['GIP PDS', 'gip-pds'],
      ['CNIL', 'cnil'],
      ['EMC2', 'emc2'],
      ['Conseil d’Etat', 'conseil-etat'],
      ['Cloud Act', 'cloud-act'],
    ]);
  });
});
