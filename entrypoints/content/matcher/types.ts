/** The matcher's public types. */

/** Which entity a matched text names. */
export interface Resolution {
  /** The entity the mention goes to: the first of `entityIds`. */
  entityId: string;
  /**
   * Every entity the text may name, in dataset order. More than one only for an alias two
   * entities share, which the compiler allows only when both declare it ambiguous.
   */
  entityIds: string[];
  /** True when the alias is declared ambiguous: it counts only on a page on topic. */
  ambiguous: boolean;
}

/** A mention of an entity in a text. */
export interface Mention extends Resolution {
  /** Offset of the first character, in UTF-16 units, in the text searched. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The text as the page writes it ("Conseil d’Etat", "l'EMC2" gives "EMC2"). */
  text: string;
}

export interface FindOptions {
  /**
   * Whether the page is on topic, so that ambiguous aliases count. Pass the page-level
   * decision (see `isOnTopic`) when searching a page text node by text node; leave it
   * out to decide from this text alone.
   */
  onTopic?: boolean;
}

export interface Matcher {
  /**
   * One regex for every alias, flags `gu`, no capturing group, for mark.js `markRegExp`
   * or an `exec` loop. Reset `lastIndex` to 0 before each new text. Its lookarounds see
   * only the string it is run on: per text node, a disqualifier in the previous node is
   * not seen. It matches ambiguous aliases too: filter them with `resolve`.
   */
  readonly pattern: RegExp;
  /**
   * Matches wherever `pattern` may match in any part of a text, and more: no word
   * boundary, no end condition. Flags `u`, for `test`. False on a subtree's `textContent`
   * means that no block of text in it can hold a mention (text inside a forbidden element,
   * such as `<code>`, could only interrupt one).
   */
  readonly prefilter: RegExp;
  /**
   * The entity a text matched by `pattern` names, or null when the text is no alias.
   * A map lookup; it does not re-check the context (`notAfter`, `notBefore`), which the
   * pattern already did.
   */
  resolve(matchText: string): Resolution | null;
  /** Every mention in a text, in order, without overlaps; ambiguous ones only on topic. */
  findMentions(text: string, options?: FindOptions): Mention[];
  /** The disambiguation rule, see `on-topic.ts`. */
  isOnTopic(mentions: readonly Resolution[]): boolean;
}
