import { Random } from './random';
import { FILLER_WORDS, HEADLINE_WORDS, MENTIONS, SPLIT_MENTION_HTML } from './vocabulary';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/gu, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`);
}

const INLINE_TAGS = ['a', 'a', 'a', 'em', 'strong', 'span'] as const;

export interface ProseOptions {
  /** Mean number of words between two inline elements (links, emphasis): sets text-node density. */
  wordsPerInline: number;
}

/** How a paragraph carries a mention, if it does. */
export type MentionStyle = 'text' | 'link' | 'split';

/**
 * Writes deterministic French news prose as HTML: sentences of filler words, with links and
 * emphasis among them (each one more text node, as on real pages), and mentions where asked.
 */
export class Prose {
  /** Mentions written so far, by style. */
  readonly written: Record<MentionStyle, number> = { text: 0, link: 0, split: 0 };
  private readonly random: Random;
  private mentionIndex = 0;

  constructor(
    seed: number,
    private readonly options: ProseOptions,
  ) {
    this.random = new Random(seed);
  }

  get mentions(): number {
    return this.written.text + this.written.link + this.written.split;
  }

  words(count: number, vocabulary: readonly string[] = FILLER_WORDS): string[] {
    return Array.from({ length: count }, () => this.random.pick(vocabulary));
  }

  int(min: number, max: number): number {
    return this.random.int(min, max);
  }

  chance(probability: number): boolean {
    return this.random.chance(probability);
  }

  /** A title: a few capitalised headline words. */
  title(min = 4, max = 9): string {
    return capitalise(this.words(this.random.int(min, max), HEADLINE_WORDS).join(' '));
  }

  /** Mentions in turn, so every page uses the whole list evenly. */
  private nextMention(): string {
    const mention = MENTIONS[this.mentionIndex % MENTIONS.length] as string;
    this.mentionIndex++;
    return mention;
  }

  private mentionHtml(style: MentionStyle): string {
    this.written[style]++;
    if (style === 'split') return SPLIT_MENTION_HTML;
    const text = escapeHtml(this.nextMention());
    return style === 'link' ? `<a href="/dossier/${this.mentionIndex}">${text}</a>` : text;
  }

  /**
   * The inner HTML of a paragraph of `wordCount` words, carrying the given mentions at
   * random places among the words.
   */
  paragraphHtml(wordCount: number, mentions: readonly MentionStyle[] = []): string {
    const words = this.words(wordCount);
    const slots = new Map<number, MentionStyle[]>();
    for (const style of mentions) {
      const at = this.random.int(1, Math.max(1, wordCount - 1));
      slots.set(at, [...(slots.get(at) ?? []), style]);
    }
    let html = '';
    let sentenceStart = true;
    let i = 0;
    while (i < words.length) {
      for (const style of slots.get(i) ?? []) html += ` ${this.mentionHtml(style)}`;
      const inline = this.random.chance(1 / this.options.wordsPerInline);
      let span = inline ? Math.min(this.random.int(1, 3), words.length - i) : 1;
      // An inline element never swallows the place of a mention.
      for (let k = 1; k < span; k++) {
        if (slots.has(i + k)) {
          span = k;
          break;
        }
      }
      let text = words.slice(i, i + span).join(' ');
      if (sentenceStart) text = capitalise(text);
      sentenceStart = false;
      const endsSentence = i + span >= words.length || this.random.chance(0.08 * span);
      const punctuation = endsSentence ? '.' : this.random.chance(0.05) ? ',' : '';
      if (endsSentence) sentenceStart = true;
      html += i === 0 ? '' : ' ';
      html += inline ? inlineElement(this.random, text) + punctuation : text + punctuation;
      i += span;
    }
    return html;
  }
}

function inlineElement(random: Random, text: string): string {
  const tag = random.pick(INLINE_TAGS);
  if (tag === 'a') return `<a href="/article/${random.int(1000, 99999)}">${text}</a>`;
  if (tag === 'span') return `<span class="term">${text}</span>`;
  return `<${tag}>${text}</${tag}>`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
