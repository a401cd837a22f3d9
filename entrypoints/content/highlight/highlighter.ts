import { BlockWrapper, highlightClasses } from './wrap-block';
import type { HighlightStyle } from '../../../settings/schema';
import { HighlightRegistry } from './registry';
import { MentionPolicy, type MentionResolver, type PolicyOptions } from './mention-policy';
import { textBlocks, type TextBlock } from './text-blocks';
import { HIGHLIGHT_TAG, isInsideForbidden } from './forbidden';

/** Runs `write` with the page observer paused, so Éclairage never reacts to itself. */
export type WriteGuard = (write: () => void) => void;

/**
 * Finds and highlights the mentions under a root, as a sequence of small steps (one block
 * each) that a scheduler can spread over several tasks.
 *
 * Two passes: the scan reads every block and decides whether the page is on topic; only
 * then does the write pass wrap the blocks that had a match, so an ambiguous alias early in
 * the page is judged with everything the page says.
 */
export class Highlighter {
  readonly registry = new HighlightRegistry();
  readonly policy: MentionPolicy;
  private readonly wrapper: BlockWrapper;

  constructor(
    private readonly resolver: MentionResolver,
    options: PolicyOptions,
    private readonly guard: WriteGuard = (write) => write(),
  ) {
    this.policy = new MentionPolicy(resolver, options);
    this.wrapper = new BlockWrapper(resolver.pattern, this.policy, this.registry);
    this.wrapper.className = highlightClasses(options.style);
  }

  /** Changes how highlights look, the ones written already included. */
  setStyle(style: HighlightStyle): void {
    const className = highlightClasses(style);
    if (className === this.wrapper.className) return;
    this.wrapper.className = className;
    this.guard(() => {
      for (const element of this.registry.elements()) element.className = className;
    });
  }

  /** The steps that highlight everything under `root`. */
  *steps(root: Node): Generator<void, void, undefined> {
    // With `designMode` on, the whole document is an editor: nothing may be written in it.
    if (isEditableDocument()) return;
    const parent = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : root.parentElement;
    if (root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE && isInsideForbidden(parent)) return;
    const candidates: TextBlock[] = [];
    for (const block of textBlocks(root)) {
      if (this.scan(block)) candidates.push(block);
      yield;
    }
    for (const block of candidates) {
      if (unchanged(block)) this.guard(() => this.wrapper.wrap(block));
      yield;
    }
  }

  /** Notes every match of the block; true when one of them may become a highlight. */
  private scan(block: TextBlock): boolean {
    const { pattern } = this.resolver;
    pattern.lastIndex = 0;
    let candidate = false;
    for (let match = pattern.exec(block.text); match; match = pattern.exec(block.text)) {
      if (this.policy.note(match[0])) candidate = true;
    }
    return candidate;
  }

  /**
   * The page rewrote or removed these text nodes: drops the highlights that followed them,
   * which would otherwise still show the old text.
   */
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

  /**
   * Takes every highlight back, leaving the page's text nodes as they were. Copies the
   * page made of highlights (by cloning them) are untracked: they become plain text.
   */
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

/** The block still holds the text it was scanned with (the page may change between tasks). */
function unchanged(block: TextBlock): boolean {
  let text = '';
  for (const node of block.nodes) {
    if (!node.isConnected) return false;
    text += node.data;
  }
  return text === block.text;
}

export function isEditableDocument(): boolean {
  return document.designMode === 'on';
}
