import type { Carrier, LineLabel, Span } from '../core/types.js';

export type EntityType = 'person' | 'place' | 'organization';

export interface EntityMention extends Span {
  /** The mention as written. */
  readonly text: string;
}

export interface Entity {
  /** Canonical name: the most frequent full variant. */
  readonly name: string;
  readonly type: EntityType;
  readonly variants: readonly string[];
  readonly mentions: readonly EntityMention[];
}

export interface Quote extends Span {
  readonly text: string;
  /** Canonical name of the speaker, or null when no rule attributes the quote. */
  readonly speaker: string | null;
  /**
   * The role the text gives the speaker at this quote or where it names them: as written ("mexikanische
   * Präsident", "GdP-Vorsitzende") from the quote finder; in the story's quote items (`QuoteItem`) as shown
   * ("russischer Präsident", "Russian president"). Absent when the text gives none.
   */
  readonly role?: string;
  /** How the speaker was found: a verb pattern, a pronoun, or reported speech continuing the last speaker. */
  readonly attribution: 'verb' | 'marker' | 'pronoun' | 'continuation' | null;
  /** `indirect` for reported speech without quotation marks ("X sagte, dass …"); absent for a direct quote. */
  readonly kind?: 'indirect';
}

/** One place a quote of the story stands: its words there and who that source says spoke them. */
export interface QuoteSource extends Span {
  readonly text: string;
  readonly speaker: string | null;
}

/** When a quote was said, as the text tells it ("im Dezember 2017", "am Mittwoch"); the span is the date phrase. */
export interface QuoteDate extends Span {
  /** ISO date of `precision` ("2017-12", "2019-04-24"). */
  readonly value: string;
  readonly precision: Precision;
  /**
   * How the date was found: `stated` (the phrase writes the year), `resolved` (a relative phrase resolved against
   * its article's date), `inferred` (it needed a part of the date from another article of the story).
   */
  readonly how: 'stated' | 'resolved' | 'inferred';
  /** The date phrase as written. */
  readonly text: string;
  /** Said well before the story's first day (an earlier remark quoted again, not one of the story's event). */
  readonly earlier: boolean;
}

/** The role phrase the text gives the speaker, as written ("der russische Präsident"), where it stands. */
export interface RoleSource extends Span {
  readonly text: string;
}

/**
 * A quote of the story: the same words in several sources are one item, with every source; its own fields are those
 * of its first source, the speaker and role those any source gives.
 */
export interface QuoteItem extends Quote {
  /** Every source of the quote, this one first. */
  readonly sources: readonly QuoteSource[];
  /** When it was said, when a source tells. */
  readonly said?: QuoteDate;
  /** Where the text gives the role shown in `role`. */
  readonly roleSource?: RoleSource;
}

/** A plan, target, expectation or forecast (`planned`), or what is or was (`actual`). */
export type FigureModality = 'planned' | 'actual';

export interface Figure extends Span {
  readonly value: number;
  readonly unit: string | null;
  /** The noun phrase counted ("nordkoreanischen Lohnarbeiter"), or null. */
  readonly counted: string | null;
  readonly hedge: string | null;
  /** For a duration without a counted noun: what it is the length of ("Dauer des Gesprächs"), from the tables. */
  readonly topic?: string;
  /** The whole figure as written ("rund 20 Stunden"). */
  readonly text: string;
  /** From the figure's clause ("den geplanten 50 Minuten" is planned): only figures of one modality are compared. */
  readonly modality: FigureModality;
}

export interface ConflictValue extends Span {
  readonly value: number;
  readonly unit: string | null;
  readonly hedge: string | null;
}

export interface Conflict {
  readonly about: string;
  /** The modality all values share. */
  readonly modality: FigureModality;
  readonly values: readonly ConflictValue[];
}

export interface FigureGroup {
  readonly about: string;
  /** The modality all values share. */
  readonly modality: FigureModality;
  readonly agree: boolean;
  readonly values: readonly ConflictValue[];
}

export type Precision = 'day' | 'month' | 'year';

export interface TimelineEvent extends Span {
  readonly date: string;
  readonly precision: Precision;
  readonly inferred: boolean;
  readonly text: string;
  /** The sentence the date belongs to. */
  readonly sentence: { readonly start: number; readonly end: number };
  /** For a time of day on the date: the TIMEX3 time part ("20:00", "EV" for the evening). */
  readonly time?: string;
}

