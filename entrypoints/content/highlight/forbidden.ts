/**
 * Where Éclairage never writes: code and preformatted text (a name there is an identifier,
 * not a mention), form controls and editors (writing there would change what the user
 * typed), SVG and MathML (wrapping their text breaks rendering), and its own UI and
 * highlights.
 */
export const HIGHLIGHT_TAG = 'eclairage-mark';

/** The host element of the extension's own UI (the card). */
export const UI_HOST_ATTRIBUTE = 'data-eclairage-ui';

const FORBIDDEN_ELEMENTS = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'head',
  'title',
  'iframe',
  'object',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  HIGHLIGHT_TAG,
  `[${UI_HOST_ATTRIBUTE}]`,
];

/** Matches a forbidden element itself. */
export const FORBIDDEN_SELECTOR = FORBIDDEN_ELEMENTS.join(',');

const FORBIDDEN_NAMES = new Set(FORBIDDEN_ELEMENTS.filter((selector) => /^[a-z-]+$/u.test(selector)));

/**
 * True when the element itself is forbidden. The same test as `FORBIDDEN_SELECTOR`, by
 * name and attribute lookups, because the page walk runs it on every element.
 */
export function isForbiddenElement(element: Element): boolean {
  if (FORBIDDEN_NAMES.has(element.localName)) return true;
  // Most elements of a text (<p>, <em>, <li>) have no attribute: one call says so.
  if (!element.hasAttributes()) return false;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return element.getAttribute('role') === 'textbox' || element.hasAttribute(UI_HOST_ATTRIBUTE);
}

/** True when the element, or one of its ancestors, must not be written into. */
export function isInsideForbidden(element: Element | null): boolean {
  return element !== null && element.closest(FORBIDDEN_SELECTOR) !== null;
}
