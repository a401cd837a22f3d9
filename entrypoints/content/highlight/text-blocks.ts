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
 * Adjacent siblings among `roots` (in their order), as runs `[first, last]`: a page that
 * appends 50 paragraphs at once makes 50 roots, and one run is read with one walker.
 */
export function* siblingRuns(roots: readonly Node[]): Generator<[Node, Node], void, undefined> {
  let first: Node | null = null;
  let last: Node | null = null;
  for (const root of roots) {
    if (last && root.previousSibling === last) {
      last = root;
      continue;
    }
    if (first && last) yield [first, last];
    first = last = root;
  }
  if (first && last) yield [first, last];
}

/**
 * Reads the text blocks of a run of sibling nodes (one node, or `first` to `last`) in
 * document order, a step at a time (see `read`), skipping forbidden subtrees and going
 * into open shadow roots: each shadow root's text forms blocks of its own, read after the
 * text around its host. The run's own nodes are judged as any other (a forbidden one is
 * skipped); a shadow root is read from inside.
 *
 * The walker has no JS filter: the browser calling back into script for each of a big
 * page's ~40,000 nodes costs more than the whole walk. Elements are tested here instead,
 * and a forbidden one is stepped over with its subtree. Nor is it a generator handing out
 * one block per resumption: a step reads many blocks in one loop.
 */
export class TextBlockReader {
  /** Blocks handed to a visitor so far. */
  blocksRead = 0;
  private walker: TreeWalker | null;
  private node: Node | null;
  /** The run's last node, and its parent, while the first walk is on: where it stops. */
  private last: Node | null = null;
  private parent: Node | null = null;
  /** Where the run ends in the first walk: the node after `last`, or the walk's own end. */
  private end: Node | null = null;
  /** Shadow roots still to read, the next one last (TreeWalkers do not enter them). */
  private readonly pendingRoots: ShadowRoot[] = [];
  /** Hosts of open shadow roots met in the current root. */
  private hosts: Element[] = [];
  /** The block being read: its nodes, their texts, its text, its block element. */
  private nodes: Text[] = [];
  private datas: string[] = [];
  private text = '';
  private block: Node | null = null;
  /** Sibling text nodes share their block: found once per parent. */
  private lastParent: Node | null = null;
  private lastParentBlock: Node | null = null;

  constructor(first: Node, last: Node = first) {
    const parent = first.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? null : first.parentNode;
    if (parent) {
      // Walked from their parent, so that the run's nodes are visited themselves.
      this.walker = document.createTreeWalker(parent, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      this.walker.currentNode = first;
      this.node = first;
      this.last = last;
      this.parent = parent;
    } else {
      this.walker = document.createTreeWalker(first, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      this.node = this.walker.nextNode();
    }
  }

  /**
   * Reads on, handing each block to `visit`, until `maxChars` characters or `maxBlocks`
   * blocks have been handed over, or the end. `visit` returns whether it keeps the block:
   * the arrays of one it does not keep are reused for the next.
   * @returns false once every block has been read
   */
  read(visit: (block: TextBlock) => boolean, maxChars: number, maxBlocks = Infinity): boolean {
    let chars = 0;
    let blocks = 0;
    const hand = (): void => {
      // Tested once per block, not per node: most blocks are one paragraph of a few nodes.
      if (HAS_WORD.test(this.text)) {
        chars += this.text.length;
        blocks++;
        if (visit({ nodes: this.nodes, datas: this.datas, text: this.text })) {
          // Kept: the visitor owns these arrays now; the next block gets new ones.
          this.nodes = [];
          this.datas = [];
          this.text = '';
          return;
        }
      }
      this.nodes.length = 0;
      this.datas.length = 0;
      this.text = '';
    };
    // The page may have added a node right after the run since the last step: the run
    // still ends after its last node.
    if (this.last && this.last.parentNode === this.parent) this.end = this.last.nextSibling;
    while (this.walker) {
      const walker = this.walker;
      const end = this.end;
      let node = this.node;
      while (node && node !== end && chars < maxChars && blocks < maxBlocks) {
        if (node.nodeType !== Node.TEXT_NODE) {
          const element = node as Element;
          if (isForbiddenElement(element)) {
            node = pastSubtree(walker);
            continue;
          }
          if (element.shadowRoot) this.hosts.push(element);
          node = walker.nextNode();
          continue;
        }
        const text = node as Text;
        // Each DOM property read crosses into the browser, dearer from a content script's
        // isolated world than from the page: read each once.
        const parent = text.parentNode;
        if (parent !== this.lastParent) {
          this.lastParent = parent;
          this.lastParentBlock = blockOf(parent);
        }
        if (this.lastParentBlock !== this.block || this.nodes.length >= MAX_NODES_PER_BLOCK) {
          hand();
          this.block = this.lastParentBlock;
        }
        const data = text.data;
        this.nodes.push(text);
        this.datas.push(data);
        this.text += data;
        node = walker.nextNode();
      }
      if (node === end) node = null;
      this.node = node;
      if (node) break;
      // This run is read: its last block, then the shadow roots found in it, in order.
      hand();
      for (let i = this.hosts.length - 1; i >= 0; i--) this.pendingRoots.push(this.hosts[i]!.shadowRoot!);
      this.hosts = [];
      this.walker = null;
      const next = this.pendingRoots.pop();
      if (next) {
        this.walker = document.createTreeWalker(next, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        this.node = this.walker.nextNode();
        this.last = this.parent = this.end = null;
        this.block = this.lastParent = this.lastParentBlock = null;
      }
      if (chars >= maxChars || blocks >= maxBlocks) break;
    }
    this.blocksRead += blocks;
    return this.walker !== null;
  }
}

/** The nodes of a run of siblings, `first` to `last` (the run of one node: itself). */
export function* runNodes(first: Node, last: Node): Generator<Node, void, undefined> {
  for (let node: Node | null = first; node; node = node.nextSibling) {
    yield node;
    if (node === last) return;
  }
}

/**
 * The open shadow roots under the run `first` to `last` (their own included), outside
 * forbidden subtrees, and not those inside another one: each is read on its own. An
 * element-only walk, for a run whose light text the prefilter has ruled out.
 */
export function* openShadowRoots(first: Node, last: Node = first): Generator<ShadowRoot, void, undefined> {
  for (const node of runNodes(first, last)) {
    // The run's elements are judged as in the read.
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (isForbiddenElement(node as Element)) continue;
      if ((node as Element).shadowRoot) yield (node as Element).shadowRoot!;
    }
    yield* shadowRootsBelow(node);
  }
}

function* shadowRootsBelow(root: Node): Generator<ShadowRoot, void, undefined> {
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
