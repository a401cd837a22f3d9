/**
 * What the page changed since we last looked, reduced to the work it means for us:
 * subtrees to scan, and text nodes the page rewrote or removed next to our highlights.
 */
export interface PageChanges {
  /** Roots of added or changed content, none inside another. */
  roots: Node[];
  /** Text nodes the page rewrote or removed; highlights after them may be stale. */
  touchedText: Text[];
  /** So much changed that scanning the whole page again is cheaper than following it. */
  fullRescan: boolean;
}

/** More added nodes than this in one batch, and a full rescan is simpler and cheaper. */
export const FULL_RESCAN_THRESHOLD = 2000;

/** Text nodes the page rewrote or removed. */
export function touchedTextNodes(records: readonly MutationRecord[]): Text[] {
  const touched: Text[] = [];
  for (const record of records) {
    if (record.type === 'characterData') touched.push(record.target as Text);
    else {
      record.removedNodes.forEach((node) => {
        if (node.nodeType === Node.TEXT_NODE) touched.push(node as Text);
      });
    }
  }
  return touched;
}

export function summariseMutations(records: readonly MutationRecord[]): PageChanges {
  const touchedText = touchedTextNodes(records);
  const candidates = new Set<Node>();
  let added = 0;
  for (const record of records) {
    if (record.type === 'characterData') {
      if (record.target.parentNode) candidates.add(record.target.parentNode);
      continue;
    }
    record.addedNodes.forEach((node) => {
      added++;
      candidates.add(node.nodeType === Node.TEXT_NODE && node.parentNode ? node.parentNode : node);
    });
  }
  if (added > FULL_RESCAN_THRESHOLD) return { roots: [], touchedText, fullRescan: true };
  return { roots: outermost([...candidates]), touchedText, fullRescan: false };
}

/**
 * Keeps the connected nodes that no other kept node contains. Each ancestor is looked at
 * once: siblings (a page appends many at once) share the answer for their parent.
 */
function outermost(nodes: Node[]): Node[] {
  const kept = new Set(nodes.filter((node) => node.isConnected));
  /** Ancestors looked at: whether a kept node contains them (or is one). */
  const answered = new Map<Node, boolean>();
  const isInsideKept = (node: Node): boolean => {
    // Up to the first ancestor with an answer; then every one on the way shares it.
    const climbed: Node[] = [];
    let inside = false;
    for (let parent = node.parentNode; parent; parent = parent.parentNode) {
      const known = kept.has(parent) ? true : answered.get(parent);
      if (known !== undefined) {
        inside = known;
        break;
      }
      climbed.push(parent);
    }
    for (const ancestor of climbed) answered.set(ancestor, inside);
    return inside;
  };
  return [...kept].filter((node) => !isInsideKept(node));
}
