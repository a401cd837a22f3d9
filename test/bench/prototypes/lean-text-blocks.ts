/**
 * PROTOTYPE, for measurement only: `entrypoints/content/highlight/text-blocks.ts`, with
 * - no NodeFilter callback: the walker shows elements and text, and the loop itself skips
 *   a forbidden element's subtree (`nextSibling`, else up with `parentNode`). A JS filter
 *   is called from native code for every node; on page (b) that walk took 100–360 ms,
 *   against 30–80 ms without it (cold, Chromium 156);
 * - each node's text kept as read, so that "unchanged since the scan" is one identity test
 *   per node, and the word test run node by node on short, flat strings.
 */
import { isForbiddenElement } from '../../../entrypoints/content/highlight/forbidden';

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

export interface LeanTextBlock {
  nodes: Text[];
  /** `nodes[i].data` when the block was read. */
  datas: string[];
  text: string;
}

const MAX_NODES_PER_BLOCK = 64;
const HAS_WORD = /[\p{L}\p{N}]/u;

function blockOf(node: Node): Node | null {
  let parent = node.parentNode;
  while (parent && parent.nodeType === Node.ELEMENT_NODE && INLINE_TAGS.has((parent as Element).tagName)) {
    parent = parent.parentNode;
  }
  return parent;
}

export function* textBlocks(root: Node): Generator<LeanTextBlock, void, undefined> {
  const shadowHosts: Element[] = [];
  if (root.nodeType === Node.ELEMENT_NODE && (root as Element).shadowRoot) shadowHosts.push(root as Element);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let current: LeanTextBlock = { nodes: [], datas: [], text: '' };
  let hasWord = false;
  let currentBlock: Node | null = null;
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType !== Node.TEXT_NODE) {
      const element = node as Element;
      if (element.shadowRoot) shadowHosts.push(element);
      if (isForbiddenElement(element)) {
        // Past this subtree: its next sibling, or its nearest ancestor's.
        node = walker.nextSibling();
        while (!node && walker.parentNode()) node = walker.nextSibling();
      } else {
        node = walker.nextNode();
      }
      continue;
    }
    const text = node as Text;
    const block = blockOf(text);
    if (block !== currentBlock || current.nodes.length >= MAX_NODES_PER_BLOCK) {
      if (hasWord) yield current;
      current = { nodes: [], datas: [], text: '' };
      hasWord = false;
      currentBlock = block;
    }
    const data = text.data;
    current.nodes.push(text);
    current.datas.push(data);
    current.text += data;
    if (!hasWord && HAS_WORD.test(data)) hasWord = true;
    node = walker.nextNode();
  }
  if (hasWord) yield current;
  for (const host of shadowHosts) yield* textBlocks(host.shadowRoot as ShadowRoot);
}
