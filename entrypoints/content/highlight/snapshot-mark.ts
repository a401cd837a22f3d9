import MarkCore from 'mark.js/src/lib/mark.js';
import DOMIterator from 'mark.js/src/lib/domiterator.js';

/**
 * mark.js, walking its contexts over a snapshot of their nodes instead of a NodeIterator.
 *
 * Why: a NodeIterator is live. The document tells every NodeIterator still alive about
 * each node removed, and they stay alive until the next full garbage collection; mark.js
 * creates one per context and removes a node per highlight it writes, so every highlight
 * costs more than the one before. On a 2 MB page with 2,000 mentions, `replaceChild`
 * alone took 50 ms of the pass this way (sampling profiler, Chromium 156). mark.js reads
 * its contexts once, before writing, so a snapshot sees exactly what the iterator saw.
 *
 * It builds on two members of mark.js's sources, the `iterator` getter and
 * `DOMIterator#createIterator`: package.json pins mark.js to the exact version, and
 * `test/unit/highlight/pass-mechanics.test.ts` fails if an update moves them.
 */
export class SnapshotMark extends MarkCore {
  protected override get iterator(): DOMIterator {
    return new SnapshotDOMIterator(this.ctx, this.opt.iframes, this.opt.exclude, this.opt.iframesTimeout);
  }
}

class SnapshotDOMIterator extends DOMIterator {
  override createIterator(root: Node, whatToShow: number, filter: (node: Node) => number): NodeIterator {
    return new NodeSnapshot(snapshot(root, whatToShow, filter)) as unknown as NodeIterator;
  }
}

/** The nodes a NodeIterator from `root` would give, in order (REJECT skips one node, as there). */
function snapshot(root: Node, whatToShow: number, filter: (node: Node) => number): Node[] {
  const nodes: Node[] = [];
  const visit = (node: Node) => {
    // `whatToShow` has bit n - 1 set for node type n.
    if ((whatToShow >> (node.nodeType - 1)) & 1 && filter(node) === NodeFilter.FILTER_ACCEPT) nodes.push(node);
  };
  visit(root);
  // A text node, the usual context here, has nothing below it.
  if (!root.hasChildNodes()) return nodes;
  // A TreeWalker is not live: the document keeps no list of them.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) visit(node);
  return nodes;
}

/** The part of the NodeIterator interface mark.js uses, over a fixed list. */
class NodeSnapshot {
  /** The iterator sits before `nodes[position]`. */
  private position = 0;

  constructor(private readonly nodes: readonly Node[]) {}

  nextNode(): Node | null {
    return this.position < this.nodes.length ? (this.nodes[this.position++] as Node) : null;
  }

  previousNode(): Node | null {
    return this.position > 0 ? (this.nodes[--this.position] as Node) : null;
  }
}
