/**
 * The shape of a language's message table (`src/lang/<code>/messages.ts`): every word the web page shows and every
 * counted phrase of the rendered outputs, with plural forms chosen by `Intl.PluralRules` of the language.
 */

/** The forms of a counted phrase by plural category (`{n}` is the number); `other` is always there. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/** Counted things ("1 Quelle", "2 Quellen"). The kinds of articles count as `kind.<kind>`. */
export type CountKey =
  | 'source'
  | 'article'
  | 'story'
  | 'mention'
  | 'unknownOrigin'
  | 'unknownOriginAlone'
  | 'kind.report'
  | 'kind.preview'
  | 'kind.opinion'
  | 'kind.analysis'
  | 'kind.interview'
  | 'kind.press-release'
  | 'kind.live'
  | 'kind.other';

/** The web page's own words (the brief's headings come from src/render/labels.ts). */
export interface WebMessages {
  readonly search: string;
  readonly searchButton: string;
  readonly filters: string;
  readonly minSources: string;
  /** The choices of the minimum of sources, by number ("ab 2 Quellen"; 1: "alle"). */
  readonly minSourcesChoice: PluralForms;
  readonly allStories: string;
  readonly language: string;
  readonly allLanguages: string;
  readonly span: string;
  readonly spans: Readonly<Record<'all' | '24h' | '7d' | '30d' | '365d', string>>;
  readonly apply: string;
  readonly languages: string;
  /** Before a time that is when a story was stored, not published ("eingelesen 5. Dez."): `{date}`. */
  readonly ingested: string;
  readonly published: string;
  readonly unknownOutlet: string;
  readonly noStories: string;
  readonly loading: string;
  readonly back: string;
  readonly previous: string;
  readonly next: string;
  /** "Seite {page} von {pages}" */
  readonly page: string;
  readonly fullHeadline: string;
  readonly shortHeadline: string;
  readonly notSummarised: string;
  readonly closest: string;
  readonly noSentence: string;
  readonly citation: string;
  readonly conflict: string;
  readonly matrixNote: string;
  readonly showMore: string;
  readonly storyline: string;
  readonly earlierChapters: string;
  readonly laterChapters: string;
  readonly copyText: string;
  readonly copied: string;
  /** When the clipboard refuses: the text is shown selected, to copy by hand. */
  readonly copyByHand: string;
  readonly exportMarkdown: string;
  /** Above what is new since the reader's last visit of the story: `{date}` the last visit. */
  readonly sinceLastVisit: string;
  /** The mark on a brief line that is new / changed since the last visit. */
  readonly newMark: string;
  readonly changedMark: string;
  /** Before a changed line's earlier text. */
  readonly previously: string;
  readonly newArticles: string;
  readonly nothingNew: string;
  readonly earlierVersions: string;
  /** One earlier brief: `{n}` its number, `{date}` when it was made. */
  readonly versionEntry: string;
  readonly showVersion: string;
}

/** Errors the page shows, by cause (never the server's English message). `{status}`: the HTTP status. */
export interface ErrorMessages {
  readonly network: string;
  readonly notFound: string;
  readonly badRequest: string;
  readonly unavailable: string;
  readonly server: string;
  readonly other: string;
}

export interface MessageTable {
  /** The language's code (`de`): its plural rules and number formats. */
  readonly code: string;
  readonly counts: Readonly<Record<CountKey, PluralForms>>;
  readonly web: WebMessages;
  readonly errors: ErrorMessages;
}
