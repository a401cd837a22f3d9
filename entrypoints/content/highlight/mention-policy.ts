import type { Matcher } from '../matcher';
import type { HighlightMode, HighlightStyle } from '../../../settings/schema';

export type { HighlightMode };

/** The part of the matcher the highlighter needs: its patterns, resolution and topic rule. */
export type MentionResolver = Pick<Matcher, 'pattern' | 'prefilter' | 'resolve' | 'isOnTopic'>;

export interface PolicyOptions {
  /** Highlight every mention, or the first mention of each entity. */
  mode: HighlightMode;
  /** Highlights per page, at most: keeps pathological pages fast. */
  cap: number;
  /** How highlights look. @default 'tint' */
  style?: HighlightStyle;
}

/**
 * Decides, mention by mention, what gets highlighted, and counts what the page mentions.
 *
 * On-topic rule: an ambiguous alias ("Azure", "EMA", "DNS"…) counts only once the page has
 * at least one unambiguous mention of a core entity of the affair (the Health Data Hub,
 * EMC2, the Cloud Act…). A travel page about the Côte d'Azur that names "Azure" never
 * qualifies; an article on the Health Data Hub that later says "Azure" does.
 */
export class MentionPolicy {
  onTopic = false;
  /** Mentions found per entity (highlighted or not). */
  readonly counts = new Map<string, number>();
  /** Highlights written per entity. */
  readonly highlighted = new Map<string, number>();
  private highlights = 0;

  constructor(
    private readonly resolver: MentionResolver,
    readonly options: PolicyOptions,
  ) {}

  /**
   * Notes a match found while scanning, before anything is written: it may make the page
   * on topic. Returns whether the match may lead to a highlight once the scan is over.
   */
  note(text: string): boolean {
    const resolution = this.resolver.resolve(text);
    if (!resolution) return false;
    if (!this.onTopic && this.resolver.isOnTopic([resolution])) this.onTopic = true;
    return true;
  }

  /** The entity to highlight this match as, or null to leave it alone. Counts it. */
  decide(text: string): string | null {
    const resolution = this.resolver.resolve(text);
    if (!resolution || (resolution.ambiguous && !this.onTopic)) return null;
    const { entityId } = resolution;
    this.counts.set(entityId, (this.counts.get(entityId) ?? 0) + 1);
    if (this.highlights >= this.options.cap) return null;
    if (this.options.mode === 'first' && this.highlighted.has(entityId)) return null;
    return entityId;
  }

  /** Records a highlight written for `entityId` (one per mention, not per piece). */
  wrote(entityId: string): void {
    this.highlights++;
    this.highlighted.set(entityId, (this.highlighted.get(entityId) ?? 0) + 1);
  }

  /** A highlight of `entityId` is gone with the text the page replaced. */
  forget(entityId: string): void {
    const decrement = (map: Map<string, number>) => {
      const left = (map.get(entityId) ?? 0) - 1;
      if (left > 0) map.set(entityId, left);
      else map.delete(entityId);
    };
    decrement(this.counts);
    decrement(this.highlighted);
    this.highlights = Math.max(0, this.highlights - 1);
  }

  get highlightCount(): number {
    return this.highlights;
  }

  /** Forgets everything counted, before a full rescan. */
  reset(): void {
    this.onTopic = false;
    this.counts.clear();
    this.highlighted.clear();
    this.highlights = 0;
  }
}
