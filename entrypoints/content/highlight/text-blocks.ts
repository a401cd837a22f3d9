import { isForbiddenElement } from './forbidden';

/**
 * Elements that flow inside a line. A mention may run across them ("Health <em>Data</em>
 * Hub"); any other element starts a new block of text, and no mention crosses it.
 */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'Q',
  'RUBY',
  'S',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'NOBR',
]);

/** Text nodes of one block, in document order, ready to be searched as one string. */
export interface TextBlock {
  nodes: Text[];
  text: string;
}

/**
 * A block's text nodes are searched together by mark.js, whose cost per match grows with
 * the number of nodes in the search; long runs are split so no single search gets slow.
 */
const MAX_NODES_PER_BLOCK = 64;

/** Text with at least one letter or digit: skips the whitespace between tags. */
const HAS_WORD = /[\p{L}\p{N}]/u;

function blockOf(node: Node): Node | null {
  let parent = node.parentNode;
  while (parent && parent.nodeType === Node.ELEMENT_NODE && INLINE_TAGS.has((parent as Element).tagName)) {
    parent = parent.parentNode;
  }
  return parent;
}

/**
 * The text blocks under `root`, in document order, skipping forbidden subtrees and going
 * into open shadow roots (each shadow root's text forms blocks of its own). A generator,
 * so that the caller can stop between blocks and yield the main thread.
 */
export function* textBlocks(root: Node): Generator<TextBlock, void, undefined> {
  // Shadow roots are not walked into by a TreeWalker: note their hosts on the way.
  const shadowHosts: Element[] = [];
  if (root.nodeType === Node.ELEMENT_NODE && (root as Element).shadowRoot) shadowHosts.push(root as Element);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (isForbiddenElement(element)) return NodeFilter.FILTER_REJECT;
      if (element.shadowRoot) shadowHosts.push(element);
      return NodeFilter.FILTER_SKIP;
    },
  });
  let current: TextBlock = { nodes: [], text: '' };
  let currentBlock: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const block = blockOf(text);
    if (block !== currentBlock || current.nodes.length >= MAX_NODES_PER_BLOCK) {
      if (HAS_WORD.test(current.text)) yield current;
      current = { nodes: [], text: '' };
      currentBlock = block;
    }
    current.nodes.push(text);
    current.text += text.data;
  }
  if (HAS_WORD.test(current.text)) yield current;
  for (const host of shadowHosts) yield* textBlocks(host.shadowRoot as ShadowRoot);
}
