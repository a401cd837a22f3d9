import { describe, expect, it } from 'vitest';
import { isMentionsQuery, parseContentMessage } from '../../../messaging/protocol';

describe('parseContentMessage: what the background accepts from a content script', () => {
  it('accepts a mentions report and an open-timeline request, as they are', () => {
    expect(parseContentMessage({ type: 'eclairage:mentions', counts: { cnil: 2, 'health-data-hub': 1 } })).toEqual({
      type: 'eclairage:mentions',
      counts: { cnil: 2, 'health-data-hub': 1 },
    });
    expect(parseContentMessage({ type: 'eclairage:mentions', counts: {} })).toEqual({
      type: 'eclairage:mentions',
      counts: {},
    });
    expect(parseContentMessage({ type: 'eclairage:open-timeline', entityId: 'cloud-act' })).toEqual({
      type: 'eclairage:open-timeline',
      entityId: 'cloud-act',
    });
  });

  it('drops every field it does not know', () => {
    const parsed = parseContentMessage({
      type: 'eclairage:open-timeline',
      entityId: 'cnil',
      url: 'https://evil.example',
    });
    expect(parsed).toEqual({ type: 'eclairage:open-timeline', entityId: 'cnil' });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'eclairage:mentions'],
    ['a number', 42],
    ['an array', [{ type: 'eclairage:mentions', counts: {} }]],
    ['an unknown type', { type: 'eclairage:delete-everything' }],
    ['no type', { counts: { cnil: 1 } }],
    ['the popup’s query (not a content-script message)', { type: 'eclairage:get-mentions' }],
    ['counts that are not an object', { type: 'eclairage:mentions', counts: 'cnil' }],
    ['counts as an array', { type: 'eclairage:mentions', counts: [1, 2] }],
    ['counts of null', { type: 'eclairage:mentions', counts: null }],
    ['a negative count', { type: 'eclairage:mentions', counts: { cnil: -1 } }],
    ['a fractional count', { type: 'eclairage:mentions', counts: { cnil: 1.5 } }],
    ['a count as a string', { type: 'eclairage:mentions', counts: { cnil: '1' } }],
    ['NaN', { type: 'eclairage:mentions', counts: { cnil: Number.NaN } }],
    ['Infinity', { type: 'eclairage:mentions', counts: { cnil: Number.POSITIVE_INFINITY } }],
    ['an entity id with markup', { type: 'eclairage:mentions', counts: { '<img src=x>': 1 } }],
    ['an entity id in capitals', { type: 'eclairage:mentions', counts: { CNIL: 1 } }],
    ['an empty entity id', { type: 'eclairage:mentions', counts: { '': 1 } }],
    ['a timeline request without an id', { type: 'eclairage:open-timeline' }],
    ['a timeline request with a URL for an id', { type: 'eclairage:open-timeline', entityId: 'https://evil.example/' }],
    ['a timeline request with a path', { type: 'eclairage:open-timeline', entityId: '../options.html' }],
    ['a timeline request with a number', { type: 'eclairage:open-timeline', entityId: 7 }],
  ])('ignores %s', (_, message) => {
    expect(parseContentMessage(message)).toBeNull();
  });

  it('ignores oversized messages: an entity id past 64 characters, more than 1000 entities', () => {
    expect(parseContentMessage({ type: 'eclairage:open-timeline', entityId: 'a'.repeat(64) })).not.toBeNull();
    expect(parseContentMessage({ type: 'eclairage:open-timeline', entityId: 'a'.repeat(65) })).toBeNull();
    expect(parseContentMessage({ type: 'eclairage:mentions', counts: { ['a'.repeat(65)]: 1 } })).toBeNull();
    const counts = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`entity-${i}`, 1]));
    expect(parseContentMessage({ type: 'eclairage:mentions', counts: counts(1000) })).not.toBeNull();
    expect(parseContentMessage({ type: 'eclairage:mentions', counts: counts(1001) })).toBeNull();
  });

  it('is not fooled by a prototype: only own fields count', () => {
    const inherited = Object.create({ type: 'eclairage:open-timeline', entityId: 'cnil' }) as object;
    // Destructuring reads inherited fields too; the result must still be a plain, valid message.
    const parsed = parseContentMessage(inherited);
    if (parsed) expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(parseContentMessage(JSON.parse('{"type":"eclairage:mentions","counts":{"__proto__":1}}'))).toBeNull();
  });
});

describe('isMentionsQuery', () => {
  it('recognises the popup’s query and nothing else', () => {
    expect(isMentionsQuery({ type: 'eclairage:get-mentions' })).toBe(true);
    expect(isMentionsQuery({ type: 'eclairage:mentions', counts: {} })).toBe(false);
    expect(isMentionsQuery(null)).toBe(false);
    expect(isMentionsQuery('eclairage:get-mentions')).toBe(false);
  });
});
