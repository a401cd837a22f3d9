import { MarkWriter, type TextNodeMap } from './mark-writer';
import { HIGHLIGHT_TAG } from './forbidden';
import type { TextBlock } from './text-blocks';
import type { MentionPolicy } from './mention-policy';
import type { HighlightRegistry } from './registry';
import type { HighlightStyle } from '../../../settings/schema';

/** A match the scan found: where it lies in its block's text, and what it says. */
export interface BlockMatch {
  start: number;
  end: number;
  text: string;
}

/** A range of the map's text, handed back with each element written for it. */
interface MentionRange {
  start: number;
  length: number;
  /** The entity's highlight, class and `data-entity` set: each piece is a copy of it. */
  template: Element;
  entityId: string;
  /** Pieces written so far: a mention over `<em>` comes in several. */
  pieces: number;
}

/** The classes of a highlight: the base look, and the user's chosen style. */
export function highlightClasses(style: HighlightStyle = 'tint'): string {
  return `eclairage-highlight eclairage-style-${style}`;
}

export class BlockWrapper {
  private readonly writer: MarkWriter;
  /** Per entity, the element its highlights are copies of (see `MarkWriter.template`). */
  private templates = new Map<string, Element>();

  constructor(
    private readonly policy: MentionPolicy,
    private readonly registry: HighlightRegistry,
    className = highlightClasses(),
  ) {
    this.writer = new MarkWriter(HIGHLIGHT_TAG, className);
  }

  /** The class attribute of new highlights. */
  get className(): string {
    return this.writer.className;
  }

  set className(className: string) {
    this.writer.className = className;
    this.templates = new Map();
  }

  private templateFor(entityId: string): Element {
    let template = this.templates.get(entityId);
    if (!template) {
      template = this.writer.template();
      template.setAttribute('data-entity', entityId);
      this.templates.set(entityId, template);
    }
    return template;
  }

  /**
   * Highlights the matches the scan found in a block, each as the policy decides, with
   * mark.js's range wrapping. Only the text nodes a mention touches are handed to mark.js,
   * searched as one string: a mention split over inline elements is wrapped piece by
   * piece, and mark.js never walks the rest of the block.
   */
  wrap(block: TextBlock, matches: readonly BlockMatch[]): void {
    const { nodes, datas } = block;
    const map: TextNodeMap = { value: '', nodes: [] };
    const ranges: MentionRange[] = [];
    // The map's text is the block's text without the nodes left out: `shift` is how far a
    // block offset is ahead of the same place in the map's text.
    let next = 0;
    let nextStart = 0;
    let shift = 0;
    for (const match of matches) {
      const entityId = this.policy.decide(match.text);
      if (entityId === null) continue;
      // Counted now, not when mark.js writes it: the cap and the "first mention only" mode
      // must see it before the next match of this block is decided.
      this.policy.wrote(entityId);
      // Nodes before the match, not handed to mark.js.
      while (next < nodes.length && nextStart + (datas[next] as string).length <= match.start) {
        shift += (datas[next] as string).length;
        nextStart += (datas[next] as string).length;
        next++;
      }
      // Nodes the match covers (the first may be in already, with the match before).
      while (next < nodes.length && nextStart < match.end) {
        const data = datas[next] as string;
        if (data.length > 0) {
          const start = map.value.length;
          map.value += data;
          map.nodes.push({ start, end: map.value.length, node: nodes[next] as Text });
        }
        nextStart += data.length;
        next++;
      }
      ranges.push({
        start: match.start - shift,
        length: match.end - match.start,
        template: this.templateFor(entityId),
        entityId,
        pieces: 0,
      });
    }
    this.writer.wrapRanges(map, ranges, (element, mention, before, after) => {
      const first = mention.pieces++ === 0;
      if (!first) element.setAttribute('data-continued', '');
      this.registry.add({ element, before, after, entityId: mention.entityId, continued: !first });
    });
  }
}
