/** The card's theme, set as `data-theme` on its popover (see `components/styles/card.css`). */
export type CardTheme = 'light' | 'dark';

type Rgba = [r: number, g: number, b: number, a: number];

/**
 * The theme that matches what the reader sees around a highlight: the page's visible
 * background there, not only the system setting (a dark news site on a light system, or
 * the reverse). Backgrounds are composited from the highlight up until they are opaque.
 * Where an ancestor paints an image or gradient we cannot read, the text colour decides
 * (light text is written on a dark background). With no background at all, the page
 * shows the canvas, which is dark only when the page opts into a dark color-scheme and
 * the system prefers it.
 */
export function themeAround(element: Element): CardTheme {
  let color = [0, 0, 0] as [number, number, number];
  let alpha = 0;
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    const style = getComputedStyle(node);
    // An element's image paints over its own colour, so it is looked at first.
    if (style.backgroundImage && style.backgroundImage !== 'none') {
      const text = parseColor(getComputedStyle(element).color);
      if (text && text[3] > 0) return luminance(text) > 0.5 ? 'dark' : 'light';
    }
    const layer = parseColor(style.backgroundColor);
    if (layer && layer[3] > 0) {
      // Front-to-back "over" compositing: each lower layer shows through what is left.
      const weight = (1 - alpha) * layer[3];
      color = [color[0] + weight * layer[0], color[1] + weight * layer[1], color[2] + weight * layer[2]];
      alpha += weight;
      if (alpha > 0.98) return themeOf(color.map((c) => c / alpha) as [number, number, number]);
    }
  }
  const canvas: [number, number, number] = canvasIsDark() ? [18, 18, 18] : [255, 255, 255];
  const blended = color.map((c, i) => c + (1 - alpha) * (canvas[i] as number)) as [number, number, number];
  return themeOf(blended);
}

function canvasIsDark(): boolean {
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const prefersDark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  return /\bdark\b/u.test(scheme) && (prefersDark || !/\blight\b/u.test(scheme));
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Dark when white text would contrast more with it than black text: luminance < 0.179. */
function themeOf(rgb: [number, number, number]): CardTheme {
  return luminance([...rgb, 1]) < 0.179 ? 'dark' : 'light';
}

/** WCAG relative luminance of an sRGB colour with 0–255 channels. */
export function luminance([r, g, b]: readonly number[]): number {
  const channel = (value = 0) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * A computed colour as sRGB channels. Browsers compute sRGB colours to `rgb()`/`rgba()`
 * (hex is read too, for DOM emulations that keep the specified value); other spaces
 * (`oklch()`, `color()`…) go through a 1×1 canvas, which converts them.
 */
export function parseColor(value: string): Rgba | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/u.exec(value);
  if (match) {
    const a = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : Number(match[4]);
    return [Number(match[1]), Number(match[2]), Number(match[3]), a];
  }
  if (value === 'transparent' || value === '') return [0, 0, 0, 0];
  const hex = /^#([\da-f]{3,8})$/iu.exec(value)?.[1];
  if (hex && hex.length !== 5 && hex.length !== 7) {
    const digits = hex.length <= 4 ? [...hex].map((d) => d + d) : (hex.match(/../gu) as string[]);
    const [r = 0, g = 0, b = 0, a = 255] = digits.map((pair) => parseInt(pair, 16));
    return [r, g, b, a / 255];
  }
  return viaCanvas(value);
}

let context: OffscreenCanvasRenderingContext2D | null | undefined;

function viaCanvas(value: string): Rgba | null {
  if (context === undefined)
    context =
      typeof OffscreenCanvas === 'function'
        ? new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })
        : null;
  if (!context) return null;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = value;
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}
