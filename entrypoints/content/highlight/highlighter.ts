import { BlockWrapper, highlightClasses, type BlockMatch } from './wrap-block';
import type { HighlightStyle } from '../../../settings/schema';
import { HighlightRegistry } from './registry';
import { MentionPolicy, type MentionResolver, type PolicyOptions } from './mention-policy';
import { TextBlockReader, isUnchanged, openShadowRoots, runNodes, siblingRuns, type TextBlock } from './text-blocks';
import { cachedResolver } from './cached-resolver';
import { NEXT_FRAME } from '../schedule/slices';
import { HIGHLIGHT_TAG, isInsideForbidden } from './forbidden';
import { WritePacer } from './write-pacer';

/** A block with matches that may become highlights, as the scan left it. */
interface Candidate {
  block: TextBlock;
  matches: BlockMatch[];
  /** The page's change count when the block was read. */
  readAt: number;
}

/**
 * Text read per step (characters). A step is a small fraction of a slice, yet big enough
 * that stepping (a generator resumed, the clock read) costs little beside the work.
 */
const CHARS_PER_STEP = 4_000;

/** Characters of text the prefilter tests per step (about 10 ms on a 2-core machine). */
const PREFILTER_PIECE = 500_000;
const PREFILTER_OVERLAP = 1000;

/**
 * Blocks read before the prefilter is asked about the rest: a page's navigation and first
 * paragraphs. Roots with fewer blocks (most page changes) are read without it.
 */
const PROBED_BLOCKS = 200;

/** Runs `write` with the page observer paused, so Éclairage never reacts to itself. */
export type WriteGuard = (write: () => void) => void;

/** How the highlighter's owner watches the page for it. */
export interface PageWatch {
  /** @default runs the write as is */
  guard?: WriteGuard;
  /**
   * Whether the owner calls `pageChanged()` on every change the page makes. The write
   * then trusts a block read since the last change without reading it again; otherwise
   * every block is checked before it is written. @default false
   */
  reportsChanges?: boolean;
}

/**
 * Finds and highlights the mentions under a root, as a sequence of steps that a scheduler
 * can spread over several tasks: small ones for the read (a few blocks each), one per
 * frame for the write, each sized by the `WritePacer`.
 *
 * Two passes: the scan reads every block and decides whether the page is on topic; only
 * then does the write pass wrap the blocks that had a match, so an ambiguous alias early in
 * the page is judged with everything the page says.
 */
export class Highlighter {
  readonly registry = new HighlightRegistry();
  readonly policy: MentionPolicy;
  private readonly wrapper: BlockWrapper;
  private readonly resolver: MentionResolver;
  private readonly guard: WriteGuard;
  private readonly reportsChanges: boolean;
  /** Sizes long writes; it keeps what it learnt from one pass to the next. */
  private readonly pacer: WritePacer;
  /** Changes the page made, as the owner reported them. */
  private changes = 0;

  constructor(resolver: MentionResolver, options: PolicyOptions, watch: PageWatch = {}, pacer = new WritePacer()) {
    this.pacer = pacer;
    this.guard = watch.guard ?? ((write) => write());
    this.reportsChanges = watch.reportsChanges ?? false;
    this.resolver = cachedResolver(resolver);
    this.policy = new MentionPolicy(this.resolver, options);
    this.wrapper = new BlockWrapper(this.policy, this.registry, highlightClasses(options.style));
  }

  /** Changes how highlights look, the ones written already included. */
  setStyle(style: HighlightStyle): void {
    const className = highlightClasses(style);
    if (className === this.wrapper.className) return;
    this.wrapper.className = className;
    this.guard(() => {
      for (const element of this.registry.elements()) element.className = className;
    });
  }

