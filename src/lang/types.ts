/**
 * Language rules live here as data, one folder per language, never as scattered regexes in the stages.
 * A stage receives the `LanguageRules` of the article's language (or of every configured language, for
 * cleaning, where a page may mix them). Every table type lives in `src/lang`; the stages import them from here.
 */
import type { ClusterRules, CompoundTable } from './cluster-rules.js';
import type { CompareRules } from './compare-rules.js';
import type { FactRules } from './fact-rules.js';
import type { KindRules } from './kind-rules.js';
import type { MessageTable } from './message-types.js';
import type { NounEndings } from './noun-rules.js';
import type { RoleRules } from './role-rules.js';

export type { ClusterRules, CompoundTable } from './cluster-rules.js';
export type { KindMarker, KindRules } from './kind-rules.js';
export type { FactRules } from './fact-rules.js';
export type { NounEndings } from './noun-rules.js';
export type { RoleGender, RoleNoun, RoleRules } from './role-rules.js';
export type {
  CompareRules,
  DateRules,
  DateUnit,
  EntityRules,
  FigureRules,
  QuoteRules,
  RelativeDatePhrase,
  AnchorPhrase,
  TemporalRules,
  DayPart,
  TimeRules,
  TimelineRules,
  UnknownNameShapes,
} from './compare-rules.js';

/** Tables used by sentence segmentation and tokenisation. */
export interface SentenceRules {
  /** Abbreviations that end with a period and do not end a sentence, without the period: `Dr`, `ca`, `Nr`, `z.B`. */
  readonly abbreviations: readonly string[];
  /** Month names (lower-case): a number + period before one is an ordinal date, not a sentence end. */
  readonly months: readonly string[];
  /**
   * Words that typically open a sentence (articles, pronouns, conjunctions), lower-case. After `12.` such a
   * word marks a sentence end; any other capitalised word marks an ordinal (`2. Bundesliga`).
   */
  readonly sentenceStarters: readonly string[];
  /**
   * Whether a number followed by a period can be an ordinal (`1. Mai`, `2. Bundesliga`), as in German. When false
   * (English), a number + period + capitalised word is a sentence end.
   */
  readonly ordinals?: boolean;
}

/** Tables used by the cleaning stage. All matching is on whitespace-normalised lines. */
export interface CleanRules {
  /** Whole lines that are navigation (case-insensitive, exact after trimming and trailing punctuation). */
  readonly navigation: readonly string[];
  /** Whole lines that are promotion / teasers of other content. */
  readonly promotion: readonly string[];
  /**
   * Prefixes of whole lines that are navigation/promotion/meta ("Lesezeit:", "Rechte am Artikel"); a line counts
   * only when it has at most `maxWords` words (default 14), so prose that happens to start alike stays.
   */
  readonly boilerplatePrefixes: readonly {
    readonly prefix: string;
    readonly reason: string;
    readonly maxWords?: number;
    /**
     * The list that follows the line goes with it: the next non-empty lines that open with a list marker
     * (`-`, `--`, `*`, `•`), up to the first line that does not ("The seed for Wide00014 was:" + its dash list).
     */
    readonly list?: boolean;
  }[];
  /**
   * Phrases that make a short line boilerplate wherever they stand in it: a pitch to subscribe ("Eine
   * Newsübersicht am Morgen …: Abonniere den WhatsApp-Kanal von …"). A line counts only when it has at most
   * `maxWords` words (default 14). Compared without case.
   */
  readonly boilerplatePhrases?: readonly {
    readonly phrase: string;
    readonly reason: string;
    readonly maxWords?: number;
  }[];
  /** Lines standing for a missing image ("Bild nicht mehr verfügbar."). */
  readonly imagePlaceholders: readonly string[];
  /**
   * Words that say until when a media library offers a clip, before its date: `Verfügbar bis` ("00:21 Min..
   * Verfügbar bis 22.04.2026"). A short line holding one before a date is a player's info strip.
   */
  readonly mediaAvailability?: readonly string[];
  /** Words that open a photo/video credit: `Foto`, `Bild`, `Quelle`, `Photo`. */
  readonly creditWords: readonly string[];
  /**
   * Words that open a credit without a colon, the names right after them: `Photos by` ("Photos by Andy Lyons/Getty
   * Images, …"), `Fotos von`. A short line opening with one is a credit line as one opening with `creditWords` is.
   */
  readonly creditLeads?: readonly string[];
  /** Words that open a byline: `Von`, `By`. */
  readonly bylineWords: readonly string[];
  /** Words that introduce an opinion piece's author in a teaser or byline: `Kommentar von`, `Analysis by`. */
  readonly commentaryMarkers: readonly string[];
  /** Prepositions of place in sign-offs: `aus`, `in` ("André Ballin aus Moskau"). */
  readonly placePrepositions: readonly string[];
  /** The word that links an outlet to a date in copyright lines: `vom` ("© SZ vom 26.04.2019"). */
  readonly dateLinkWords: readonly string[];
  /** Month names (lower-case) and their number, for dates like "25. April 2019" or "25. Jänner 2019". */
  readonly months: Readonly<Record<string, number>>;
  /**
   * Words (lower-case) a timestamp line may hold besides a date, a clock time, weekday and month names: "Uhr",
   * "Publiziert", "Lesedauer", "Min." ("Publiziert: 6. November 2025, 12:26", "12.12.2025, 05:07 Uhr").
   */
  readonly timestampWords?: readonly string[];
  /** Cue words of cookie, consent and privacy notices, also where a flattened page glued one into a line. */
  readonly consent: ConsentCues;
  /**
   * Phrases removed wherever they stand in a line, as whole words (exact case), together with the phrases right
   * next to them: ad markers that flattened pages carry between title and text ("… Polizei Anzeige Anzeige
   * Krefeld. Im Zoo …"). One marked `repeated` counts only next to another ("Anzeige" alone is a word).
   */
  readonly inlineMarkers: readonly {
    readonly phrase: string;
    readonly reason: string;
    readonly repeated?: boolean;
  }[];
}

