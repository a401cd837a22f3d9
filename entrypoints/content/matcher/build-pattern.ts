/**
 * The one regex that finds every alias in a single pass over a text.
 *
 * Shape: `START (?:edge1 subtree1 | edge2 subtree2 | … | conditions) END`, recursively,
 * from the trie of `trie.ts`. Properties that follow from it:
 * - Longest alias wins. At each node the edges are tried before "the alias ends here",
 *   and edges are mutually exclusive, so the engine takes the longest path whose end
 *   conditions and final word boundary hold, and backtracks to a shorter alias only when
 *   the longer one fails ("Microsoft Azure" over "Azure", "GIP PDS" over "PDS").
 * - The word boundaries appear once each, outside the trie: backtracking into the trie
 *   gives the same result as a boundary at every end, at a fraction of the code size
 *   (V8 compiles a class inline at every use; 10,000 copies cost seconds to compile).
 * - Case handling without the `i` flag: each edge's character class lists the cases its
 *   aliases accept (see `char-class.ts`); an acronym whose edges are shared with a
 *   case-insensitive name gets a lookbehind re-reading its exact case at its end.
 * - Nodes with many edges (the root has one per letter) are split behind lookahead guards,
 *   see {@link alternation}, so that the cost per character grows with log(edges).
 * - No capturing groups, so `match[0]` is the whole mention (mark.js reads `match[0]`).
 *
 * Keep in mind: V8 stops optimizing a regex whose source exceeds 20 KB, which makes it
 * about twice slower; ~100 aliases stay under it.
 *
 * Flags `gu`: the caller may reset `lastIndex` and run it on each text node.
 */
import type { CompiledAlias } from './compiled-alias';
import { classOf, unitCodePoints, unitSource } from './char-class';
import { END_BOUNDARY, START_BOUNDARY, aliasConditions, caseCondition } from './conditions';
import { buildTrie, widerThan, type TrieEdge, type TrieNode } from './trie';

export const PATTERN_FLAGS = 'gu';

/**
 * The alternative "an alias ends here": empty, or any one alias's conditions. Without
 * `context` (the prefilter), only the letter-case check, which reads the match itself.
 */
function endSource(node: TrieNode, path: readonly TrieEdge[], context = true): string {
  const conditions = new Set(
    node.ends.map((alias) =>
      context
        ? aliasConditions(alias.alias, alias.units, widerThan(path, alias))
        : caseCondition(alias.units, widerThan(path, alias)),
    ),
  );
  // One unconditional alias is enough: the others' conditions would add nothing.
  if (conditions.has('')) return '';
  return conditions.size === 1 ? [...conditions].join('') : `(?:${[...conditions].join('|')})`;
}

interface Branch {
  /** Code points the branch may start with; `space` when it starts with `\s+`. */
  first: number[];
  space: boolean;
  source: string;
}

/** Above this many edges, a node's alternation is split in two behind lookahead guards. */
const SPLIT_ABOVE = 3;

/**
 * `b1|b2|…`, as a balanced tree of guarded halves when long: `(?=[guard1])(?:…)|(?:…)`.
 * A regex engine tries alternatives one by one, so a flat alternation of 26 edges costs
 * ~13 failed tries per character; the tree costs ~log2(26), whatever the alias count.
 */
function alternation(branches: Branch[]): string {
  if (branches.length <= SPLIT_ABOVE) return branches.map((branch) => branch.source).join('|');
  const half = Math.ceil(branches.length / 2);
  const left = branches.slice(0, half);
  const guard = classOf(
    left.flatMap((branch) => branch.first),
    left.some((branch) => branch.space),
  );
  return `(?=${guard})(?:${alternation(left)})|(?:${alternation(branches.slice(half))})`;
}

/**
 * Source of the subtree below `node`, reached through the edges of `path`. Without
 * `context` (the prefilter), an alias of the right case ending here is enough: no longer
 * alias is tried, and no disqualifier.
 */
function nodeSource(node: TrieNode, path: TrieEdge[], context = true): string {
  if (!context && node.ends.length > 0 && endSource(node, path, false) === '') return '';
  const branches: Branch[] = [];
  for (const edge of node.edges.values()) {
    path.push(edge);
    const points = unitCodePoints(edge.unit, edge.caseMask);
    branches.push({
      first: points === 'space' ? [] : points,
      space: points === 'space',
      source: unitSource(edge.unit, edge.caseMask) + nodeSource(edge.node, path, context),
    });
    path.pop();
  }
  // Sorted by code point, so that each guard's class is a few ranges.
  branches.sort((a, b) => (a.first[0] ?? -1) - (b.first[0] ?? -1));
  const alternatives = branches.length > 0 ? [alternation(branches)] : [];
  // Last, so that every longer alias is tried first.
  if (node.ends.length > 0) alternatives.push(endSource(node, path, context));
  return alternatives.length === 1 && branches.length <= 1 ? (alternatives[0] ?? '') : `(?:${alternatives.join('|')})`;
}

/** The pattern's source; `(?!)` (never matches) when there is no alias. */
export function patternSource(aliases: readonly CompiledAlias[]): string {
  const root = buildTrie(aliases);
  if (root.edges.size === 0) return '(?!)';
  return START_BOUNDARY + nodeSource(root, []) + END_BOUNDARY;
}

/**
 * The prefilter's source: the pattern without its word boundaries and disqualifiers (it
 * keeps the letter case of acronyms), so it matches wherever the pattern could match in
 * any part of a text, and more. Run once
 * over the whole text of a subtree (its `textContent`, one call), it tells that nothing
 * there can be a mention, without reading the subtree node by node.
 */
export function prefilterSource(aliases: readonly CompiledAlias[]): string {
  const root = buildTrie(aliases);
  if (root.edges.size === 0) return '(?!)';
  return nodeSource(root, [], false);
}

/** Flags of the prefilter: it is only ever `test`ed, from the start of a text. */
export const PREFILTER_FLAGS = 'u';
