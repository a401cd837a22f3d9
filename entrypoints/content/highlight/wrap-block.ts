import Mark from 'mark.js';
import { HIGHLIGHT_TAG } from './forbidden';
import type { TextBlock } from './text-blocks';
import type { MentionPolicy } from './mention-policy';
import type { HighlightRegistry } from './registry';
import type { HighlightStyle } from '../../../settings/schema';

/**
 * The matcher's pattern, telling us each match as mark.js finds it. mark.js asks its
 * filter about every *piece* of a match (a mention over `<em>` comes in several pieces)
 * without saying which match a piece belongs to; `exec` runs once per match, so the
 * decision is taken there and every piece of the match follows it.
 */
class DecidingPattern extends RegExp {
  onMatch: (match: RegExpExecArray) => void = () => {};

  override exec(text: string): RegExpExecArray | null {
    const match = super.exec(text);
    if (match) this.onMatch(match);
    return match;
  }
}

/** The classes of a highlight: the base look, and the user's chosen style. */
export function highlightClasses(style: HighlightStyle = 'tint'): string {
  return `eclairage-highlight eclairage-style-${style}`;
}

export class BlockWrapper {
  private readonly pattern: DecidingPattern;
  /** The class attribute of new highlights. */
  className = highlightClasses();

  constructor(
    pattern: RegExp,
    private readonly policy: MentionPolicy,
    private readonly registry: HighlightRegistry,
  ) {
    this.pattern = new DecidingPattern(pattern.source, pattern.flags);
  }

  /**
   * Highlights the mentions of one block with mark.js's `markRegExp`. The block's own text
   * nodes are the contexts, searched as one string (`acrossElements`), so a mention split
   * over inline elements is found, and the cost stays proportional to the block.
   */
  wrap(block: TextBlock): void {
    let entityId: string | null = null;
    let firstPiece = false;
    this.pattern.onMatch = (match) => {
      entityId = this.policy.decide(match[0]);
      firstPiece = true;
    };
    this.pattern.lastIndex = 0;
    new Mark(block.nodes as unknown as HTMLElement[]).markRegExp(this.pattern, {
      element: HIGHLIGHT_TAG,
      className: this.className,
      acrossElements: true,
      filter: () => entityId !== null,
      each: (element) => {
        if (entityId === null) return;
        element.setAttribute('data-entity', entityId);
        if (firstPiece) this.policy.wrote(entityId);
        else element.setAttribute('data-continued', '');
        this.registry.add(element as HTMLElement, entityId, !firstPiece);
        firstPiece = false;
      },
    });
  }
}