/** The kinds of cue a consent notice is recognised by; `address` (Sie, unser, you, our) only adds to others. */
export type ConsentCueGroup =
  'site' | 'policy' | 'agree' | 'data' | 'ad' | 'thirdParty' | 'tracking' | 'address';

/**
 * Cue entries are words or phrases matched on whole words: written lower-case they also match capitalised and
 * all-caps (`website` = `Website`, `WEBSITE`); written capitalised they do not match lower-case (`Sie` ≠ `sie`);
 * a trailing `*` matches any ending (`Cookie*` = `Cookies-Nutzung`). A sentence with a `marker` is a notice; so is
 * one with cues of three groups ("unserer Website" + "Werbung" + "Sie"). A sentence with cues of two groups, one
 * not `address`, is a notice only next to one ("Nähere Informationen finden Sie in unseren Datenschutzbestimmungen").
 */
export interface ConsentCues {
  readonly markers: readonly string[];
  readonly groups: Readonly<Partial<Record<ConsentCueGroup, readonly string[]>>>;
}

/**
 * Everything a stage knows about one language, by concern: the sentence stage's tables, the cleaning stage's, the
 * compare stage's (entities, quotes, figures, dates), the clusterer's, and the compound table beside them. A stage
 * gets them from `rulesFor(code)` (src/lang/index.ts), the one lookup.
 */
export interface LanguageRules {
  /** The ISO 639-1 code (`de`). */
  readonly code: string;
  /** The language's name in English (`german`), as @orama/stemmers names it. */
  readonly name: string;
  readonly sentences: SentenceRules;
  readonly clean: CleanRules;
  readonly compare: CompareRules;
  readonly cluster: ClusterRules;
  /** Cues of the kind of an article (report, preview, opinion, …). */
  readonly kinds: KindRules;
  /** Closed compounds and their parts (German); none when absent. */
  readonly compounds?: CompoundTable;
  /** Endings of common nouns, by what a word with one is not (no name, no place); none when absent. */
  readonly nounEndings?: NounEndings;
  /** The words of the web page and the counted phrases of the outputs (English when absent); see messages.ts. */
  readonly messages?: MessageTable;
  /** Word forms the fact matcher takes as one (strong-verb participles, adverbs); none when absent. */
  readonly facts?: FactRules;
  /** Role words that say who a speaker is ("der russische Präsident"), and how a role is shown; none when absent. */
  readonly roles?: RoleRules;
  /** Pronouns that open a brief line and stand for one person named before it; none when absent. */
  readonly lines?: LineRules;
}

