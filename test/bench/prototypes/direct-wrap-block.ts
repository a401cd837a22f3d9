/**
 * PROTOTYPE, for measurement only: `entrypoints/content/highlight/wrap-block.ts` without
 * mark.js. Same class, same DOM result (the original node keeps the text before a match,
 * the match moves into the highlight, a new node takes the text after it; a mention over
 * inline elements gives one highlight per piece, the later ones `data-continued`), same
 * calls into the policy and the registry.
 *
 * Why: mark.js creates a NodeIterator for each context it searches. A live NodeIterator
 * stays registered with the document until it is garbage-collected, and every node
 * removal walks all of them; thousands of blocks make every later write slower (2,000
 * wraps: 19 ms with no live iterator, 428 ms with 5,000, in Chromium 156). Here the
 * matches are found in the block's text, which the scan already built, and mapped to its
 * nodes by offset: no iterator, no DOM walk.
 */
import { HIGHLIGHT_TAG } from '../../../entrypoints/content/highlight/forbidden';
import type { TextBlock } from '../../../entrypoints/content/highlight/text-blocks';
import type { MentionPolicy } from '../../../entrypoints/content/highlight/mention-policy';
import type { HighlightRegistry } from '../../../entrypoints/content/highlight/registry';
import type { HighlightStyle } from '../../../settings/schema';

export function highlightClasses(style: HighlightStyle = 'tint'): string {
  return `eclairage-highlight eclairage-style-${style}`;
}

export class BlockWrapper {
  private readonly pattern: RegExp;
  className = highlightClasses();

  constructor(
    pattern: RegExp,
    private readonly policy: MentionPolicy,
    private readonly registry: HighlightRegistry,
  ) {
    this.pattern = new RegExp(pattern.source, pattern.flags);
  }

  wrap(block: TextBlock): void {
    const { nodes, text } = block;
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    let index = 0;
    let node = nodes[0];
    /** Offset in `text` where `node` (what is left of `nodes[index]`) starts. */
    let nodeStart = 0;
    for (let match = pattern.exec(text); match && node; match = pattern.exec(text)) {
      const entityId = this.policy.decide(match[0]);
      if (entityId === null) continue;
      const end = match.index + match[0].length;
      let position = match.index;
      let first = true;
      while (position < end && node) {
        while (node && nodeStart + node.data.length <= position) {
          nodeStart += node.data.length;
          node = nodes[++index];
        }
        if (!node) break;
        const pieceEnd = Math.min(end, nodeStart + node.data.length);
        const hit = node.splitText(position - nodeStart);
        const after = hit.splitText(pieceEnd - position);
        const element = document.createElement(HIGHLIGHT_TAG);
        element.className = this.className;
        element.setAttribute('data-entity', entityId);
        if (!first) element.setAttribute('data-continued', '');
        hit.parentNode?.replaceChild(element, hit);
        element.appendChild(hit);
        if (first) this.policy.wrote(entityId);
        this.registry.add(element, entityId, !first);
        first = false;
        node = after;
        nodeStart = pieceEnd;
        position = pieceEnd;
      }
    }
  }
}
