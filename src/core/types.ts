/**
 * The data handed from stage to stage. Every hand-off is read-only; every span is a pair of
 * UTF-16 character offsets `[start, end)` into the cleaned text of one article.
 */

/** ISO 639-1 code, e.g. `de`, `en`; `und` when undetermined. */
export type LanguageCode = string;

/** A piece of text that was taken out, and why. Nothing is dropped without one of these. */
export interface Removed {
  readonly text: string;
  /** Class of leftover: `navigation`, `promotion`, `credit`, `caption`, `byline`, `signoff`, … */
  readonly reason: string;
  /** The rule that made the decision (for debugging and docs). */
  readonly rule: string;
}

/** Metadata of a document as known so far; every field is optional. */
export interface DocumentMeta {
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
  readonly author?: string;
  /** ISO 8601, as precise as known: `2019-04`, `2019-04-25`, or a full timestamp. */
  readonly published?: string;
  readonly language?: LanguageCode;
}

export type InputFormat = 'text' | 'html' | 'json';

/** One document as read by the ingest stage, before cleaning. */
export interface SourceDocument {
  /** Unique, stable within one run (derived from the file name or the record's `id`). */
  readonly id: string;
  /** The path (or `-` for stdin) the document came from; JSONL records add `#line`. */
  readonly file?: string;
  readonly format: InputFormat;
  /** Text as it came in (HTML: main content with one block per line). */
  readonly text: string;
  readonly meta: DocumentMeta;
  /** What the reader itself took out (e.g. a leading ` date 2019-04` header line). */
  readonly removed: readonly Removed[];
  /** Character encoding the bytes were decoded with, when read from bytes. */
  readonly encoding?: string;
}

/** A per-input failure: the file and the reason, in words a user understands. */
export interface InputError {
  readonly file: string;
  readonly reason: string;
}

export interface IngestResult {
  readonly documents: readonly SourceDocument[];
  readonly errors: readonly InputError[];
}

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'list-item';

/** A structural unit of the cleaned text. Titles and headings are never summary material. */
export interface Block {
  readonly kind: BlockKind;
  readonly start: number;
  readonly end: number;
}

/** A cleaned article: `text` is what every later offset refers to. */
export interface CleanArticle {
  readonly id: string;
  readonly file?: string;
  readonly format: InputFormat;
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly meta: DocumentMeta;
  readonly removed: readonly Removed[];
}

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower-cased surface form. */
  readonly norm: string;
  /** Snowball stem of `norm` (equal to `norm` for numbers and unknown languages). */
  readonly stem: string;
  readonly stop: boolean;
  readonly kind: 'word' | 'number';
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index into the article's `blocks`. */
  readonly block: number;
  readonly tokens: readonly Token[];
}

export interface AnalysedArticle extends CleanArticle {
  readonly language: LanguageCode;
  /** Sentences of paragraph and list-item blocks, in text order. */
  readonly sentences: readonly Sentence[];
}

/** A pointer into the cleaned text of one article. */
export interface Span {
  readonly article: string;
  readonly start: number;
  readonly end: number;
}

/**
 * What an article is, relative to the story's event: a `report` written after it, a `preview` written before it,
 * an `opinion` piece (commentary, column), an `analysis`, an `interview`, a `press-release` (police and company
 * releases), a `live` blog, or `other` (nothing to classify: no sentences).
 */
export type ArticleKind =
  'report' | 'preview' | 'opinion' | 'analysis' | 'interview' | 'press-release' | 'live' | 'other';

export const ARTICLE_KINDS: readonly ArticleKind[] = [
  'report',
  'preview',
  'opinion',
  'analysis',
  'interview',
  'press-release',
  'live',
  'other',
];

/** How a brief line is marked when it does not come from a report: what was expected, or someone's view. */
export type LineLabel = 'preview' | 'opinion';

/** The label a line of an article of this kind carries: its kind for a preview or an opinion piece, else none. */
export const lineLabelOf = (kind: ArticleKind | undefined): LineLabel | undefined =>
  kind === 'preview' || kind === 'opinion' ? kind : undefined;

export interface BriefSentence extends Span {
  readonly text: string;
  /** Set when the line comes from a preview (written before the event) or an opinion piece. */
  readonly label?: LineLabel;
  /** Ids of the other articles that report the same content (the same fact, in the same or other words). */
  readonly support: readonly string[];
  /**
   * The independent publishers that carry the line (its own article's and its support's): an outlet's several
   * articles and one wire service's copy count once, unknown outlets not at all. Set by the story stage.
   */
  readonly sources?: readonly string[];
  /**
   * The person a line's opening pronoun stands for ("Er schlug … vor": Wladimir Putin), so that the line stands
   * alone: where the article names them (`text` as written there) and their name in the story (`name`). Set by the
   * story stage when the line opens with a pronoun of one person and the sentence before it names a person.
   */
  readonly refersTo?: Span & { readonly text: string; readonly name: string };
  /** The selection score (higher = more central); for inspection only. */
  readonly score: number;
}

export interface BriefArticle {
  readonly id: string;
  readonly file?: string;
  readonly title?: string;
  readonly source?: string;
  readonly author?: string;
  readonly url?: string;
  /** ISO 8601; day-precise when the article's text or its story allows (then `publishedInferred`). */
  readonly published?: string;
  /** True when `published` was inferred from the article's text and the story's event date, not read. */
  readonly publishedInferred?: boolean;
  /** How `source` was found: page or feed metadata, the URL's domain, a copyright line, or page furniture. */
  readonly sourceVia?: 'metadata' | 'domain' | 'copyright' | 'signature';
  /** The outlet registry's facts on the source, when it knows the outlet. */
  readonly outlet?: {
    readonly family?: string;
    /** ISO 3166-1 alpha-2. */
    readonly country: string;
    /** newspaper, magazine, broadcaster, online, wire. */
    readonly kind: string;
  };
  /** The wire service whose copy the article is ("dpa"), from its dateline or sign-off. */
  readonly wire?: string;
  /**
   * The independent publisher the article counts as (its outlet, its wire service, or the publisher of a
   * near-identical text printed earlier in the story); absent when the outlet is unknown: then it confirms nothing.
   */
  readonly publisher?: string;
  /** What the article is relative to the story's event (report, preview, opinion, …). */
  readonly kind: ArticleKind;
  readonly language: LanguageCode;
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly removed: readonly Removed[];
}

/** Another article's sentence that carries the same content as a sentence (indices into the story). */
export interface Carrier {
  /** Index of the other article among the story's articles. */
  readonly article: number;
  /** Index of the carrying sentence among that article's `sentences`. */
  readonly sentence: number;
}

/**
 * Which other articles carry each sentence of one story, computed once by the story stage and handed to the
 * summary (support) and the cross-source analysis (coverage): `corroboration[a][s]` lists, for sentence `s` of
 * article `a`, one carrying sentence of every other article that has one, in article order. Symmetric: when
 * article `b` carries sentence `s` of `a` with its sentence `t`, article `a` carries `t`.
 */
export type Corroboration = readonly (readonly (readonly Carrier[])[])[];