/**
 * How a brief line that opens with a pronoun is made to stand alone: the pronoun is shown with the person it stands
 * for ("Er [Wladimir Putin] schlug … vor"). Only pronouns of one person whatever the verb: German `sie` is also
 * "they" and the polite "you", so it is not listed.
 */
export interface LineRules {
  /** Lower-case pronouns of one person in the subject case (`er`; `he`, `she`). */
  readonly personPronouns: readonly string[];
  /**
   * Lower-case pronouns that, opening a sentence, point back to what a sentence before named, besides
   * `personPronouns` (`sie`; `they`): a line that opens with one of either leads the brief only when no other
   * report line can (src/summarise/select.ts).
   */
  readonly backPronouns?: readonly string[];
  /**
   * Phrases, as written, that mark a photo caption (", left, and …", "(links)"): a line holding one describes a
   * picture and leads the brief only when no other report line can (src/summarise/summarise.ts).
   */
  readonly captionMarks?: readonly string[];
  /**
   * Lower-case words that, opening a sentence, tie it to one before it ("however", "instead"; "jedoch", "trotzdem"):
   * such a line leads the brief only when no other report line can, as one opening with a `backPronouns` word.
   */
  readonly backConnectives?: readonly string[];
  /**
   * Lower-case phrases that mark a sentence as background, not a development of the story ("gilt als", "seit Jahren";
   * "is known for", "for years"): such a line goes after the other lines of its kind (src/summarise/background.ts).
   */
  readonly backgroundPhrases?: readonly string[];
  /**
   * The pluperfect, which tells what had happened before the story's events: its lower-case auxiliaries (`had`;
   * `hatte`), and a past participle after one in the same clause, within `reach` words — a word of `participles` or of
   * one of the `participleShapes` (lower case). A line in it goes after the other lines of its kind, as background.
   */
  readonly pluperfect?: {
    readonly auxiliaries: readonly string[];
    readonly participles: readonly string[];
    readonly participleShapes: readonly RegExp[];
    readonly reach: number;
    /**
     * Lower-case words that open a subordinate clause where its verb comes second ("than", "if", "what"): an auxiliary
     * after one in its clause is not the sentence's main verb. German needs none: its subordinate clause puts the
     * auxiliary after the participle ("nachdem er gesprochen hatte").
     */
    readonly subordinators: readonly string[];
  };
  /**
   * Lower-case words that point back to a man or to a woman (he, him, his; she, her). How an article refers back to a
   * person tells whether they are "he" or "she" there; a line's pronoun of the other gender is not given them. Leave
   * out words that also mean "they" (German `sie`, `ihr`).
   */
  readonly genderWords?: { readonly male: readonly string[]; readonly female: readonly string[] };
  /**
   * Lower-case phrases of a sentence that says only that someone gave no comment ("declined to comment", "wollte
   * sich dazu nicht äußern"). A short sentence with one (src/summarise/candidates.ts) is never a brief line: it
   * filled the last words of a budget ("KAI did not respond to requests for comment.").
   */
  readonly noComment?: readonly string[];
  /**
   * Lower-case words that address the reader ("you", "your"): a sentence with one outside quotation marks speaks to
   * the reader of the page ("You can add location information to your Tweets"), rarely a brief line
   * (src/summarise/features.ts). Leave out words that also mean something else (German `Sie`, `Ihr`).
   */
  readonly readerWords?: readonly string[];
}

/**
 * What a language folder gives (`src/lang/<code>/index.ts`): the sentence and cleaning tables at least. Missing
 * compare, cluster or kind tables are those of a language without tables: English compare and kind tables,
 * default cluster rules.
 */
export type LanguageTables = Omit<LanguageRules, 'compare' | 'cluster' | 'kinds'> &
  Partial<Pick<LanguageRules, 'compare' | 'cluster' | 'kinds'>>;
