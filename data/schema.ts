/**
 * The shape of the knowledge, in two stages:
 * - `*Input` types are what people write by hand in `data/catalogue/`;
 * - the other types are what the compiler emits in `data/dataset.json` and what the
 *   extension reads. The compiler checks every quote and adds its character offsets.
 */

export type Lang = 'fr' | 'en';

/** A text the interface shows, in both interface languages. */
export interface Localized {
  fr: string;
  en: string;
}

/** How much of an ISO date is known: `2024-02-13` (day), `2021-03` (month), `2018` (year). */
export type DatePrecision = 'day' | 'month' | 'year';

export interface DateInput {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source is and no more. */
  iso: string;
  precision: DatePrecision;
  /**
   * True when the source implies the date without stating it (an undated wire story,
   * "le 13 février dernier" in an article of March 2024). `reason` then says why.
   * @default false
   */
  inferred?: boolean;
  /** Why the date is what it is, when it is inferred. Required when `inferred`. */
  reason?: Localized;
  /**
   * True when the source itself is vague inside the precision ("début 2019",
   * "fin septembre"): the interface then says "vers" / "about".
   * @default false
   */
  approximate?: boolean;
}

/** A passage of a source that backs a statement. */
export interface CitationInput {
  /** A source id: the seed's file name without extension. */
  source: string;
  /** Copied verbatim from the source; only runs of whitespace may differ. */
  quote: string;
}

/** A citation located in its source by the compiler. */
export interface Citation extends CitationInput {
  /** Offset of the quote's first character in the source's text (UTF-16 units). */
  start: number;
  /** Offset just past the quote's last character. */
  end: number;
}

export type SourceKind = 'parliamentary-question' | 'news-article' | 'wire-story';

/** A part of a source that must never be cited: site navigation, ads, reader comments. */
export interface UncitableRangeInput {
  kind: 'furniture' | 'comments';
  /** Text where the range starts (verbatim, unique in the source). */
  from: string;
  /**
   * Text where the range ends, included. Omit to run to the end of the document.
   */
  to?: string;
}

export interface UncitableRange {
  kind: 'furniture' | 'comments';
  start: number;
  end: number;
}

export interface SourceInput {
  /** The seed's file name without `.txt`. */
  id: string;
  kind: SourceKind;
  /** The document's own title, or a descriptive one when it has none (then `titleGiven: false`). */
  title: string;
  /** False when the document carries no title and `title` describes it. @default true */
  titleGiven?: boolean;
  /** Only when the document names it. */
  outlet?: string;
  /** Only when the document names them. */
  author?: string;
  /** E.g. the number of a parliamentary question. */
  reference?: string;
  published: DateInput;
  language: Lang;
  uncitable: UncitableRangeInput[];
}

export interface Source extends Omit<SourceInput, 'uncitable' | 'published' | 'titleGiven'> {
  titleGiven: boolean;
  published: DateInfo;
  uncitable: UncitableRange[];
  /** The seed's full text, byte for byte, for showing quotes in context. */
  text: string;
}

export type EntityKind =
  | 'organisation'
  | 'public-body'
  | 'company'
  | 'association'
  | 'law'
  | 'agreement'
  | 'project'
  | 'court'
  | 'person'
  | 'certification'
  | 'product'
  | 'standard';

/** A way a page may name an entity. */
export interface AliasInput {
  text: string;
  /** Language the alias belongs to; `undefined` means both. */
  lang?: Lang;
  /**
   * Whether letter case must match. Acronyms are case-sensitive ("DNS" is not "dns").
   * @default true when the alias has no lower-case letter, false otherwise
   */
  caseSensitive?: boolean;
  /**
   * An ambiguous alias ("Azure", "EMA", "DNS") counts only on a page that is on topic.
   * Two entities may share an alias only when both declare it ambiguous.
   * @default false
   */
  ambiguous?: boolean;
  /** Words that, right before the alias, mean it is something else ("Dell" before "EMC"). */
  notAfter?: string[];
  /** Words that, right after the alias, mean it is something else ("server" after "DNS"). */
  notBefore?: string[];
}

export interface Alias {
  text: string;
  lang?: Lang;
  caseSensitive: boolean;
  ambiguous: boolean;
  notAfter: string[];
  notBefore: string[];
}

/** One sentence of a summary, or one key fact, with what backs it. */
export interface StatementInput {
  text: Localized;
  citations: CitationInput[];
}

export interface FactInput extends StatementInput {
  date?: DateInput;
}

export interface EntityInput {
  /** kebab-case, stable: other entries and saved settings refer to it. */
  id: string;
  kind: EntityKind;
  name: Localized;
  aliases: AliasInput[];
  /** One to three sentences, each cited. */
  summary: StatementInput[];
  facts: FactInput[];
  /** Ids of entities a reader would want next. */
  related: string[];
  /**
   * A core entity of the affair: one unambiguous mention of it makes a page on topic,
   * which lets the ambiguous aliases count. @default false
   */
  core?: boolean;
}

export interface DateInfo {
  iso: string;
  precision: DatePrecision;
  inferred: boolean;
  approximate: boolean;
  reason?: Localized;
}

/** A statement whose citations are indices into its entity's `citations`. */
export interface Statement {
  text: Localized;
  refs: number[];
}

export interface Fact extends Statement {
  date?: DateInfo;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: Localized;
  aliases: Alias[];
  /** The summary sentences joined, per language. */
  summary: Localized;
  sentences: Statement[];
  facts: Fact[];
  /** Every citation the entity's sentences and facts use, each once, in reading order. */
  citations: Citation[];
  related: string[];
  core: boolean;
}

/** What the matcher is compiled from, per entity (into `data/matching.json` by `npm run data`). */
export type MatchingEntity = Pick<Entity, 'id' | 'core' | 'aliases'>;

export interface EventInput {
  id: string;
  date: DateInput;
  title: Localized;
  description: Localized;
  entities: string[];
  citations: CitationInput[];
}

export interface TimelineEvent {
  id: string;
  /** ISO date, as precise as `precision`. */
  date: string;
  precision: DatePrecision;
  inferred: boolean;
  approximate: boolean;
  dateReason?: Localized;
  title: Localized;
  description: Localized;
  entities: string[];
  citations: Citation[];
}

export interface Catalogue {
  sources: SourceInput[];
  entities: EntityInput[];
  events: EventInput[];
}

export interface Dataset {
  /** Bumped when the compiled shape changes. */
  schemaVersion: 1;
  sources: Source[];
  entities: Entity[];
  events: TimelineEvent[];
}
