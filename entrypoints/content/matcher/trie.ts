/**
 * A prefix trie of aliases over folded units. Aliases sharing a prefix share its edges,
 * so the regex built from the trie reads each character of a text once per attempt,
 * whatever the number of aliases behind it: the cost of an attempt grows with the depth
 * of the trie (the length of the aliases) and, logarithmically, with the number of edges
 * out of a node (see `build-pattern.ts`), not with the number of aliases. A flat
 * alternation of 1,000 aliases was 165 times slower to scan than this trie.
 *
 * Edges are keyed by the folded unit ("é", "E" and "e" share the edge "e"), which makes
 * the children of a node mutually exclusive. That is what lets "the longest alias wins"
 * fall out of regex backtracking: see `build-pattern.ts`.
 */
import type { CompiledAlias } from './compiled-alias';
import type { Unit } from './units';

export interface TrieEdge {
  /** The first unit inserted along this edge; its `char` seeds the character class. */
  unit: Unit;
  /** Union of the cases accepted by every alias through this edge. */
  caseMask: number;
  node: TrieNode;
}

export interface TrieNode {
  edges: Map<string, TrieEdge>;
  /** Aliases ending at this node. */
  ends: CompiledAlias[];
}

export function createNode(): TrieNode {
  return { edges: new Map(), ends: [] };
}

/** Adds an alias along its units, widening the case mask of the edges it goes through. */
export function insert(root: TrieNode, alias: CompiledAlias): void {
  let node = root;
  for (const unit of alias.units) {
    let edge = node.edges.get(unit.key);
    if (!edge) {
      edge = { unit, caseMask: unit.caseMask, node: createNode() };
      node.edges.set(unit.key, edge);
    } else {
      edge.caseMask |= unit.caseMask;
    }
    node = edge.node;
  }
  node.ends.push(alias);
}

/**
 * Whether the edges on an alias's path accept a case the alias does not (an acronym
 * "EMA" sharing its edges with a name "Ema Foo"): its case must then be re-checked.
 */
export function widerThan(path: readonly TrieEdge[], alias: CompiledAlias): boolean {
  return path.some((edge, i) => (edge.caseMask & ~(alias.units[i]?.caseMask ?? 0)) !== 0);
}

/** Builds the trie of all aliases. */
export function buildTrie(aliases: readonly CompiledAlias[]): TrieNode {
  const root = createNode();
  for (const alias of aliases) insert(root, alias);
  return root;
}
