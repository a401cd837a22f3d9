/**
 * The one regex that finds every alias in a single pass over a text.
 *
 * Shape: `START_BOUNDARY (?:edge1 subtree1 | edge2 subtree2 | … | END conditions)`,
 * recursively, from the trie of `trie.ts`. Three properties follow from it:
 * - Longest alias wins. At each node the edges are tried before "the alias ends here",
 *   and edges are mutually exclusive, so the engine takes the longest path that reaches
 *   an end whose conditions hold, and backs off to a shorter alias only when the longer
 *   one fails ("Microsoft Azure" over "Azure", "GIP PDS" over "PDS").
 * - Case handling without the `i` flag: each edge's character class lists the cases its
 *   aliases accept (see `char-class.ts`); an acronym whose edges are shared with a
 *   case-insensitive name gets a lookbehind re-reading its exact case at its end.
 * - No capturing groups, so `match[0]` is the whole mention (mark.js reads `match[0]`).
 *
 * Flags `gu`: the caller may reset `lastIndex` and run it on each text node.
 */
import type { CompiledAlias } from './compiled-alias';
import { unitSource } from './char-class';
import { END_BOUNDARY, START_BOUNDARY, aliasConditions } from './conditions';
import { buildTrie, widerThan, type TrieEdge, type TrieNode } from './trie';

export const PATTERN_FLAGS = 'gu';

/** The alternative "an alias ends here": a word boundary, then any one alias's conditions. */
function endSource(node: TrieNode, path: readonly TrieEdge[]): string {
  const conditions = new Set(
    node.ends.map((alias) => aliasConditions(alias.alias, alias.units, widerThan(path, alias))),
  );
  // One unconditional alias is enough: the others' conditions would add nothing.
  if (conditions.has('')) return END_BOUNDARY;
  return `${END_BOUNDARY}(?:${[...conditions].join('|')})`;
}

/** Source of the subtree below `node`, reached through the edges of `path`. */
function nodeSource(node: TrieNode, path: TrieEdge[]): string {
  const branches: string[] = [];
  for (const edge of node.edges.values()) {
    path.push(edge);
    branches.push(unitSource(edge.unit, edge.caseMask) + nodeSource(edge.node, path));
    path.pop();
  }
  // Last, so that every longer alias is tried first.
  if (node.ends.length > 0) branches.push(endSource(node, path));
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
}

/** The pattern's source; `(?!)` (never matches) when there is no alias. */
export function patternSource(aliases: readonly CompiledAlias[]): string {
  const root = buildTrie(aliases);
  if (root.edges.size === 0) return '(?!)';
  return START_BOUNDARY + nodeSource(root, []);
}

/** Builds the pattern once; share it, resetting `lastIndex` before each new text. */
export function buildPattern(aliases: readonly CompiledAlias[]): RegExp {
  return new RegExp(patternSource(aliases), PATTERN_FLAGS);
}
