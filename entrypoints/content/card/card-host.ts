import baseCss from '../../../components/styles/base.css?inline';
import cardCss from '../../../components/styles/card.css?inline';
import { UI_HOST_ATTRIBUTE } from '../highlight/forbidden';
import type { CardTheme } from './page-theme';
import { pathOf } from './gestures';

/**
 * An unregistered custom element name: no page style targets it by accident, and
 * `attachShadow` accepts any valid custom element name.
 */
export const HOST_TAG = 'eclairage-card';

/** A beat between the host joining the page and its live region's text: see `announce`. */
const ANNOUNCE_DELAY_MS = 100;

/**
 * Where the card lives in the page: a host element carrying `data-eclairage-ui` (so the
 * highlighter never writes into it), a closed shadow root (page scripts cannot read or
 * change the card: `host.shadowRoot` is null for them), and inside it a `popover="manual"`
 * element shown in the top layer, above every stacking context and overflow clip of the
 * page. `manual`, never `auto`: an auto popover would close the page's own popovers, and
 * light dismiss is ours to decide.
 *
 * The host joins the page when a card first opens, so a page where no card is ever
 * opened is not touched at all.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private popoverElement: HTMLElement | null = null;
  private liveRegion: HTMLElement | null = null;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** The popover element, in which the card is rendered. */
  get popover(): HTMLElement {
    if (!this.popoverElement) this.create();
    return this.popoverElement as HTMLElement;
  }

  get shadow(): ShadowRoot {
    if (!this.root) this.create();
    return this.root as ShadowRoot;
  }

  get isOpen(): boolean {
    return this.popoverElement?.matches(':popover-open') ?? false;
  }

  /** True when the event happened inside the card (its path goes through the host). */
  containsEvent(event: Event): boolean {
    return this.host !== null && pathOf(event).includes(this.host);
  }

  /** The element the page sees when focus is inside the card. */
  get element(): HTMLElement | null {
    return this.host;
  }

  show(theme: CardTheme): void {
    const popover = this.popover;
    this.attach();
    popover.setAttribute('data-theme', theme);
    // Shown again each time: the newest top-layer element paints on top, so a page dialog
    // opened since the last card does not cover this one.
    if (this.isOpen) popover.hidePopover();
    popover.showPopover();
  }

  /**
   * Tells screen readers something the card's opening alone would not (a polite live
   * region beside the popover; empty text says nothing). Set after the host joined the
   * page: a region must be in the page before its text changes to be read.
   */
  announce(text: string): void {
    const region = this.liveRegion;
    if (!region) return;
    clearTimeout(this.announceTimer);
    if (!text) region.textContent = '';
    else this.announceTimer = setTimeout(() => (region.textContent = text), ANNOUNCE_DELAY_MS);
  }

  hide(): void {
    if (this.isOpen) this.popoverElement?.hidePopover();
  }

  destroy(): void {
    clearTimeout(this.announceTimer);
    this.hide();
    this.host?.remove();
    this.host = this.root = this.popoverElement = this.liveRegion = null;
  }

  /**
   * In the body, where tools that read the page (accessibility checkers among them) look
   * for content; `display: contents` on the host (see `card.css`) keeps it out of the
   * body's flex or grid layout. While the page shows a modal dialog, everything outside
   * that dialog is inert, the top layer included: the card would show but ignore clicks
   * and focus. Inside the topmost modal it is live, and as a later top-layer element it
   * still paints above the dialog. Checked at each opening: a page may have replaced its
   * body, or opened or closed a dialog, since the last card.
   */
  private attach(): void {
    const host = this.host as HTMLElement;
    const modals = document.querySelectorAll(':modal');
    const parent = modals[modals.length - 1] ?? document.body ?? document.documentElement;
    if (host.parentNode !== parent) parent.append(host);
  }

  private create(): void {
    const host = document.createElement(HOST_TAG);
    host.setAttribute(UI_HOST_ATTRIBUTE, '');
    const root = host.attachShadow({ mode: 'closed' });
    adoptStyles(root, `${baseCss}\n${cardCss}`);
    const popover = document.createElement('div');
    popover.className = 'ecl-popover';
    popover.setAttribute('popover', 'manual');
    const region = document.createElement('div');
    region.className = 'ecl-visually-hidden';
    region.setAttribute('aria-live', 'polite');
    root.append(popover, region);
    this.liveRegion = region;
    this.host = host;
    this.root = root;
    this.popoverElement = popover;
  }
}

/**
 * Constructable stylesheets are not subject to the page's CSP (`style-src 'none'` blocks a
 * `<style>` element, not a sheet built from a string), so they come first; a `<style>` is
 * the fallback for browsers whose content scripts cannot adopt sheets.
 */
function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}
