import { describe, expect, it } from 'vitest';
import { isCounts, parseContentMessage, parsePageInfo, parsePopupRequest } from '../../../messaging/protocol';

describe('popup ↔ content script messages', () => {
  it('accepts the page query and a scroll request for a valid entity id', () => {
    expect(parsePopupRequest({ type: 'eclairage:get-page' })).toEqual({ type: 'eclairage:get-page' });
    expect(parsePopupRequest({ type: 'eclairage:scroll-to', entityId: 'cnil', extra: 1 })).toEqual({
      type: 'eclairage:scroll-to',
      entityId: 'cnil',
    });
  });

  it('refuses anything else', () => {
    for (const message of [
      null,
      'eclairage:get-page',
      { type: 'eclairage:scroll-to' },
      { type: 'eclairage:scroll-to', entityId: 'a"]; alert(1)' },
      { type: 'eclairage:scroll-to', entityId: 'x'.repeat(65) },
      { type: 'eclairage:get-mentions' },
    ]) {
      expect(parsePopupRequest(message)).toBeNull();
    }
  });

  it('checks the content script’s answers', () => {
    expect(parsePageInfo({ host: 'www.example.org' })).toEqual({ host: 'www.example.org' });
    expect(parsePageInfo({ host: 42 })).toBeNull();
    expect(parsePageInfo(undefined)).toBeNull();
    expect(isCounts({ cnil: 2, 'health-data-hub': 0 })).toBe(true);
    expect(isCounts({ cnil: -1 })).toBe(false);
    expect(isCounts({ 'Bad Id': 1 })).toBe(false);
    expect(isCounts([1])).toBe(false);
  });

  it('still reads the content script’s reports as before', () => {
    expect(parseContentMessage({ type: 'eclairage:mentions', counts: { cnil: 1 } })).toEqual({
      type: 'eclairage:mentions',
      counts: { cnil: 1 },
    });
    expect(parseContentMessage({ type: 'eclairage:mentions', counts: { cnil: 1.5 } })).toBeNull();
    expect(parseContentMessage({ type: 'eclairage:mentions', counts: null })).toBeNull();
  });
});
