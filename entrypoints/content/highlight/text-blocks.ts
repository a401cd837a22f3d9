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
  /** `nodes[i].data` when the block was read: tells whether the page changed it since. */
  datas: string[];
  text: string;
}

/**
 * A long run of text nodes is cut into blocks of at most this many nodes, so that one
 * block stays one small step of work, whatever the page.
 */
const MAX_NODES_PER_BLOCK = 64;

/** Text with at least one letter or digit: skips the whitespace between tags. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Moves the walker past its current node's subtree: to the next sibling, or an ancestor's. */
function pastSubtree(walker: TreeWalker): Node | null {
  let node = walker.nextSibling();
  while (!node && walker.parentNode()) node = walker.nextSibling();
  return node;
}

/** The nearest ancestor-or-self of `parent` that is not an inline element: its block. */
function blockOf(parent: Node | null): Node | null {
  // A shadow root or a document has no tag name: it ends the climb like a block.
  while (parent && INLINE_TAGS.has((parent as Element).tagName)) parent = parent.parentNode;
  return parent;
}

/**
 * The text blocks under `root`, in document order, skipping forbidden subtrees and going
 * into open shadow roots (each shadow root's text forms blocks of its own). A generator,
 * so that the caller can stop between blocks and yield the main thread.
 *
 * The walker has no JS filter: the browser calling back into script for each of a big
 * page's ~40,000 nodes costs more than the whole walk. Elements are tested here instead,
 * and a forbidden one is stepped over with its subtree.
 */
export function* textBlocks(root: Node): Generator<TextBlock, void, undefined> {
  // Shadow roots are not walked into by a TreeWalker: note their hosts on the way.
  const shadowHosts: Element[] = [];
  if (root.nodeType === Node.ELEMENT_NODE && (root as Element).shadowRoot) shadowHosts.push(root as Element);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let current: TextBlock = { nodes: [], datas: [], text: '' };
  let currentBlock: Node | null = null;
  // Sibling text nodes share their block: found once per parent.
  let lastParent: Node | null = null;
  let lastParentBlock: Node | null = null;
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType !== Node.TEXT_NODE) {
      const element = node as Element;
      if (isForbiddenElement(element)) {
        node = pastSubtree(walker);
        continue;
      }
      if (element.shadowRoot) shadowHosts.push(element);
      node = walker.nextNode();
      continue;
    }
    const text = node as Text;
    // Each DOM property read crosses into the browser, dearer from a content script's
    // isolated world than from the page: read each once.
    const parent = text.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      lastParentBlock = blockOf(parent);
    }
    if (lastParentBlock !== currentBlock || current.nodes.length >= MAX_NODES_PER_BLOCK) {
      // Tested once per block, not per node: most blocks are one paragraph of a few nodes.
      if (HAS_WORD.test(current.text)) yield current;
      current = { nodes: [], datas: [], text: '' };
      currentBlock = lastParentBlock;
    }
    const data = text.data;
    current.nodes.push(text);
    current.datas.push(data);
    current.text += data;
    node = walker.nextNode();
  }
  if (HAS_WORD.test(current.text)) yield current;
  for (const host of shadowHosts) yield* textBlocks(host.shadowRoot as ShadowRoot);
}

/**
 * The open shadow roots under `root` (its own included), outside forbidden subtrees, and
 * not those inside another one: each is read on its own. An element-only walk, for a
 * subtree whose light text the prefilter has ruled out.
 */
export function* openShadowRoots(root: Node): Generator<ShadowRoot, void, undefined> {
  if (root.nodeType === Node.ELEMENT_NODE && (root as Element).shadowRoot) yield (root as Element).shadowRoot!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  let node = walker.nextNode();
  while (node) {
    const element = node as Element;
    if (isForbiddenElement(element)) {
      node = pastSubtree(walker);
      continue;
    }
    if (element.shadowRoot) yield element.shadowRoot;
    node = walker.nextNode();
  }
}

/**
 * The block still holds the text it was read with (the page may change between tasks),
 * up to offset `end`: what follows does not move the matches before it.
 */
export function isUnchanged(block: TextBlock, end = block.text.length): boolean {
  let start = 0;
  for (let i = 0; i < block.nodes.length && start < end; i++) {
    const node = block.nodes[i] as Text;
    const data = block.datas[i] as string;
    // The same string, usually the very same one: the browser hands out a cached copy.
    if (!node.isConnected || node.data !== data) return false;
    start += data.length;
  }
  return true;
}
