/** A page the benchmark generates and serves. */
export interface PageSpec {
  /** Short id, used on the command line and in the JSON: `a`, `b`, `c`, `d`, `tiny`. */
  id: string;
  title: string;
  html: string;
  /** Mentions the generator placed where a highlighter may write. */
  mentions: number;
  /** Of which written across inline elements, which a text-node-by-text-node search misses. */
  splitMentions: number;
  /** A feed page keeps appending content after load; see `infinite-scroll.ts`. */
  feed?: FeedSpec;
}

export interface FeedSpec {
  /** Milliseconds between two appends. */
  intervalMs: number;
  appends: number;
  paragraphsPerAppend: number;
  /** Mentions appended over the whole feed. */
  appendedMentions: number;
}