  /**
   * The steps that highlight everything under `roots` (one root, or the many a page
   * change added: scanned all, then written all, as one piece of work).
   */
  *steps(roots: Node | readonly Node[]): Generator<typeof NEXT_FRAME | undefined, void, undefined> {
    // With `designMode` on, the whole document is an editor: nothing may be written in it.
    if (isEditableDocument()) return;
    const candidates: Candidate[] = [];
    // Roots a page adds together often share their parent: each parent is judged once,
    // and adjacent ones are read together. The roots themselves are judged by the read.
    const insideForbidden = new Map<Element | null, boolean>();
    for (const [first, last] of siblingRuns(Array.isArray(roots) ? roots : [roots])) {
      if (!first.isConnected) continue;
      // A shadow root has no parent element: its host was judged on the way to it.
      if (first.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) {
        const parent = first.parentElement;
        let forbidden = insideForbidden.get(parent);
        if (forbidden === undefined) insideForbidden.set(parent, (forbidden = isInsideForbidden(parent)));
        if (forbidden) continue;
      }
      yield* this.scanRun(first, last, candidates);
    }
    if (candidates.length === 0) return;
    // The read is over: the write starts in a step of its own. One that the pacer splits
    // starts after a frame: in a task of its own, with the whole of a write's time before
    // it, and after the first frame the page renders once a long read is over, which can
    // cost 60–80 ms on a 2 MB page (pre-paint, paint, then the wait for its commit) when a
    // write is in it, and 20–35 ms without (Chromium 156, 5 runs each).
    let toWrite = 0;
    for (const candidate of candidates) toWrite += candidate.block.text.length;
    const paced = toWrite > this.pacer.chars;
    yield paced ? NEXT_FRAME : undefined;
    // One write per frame, each in one step (see `WritePacer`), laid out before the step
    // ends, the last one included: left to the frame, its layout would come on top of the
    // frame's pre-paint and paint (40–60 ms on a 2 MB page on a slow hour). A short write
    // (most page changes) is laid out by the frame that follows, with the page's own
    // changes.
    let next = 0;
    while (next < candidates.length) {
      const start = performance.now();
      const budget = this.pacer.chars;
      let chars = 0;
      this.guard(() => {
        while (next < candidates.length && chars < budget) {
          const { block, matches, readAt } = candidates[next++] as Candidate;
          // Checked here, inside the guard: it first takes in what the page changed before.
          const trusted = this.reportsChanges && readAt === this.changes;
          if (trusted || isUnchanged(block, matches[matches.length - 1]?.end)) {
            this.wrapper.wrap(block, matches);
            chars += block.text.length;
          }
        }
      });
      if (!paced) return;
      this.pacer.layOut();
      this.pacer.record(chars, performance.now() - start);
      if (next >= candidates.length) return;
      yield NEXT_FRAME;
    }
  }

  /** The page changed (see `PageWatch.reportsChanges`). */
  pageChanged(): void {
    this.changes++;
  }

  /**
   * Scans the blocks of the sibling run `first` to `last` (often one root) into
   * `candidates`. A run whose whole text the prefilter rules out (most of the web: pages
   * that never name the affair) is not read block by block past the first few; only its
   * open shadow roots, whose text is not in its own, are. A page that does name the affair
   * usually does so within those first blocks, and then its whole text is not read a
   * second time for the prefilter.
   */
  private *scanRun(first: Node, last: Node, candidates: Candidate[]): Generator<undefined, void, undefined> {
    const reader = new TextBlockReader(first, last);
    let found = false;
    const keep = (block: TextBlock): boolean => {
      const candidate = this.scan(block);
      if (!candidate) return false;
      candidates.push(candidate);
      found = true;
      return true;
    };
    for (;;) {
      const probing = !found && reader.blocksRead < PROBED_BLOCKS;
      const more = reader.read(keep, CHARS_PER_STEP, probing ? PROBED_BLOCKS - reader.blocksRead : Infinity);
      if (!more) return;
      if (probing && !found && reader.blocksRead >= PROBED_BLOCKS && !(yield* this.mayMention(first, last))) {
        for (const shadowRoot of openShadowRoots(first, last)) yield* this.scanRun(shadowRoot, shadowRoot, candidates);
        return;
      }
      yield;
    }
  }

  /**
   * Whether the prefilter finds anything in the text of the run `first` to `last`, read in
   * one call per node, tested in pieces (each one step: on a huge page, one test of the
   * whole text would be a long task). The pieces overlap by far more than any mention is
   * long.
   */
  private *mayMention(first: Node, last: Node): Generator<undefined, boolean, undefined> {
    let text = '';
    for (const node of runNodes(first, last)) text += node.textContent ?? '';
    for (let start = 0; start < text.length; start += PREFILTER_PIECE) {
      if (this.resolver.prefilter.test(text.slice(start, start + PREFILTER_PIECE + PREFILTER_OVERLAP))) return true;
      yield;
    }
    return false;
  }

  /**
   * Notes every match of the block, and keeps those that may become highlights: the
   * write wraps exactly them, without running the pattern again.
   */
  private scan(block: TextBlock): Candidate | null {
    const { pattern } = this.resolver;
    const { text } = block;
    pattern.lastIndex = 0;
    let candidate: Candidate | null = null;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const matched = match[0];
      if (!this.policy.note(matched)) continue;
      candidate ??= { block, matches: [], readAt: this.changes };
      candidate.matches.push({ start: match.index, end: match.index + matched.length, text: matched });
    }
    return candidate;
  }

  /**
   * The page rewrote or removed these text nodes: drops the highlights that followed them,
   * which would otherwise still show the old text.
   */
  dissolveAfter(nodes: Text[]): void {
    if (!nodes.some((node) => this.registry.isTracked(node))) return;
    this.guard(() => {
      for (const node of nodes) {
        for (const record of this.registry.dissolveAfter(node)) {
          if (!record.continued) this.policy.forget(record.entityId);
        }
      }
    });
  }

  /**
   * Takes every highlight back, leaving the page's text nodes as they were. Copies the
   * page made of highlights (by cloning them) are untracked: they become plain text.
   */
  removeAll(): void {
    this.guard(() => {
      this.registry.removeAll();
      for (const stray of document.querySelectorAll(HIGHLIGHT_TAG)) {
        stray.replaceWith(document.createTextNode(stray.textContent ?? ''));
      }
    });
    this.policy.reset();
  }
}

export function isEditableDocument(): boolean {
  return document.designMode === 'on';
}