/** One source of a timeline item: the passage (the shortened clause) that tells the event, and its date words. */
export interface TimelineSource extends Span {
  readonly text: string;
  /** The date expression inside the passage, as written ("Donnerstag", "17. September 1939"). */
  readonly dateText: string;
}

/**
 * What happened on a date: the clause that carries the date, shortened, with every source that tells it. Its own
 * `{article, start, end}` and `text` are those of its first source (the earliest article of the story).
 */
export interface TimelineItem extends Span {
  readonly date: string;
  readonly precision: Precision;
  /** True when no source states the date: each needed a part of its article's date from another article. */
  readonly inferred: boolean;
  /** The time of day where a source tells it ("20:00", "EV"; TIMEX3), the first source's first. */
  readonly time?: string;
  readonly text: string;
  readonly sources: readonly TimelineSource[];
}

export interface CoverageSpan {
  readonly start: number;
  readonly end: number;
}

export interface CorroboratedSpan extends CoverageSpan {
  readonly by: readonly string[];
}

export interface ArticleCoverage {
  readonly article: string;
  readonly corroborated: readonly CorroboratedSpan[];
  readonly single: readonly CoverageSpan[];
}

export interface ConsensusClaim extends Span {
  readonly text: string;
  /** Every article carrying the claim, this one first. */
  readonly sources: readonly string[];
  /** The independent publishers among them (unknown outlets not counted), when the story stage knows them. */
  readonly publishers?: readonly string[];
  /** Set when every article carrying the claim is a preview (or every one an opinion piece), as on brief lines. */
  readonly label?: LineLabel;
}

/** What the story stage knows of its articles beyond their text, for coverage (every field optional). */
export interface CoverageHints {
  /** The independent publisher of each article; undefined when its outlet is unknown (it confirms nothing). */
  readonly publishers?: readonly (string | undefined)[];
  /** How much each article's claims count in the single-source ranking (previews and opinion pieces less). */
  readonly weights?: readonly number[];
  /** Each article's line label (a preview's or an opinion piece's claims are marked as brief lines are). */
  readonly labels?: readonly (LineLabel | undefined)[];
  /** Whether two sentences state the same fact (the story stage's fact matcher; paraphrases too). */
  readonly sameFact?: (a: Carrier, b: Carrier) => boolean;
  /**
   * Every other sentence that states the fact of a sentence (`sameFact` with it first), in article order, found
   * through an index; without it, every sentence is compared.
   */
  readonly sameFactAs?: (a: Carrier) => readonly Carrier[];
  /**
   * Whether another sentence that states the fact of a sentence is one `wanted` accepts (`sameFactAs(a).some(wanted)`
   * without the list: `wanted` is asked first and the search ends at the first found).
   */
  readonly someSameFact?: (a: Carrier, wanted: (at: Carrier) => boolean) => boolean;
  /**
   * In how many of the story's articles each content term occurs (each article's distinct terms, `articleTerms`):
   * the story stage counts them once per brief; counted here when not given.
   */
  readonly termCounts?: ReadonlyMap<string, number>;
  /**
   * The sentences the brief's lines are, in line order: a claim they state (the same sentence, one carrying it, or
   * the same fact by the fact matcher) is not listed again in `consensus` or `singleClaims`.
   */
  readonly shown?: readonly Carrier[];
}

/** A claim only one source makes ("Nur in einer Quelle"), with its rank's score (higher = more important). */
export interface SingleClaim extends Span {
  readonly text: string;
  readonly score: number;
  /** Set when the claim comes from a preview or an opinion piece, as on brief lines. */
  readonly label?: LineLabel;
}

export interface Coverage {
  readonly articles: readonly ArticleCoverage[];
  /** `matrix[i][j]`: share of article i's sentences that article j corroborates (1 on the diagonal). */
  readonly matrix: readonly (readonly number[])[];
  readonly consensus: readonly ConsensusClaim[];
  /** The few most important claims that rest on one source, best first (see `singleSourceClaims`). */
  readonly singleClaims?: readonly SingleClaim[];
}

export interface StoryAnalysis {
  readonly entities: readonly Entity[];
  readonly quotes: readonly QuoteItem[];
  readonly figures: readonly Figure[];
  readonly conflicts: readonly Conflict[];
  /** Every group of figures about the same thing across articles, agreeing or not. */
  readonly figureGroups: readonly FigureGroup[];
  /** What happened when: events merged across sources, sorted by date. */
  readonly timeline: readonly TimelineItem[];
  readonly coverage: Coverage;
}
