/**
 * PROTOTYPE, for measurement only: `entrypoints/content/highlight/highlighter.ts` with a
 * leaner pass, same behaviour:
 * - the scan keeps the matches it found (offsets in the block's text), and the write
 *   wraps exactly those: the pattern runs once per block, not twice;
 * - a match text is resolved once per distinct text (a page says "Health Data Hub" many
 *   times), instead of once at the scan and again at the write;
 * - "unchanged since the scan" compares each node's text by identity;
 * - the wrap maps match offsets to nodes directly, without mark.js (see
 *   `direct-wrap-block.ts` for why).
 */
import { HIGHLIGHT_TAG, isInsideForbidden } from '../../../entrypoints/content/highlight/forbidden';
import { HighlightRegistry } from '../../../entrypoints/content/highlight/registry';
import {
  MentionPolicy,
  type MentionResolver,
  type PolicyOptions,
} from '../../../entrypoints/content/highlight/mention-policy';
import { highlightClasses } from '../../../entrypoints/content/highlight/wrap-block';
import type { HighlightStyle } from '../../../settings/schema';
import { isEditableDocument } from '../../../entrypoints/content/highlight/highlighter';
import { textBlocks, type LeanTextBlock } from './lean-text-blocks';

// Whatever else the original module exports, as it is: only the class is replaced.
export * from '../../../entrypoints/content/highlight/highlighter';

export type WriteGuard = (write: () => void) => void;

interface Candidate {
  block: LeanTextBlock;
  /** start, end, start, end… of each match in `block.text`. */
  offsets: number[];
  texts: string[];
}

/** The resolver, remembering each text's resolution. */
function caching(resolver: MentionResolver): MentionResolver {
  const known = new Map<string, ReturnType<MentionResolver['resolve']>>();
  return {
    pattern: resolver.pattern,
    isOnTopic: (mentions) => resolver.isOnTopic(mentions),
    resolve(text) {
      let resolution = known.get(text);
      if (resolution === undefined && !known.has(text)) {
        resolution = resolver.resolve(text);
        known.set(text, resolution);
      }
      return resolution ?? null;
    },
  };
}

export class Highlighter {
  readonly registry = new HighlightRegistry();
  readonly policy: MentionPolicy;
  private className: string;
  private readonly resolver: MentionResolver;

  constructor(
    resolver: MentionResolver,
    options: PolicyOptions,
    private readonly guard: WriteGuard = (write) => write(),
  ) {
    this.resolver = caching(resolver);
    this.policy = new MentionPolicy(this.resolver, options);
    this.className = highlightClasses(options.style);
  }

  setStyle(style: HighlightStyle): void {
    const className = highlightClasses(style);
    if (className === this.className) return;
    this.className = className;
    this.guard(() => {
      for (const element of this.registry.elements()) element.className = className;
    });
  }

  /** Called after each block written, with its length; a subclass may pace the writes. */
  protected *paceWrites(_chars: number): Generator<symbol, void, undefined> {}

  *steps(root: Node): Generator<symbol | undefined, void, undefined> {
    if (isEditableDocument()) return;
    const parent = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : root.parentElement;
    if (root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE && isInsideForbidden(parent)) return;
    const candidates: Candidate[] = [];
    for (const block of textBlocks(root)) {
      const candidate = this.scan(block);
      if (candidate) candidates.push(candidate);
      yield;
    }
    for (const candidate of candidates) {
      if (unchanged(candidate.block)) {
        this.guard(() => this.wrap(candidate));
        yield* this.paceWrites(candidate.block.text.length);
      }
      yield;
    }
  }

  private scan(block: LeanTextBlock): Candidate | null {
    const { pattern } = this.resolver;
    pattern.lastIndex = 0;
    let candidate: Candidate | null = null;
    for (let match = pattern.exec(block.text); match; match = pattern.exec(block.text)) {
      const text = match[0];
      if (!this.policy.note(text)) continue;
      candidate ??= { block, offsets: [], texts: [] };
      candidate.offsets.push(match.index, match.index + text.length);
      candidate.texts.push(text);
    }
    return candidate;
  }

  private wrap({ block, offsets, texts }: Candidate): void {
    const { nodes } = block;
    let index = 0;
    let node = nodes[0];
    let nodeStart = 0;
    for (let m = 0; m < texts.length && node; m++) {
      const entityId = this.policy.decide(texts[m] as string);
      if (entityId === null) continue;
      const end = offsets[2 * m + 1] as number;
      let position = offsets[2 * m] as number;
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

  dissolveAfter(nodes: Text[]): void {
    if (!nodes.some((node) => this.registry.isTracked(node))) return;
    this.guard(() => {
      for (const node of nodes) {
        for (const record of this.registry.dissolveAfter(node)) {
          if (!record.continued) this.policy.forget(record.entityId);
        }
      }
    });
  }

  removeAll(): void {
    this.guard(() => {
      this.registry.removeAll();
      for (const stray of document.querySelectorAll(HIGHLIGHT_TAG)) {
        stray.replaceWith(document.createTextNode(stray.textContent ?? ''));
      }
    });
    this.policy.reset();
  }
}

/** Each node is still connected and holds the very string it was read with. */
function unchanged(block: LeanTextBlock): boolean {
  for (let i = 0; i < block.nodes.length; i++) {
    const node = block.nodes[i] as Text;
    if (!node.isConnected || node.data !== block.datas[i]) return false;
  }
  return true;
}
