import { afterEach, describe, expect, it } from 'vitest';
import { luminance, parseColor, themeAround } from '../../../entrypoints/content/card/page-theme';

function nested(styles: string[]): HTMLElement {
  let parent: HTMLElement = document.body;
  for (const style of styles) {
    const element = document.createElement('div');
    element.setAttribute('style', style);
    parent.append(element);
    parent = element;
  }
  return parent;
}

afterEach(() => {
  document.body.replaceChildren();
  document.body.removeAttribute('style');
});

describe('themeAround', () => {
  it('follows the nearest opaque background, not the system setting', () => {
    expect(themeAround(nested(['background-color: #101418', '']))).toBe('dark');
    expect(themeAround(nested(['background-color: #101418', 'background-color: #fafafa']))).toBe('light');
  });

  it('walks up through transparent ancestors', () => {
    document.body.setAttribute('style', 'background-color: rgb(20, 20, 30)');
    expect(themeAround(nested(['', 'background-color: transparent', '']))).toBe('dark');
  });

  it('composites translucent layers over what is below', () => {
    document.body.setAttribute('style', 'background-color: rgb(255, 255, 255)');
    expect(themeAround(nested(['background-color: rgba(0, 0, 0, 0.2)']))).toBe('light');
    expect(themeAround(nested(['background-color: rgba(0, 0, 0, 0.9)']))).toBe('dark');
  });

  it('reads the text colour where a background image hides the colour', () => {
    expect(themeAround(nested(['background-image: url(x.png); color: #eeeeee']))).toBe('dark');
  });

  it('shows a light card on the default white canvas', () => {
    expect(themeAround(nested(['']))).toBe('light');
  });
});

describe('colours', () => {
  it('parses computed colours', () => {
    expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3, 1]);
    expect(parseColor('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3, 0.5]);
    expect(parseColor('rgb(1 2 3 / 50%)')).toEqual([1, 2, 3, 0.5]);
    expect(parseColor('transparent')).toEqual([0, 0, 0, 0]);
  });

  it('computes WCAG luminance', () => {
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
    expect(luminance([0, 0, 0])).toBe(0);
    expect(luminance([118, 118, 118])).toBeCloseTo(0.181, 2);
  });
});
