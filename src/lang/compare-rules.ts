/**
 * The shape of the per-language tables the compare stage reads (`src/lang/<code>/compare.ts`). All words are
 * lower-case unless said otherwise; the stage matches them case-insensitively on whole words.
 */

export type DateUnit = 'day' | 'week' | 'month' | 'year';

/**
 * A relative date phrase. `pattern` is a sequence of lower-case words; placeholders: `{n}` a number (digits or a
 * number word), `{month}` a month name, `{year}` a four-digit year. `shift` is how many `unit`s from the
 * reference date (multiplied by `{n}` when present, which is then taken as a count back or forward by `sign`).
 */
export interface RelativeDatePhrase {
  readonly pattern: string;
  readonly unit: DateUnit;
  /** Offset in `unit`s; with `{n}` in the pattern, the offset is `sign * n`. */
  readonly shift: number;
  /** For `{month}` phrases: the year offset from the reference year (`im Mai vergangenen Jahres` → -1). */
  readonly yearShift?: number;
  /** Precision of the result; defaults to `unit` (a week gives `month` unless it lies within one month → see stage). */
  readonly precision?: 'day' | 'month' | 'year';
}

/** Tables for names of persons, places and organisations. */
export interface EntityRules {
  /** Title and role words before a person's name ("präsident", "machthaber"), with inflected forms. */
  readonly titles: readonly string[];
  /** Endings of compound role words ("verfassungsschutzpräsident" ends with "präsident"). */
  readonly titleEndings: readonly string[];
  /** Articles, possessives and other small words that may stand between a verb and a name. */
  readonly determiners: readonly string[];
  /** Prepositions of place before a place name ("in", "nach", "aus"). */
  readonly placePrepositions: readonly string[];
  /** Nouns after which a capitalised word is a place ("insel", "grenzstadt", "hauptstadt"). */
  readonly placeNouns: readonly string[];
  /** Capitalised words that follow place prepositions but are not places ("westen", "angst", "kauf"). */
  readonly notPlaces: readonly string[];
  /** Words after which a capitalised word is an organisation ("nachrichtenagentur", "sender", "agency"). */
  readonly organisationNouns: readonly string[];
  /** Word endings that make a capitalised word an organisation ("ministerium", "botschaft"). */
  readonly organisationEndings: readonly string[];
  /** Known first names (capitalised as written): two capitalised words starting with one are a person. */
  readonly firstNames: readonly string[];
}

/** Tables for quotes and who said them. */
export interface QuoteRules {
  /** Finite verbs of saying that attribute a quote ("sagte", "verkündete", "said"). */
  readonly quoteVerbs: readonly string[];
  /** Words that attribute by themselves before a name: "so" ("…, so Putin"), "according to". */
  readonly attributionMarkers: readonly string[];
  /** Personal pronouns that may stand for a speaker ("er", "sie", "he", "she"). */
  readonly pronouns: readonly string[];
  /**
   * Verb forms that mark reported speech continuing from the previous sentence (German Konjunktiv I:
   * "bedeute", "sei", "hoffe"). Empty for languages without such a mood.
   */
  readonly reportedSpeech: readonly string[];
  /** Lower-case words that start no speaker phrase although capitalised at a sentence start ("dies", "man"). */
  readonly notSpeakers: readonly string[];
  /** Definite articles: "der Minister" may mean a person named before ("a minister" does not). */
  readonly definiteArticles: readonly string[];
  /** Articles of a genitive that belongs to a role ("Sprecher des Ministeriums", "spokesman of the ministry"). */
  readonly genitiveArticles: readonly string[];
  /** Words joining two names into one speaker ("Sonia und Willy Bogner"). */
  readonly joiners: readonly string[];
  /** Words after which a noun phrase is no speaker (prepositions: "mit der BBC", "in einem Interview"). */
  readonly prepositions: readonly string[];
  /** Lower-case words that right after a quote start a clause, not a speech verb ("dass", "weil", "und"). */
  readonly conjunctions: readonly string[];
  /**
   * Lower-case function words a title may hold between capitalised words ("Department of Vertebrate Zoology",
   * "Ode an die Freude"); titles are often foreign, so the lists hold a few words of neighbouring languages.
   */
  readonly titleFunctionWords: readonly string[];
  /** Nouns that name a work or a name right before quotation marks ("den Film „…“", "das Motto „…“"). */
  readonly workNouns: readonly string[];
  /**
   * Reported speech (`quotes[].kind: "indirect"`). Verbs and participles that report what someone said, thought
   * or announced besides `quoteVerbs` ("mitteilte", "angekündigt", "hofft"); empty where indirect speech is not
   * recognised.
   */
  readonly reportingVerbs: readonly string[];
  /** Words that open a reported clause after a comma ("dass", "ob"). */
  readonly complementisers: readonly string[];
  /** The infinitive marker of a reported intention ("zu": "kündigte an, … zu erhöhen"). */
  readonly infinitiveMarkers: readonly string[];
  /** Reflexive pronouns skipped after a verb of saying ("äußerte sich X"). */
  readonly reflexives: readonly string[];
  /** A word opening "Wie X mitteilte, …": the speaker follows it, the content follows the clause. */
  readonly asMarkers: readonly string[];
  /** Markers before a source that report the whole sentence ("laut", "gemäß"). */
  readonly sourceBefore: readonly string[];
  /** Markers after a source ("zufolge": "Berichten zufolge"). */
  readonly sourceAfter: readonly string[];
  /** Nouns of a source after a lead word ("nach Angaben", "nach Informationen"), lower case. */
  readonly sourceNouns: readonly string[];
  /** Lead words before a source noun ("nach"). */
  readonly sourceNounLeads: readonly string[];
  /** Prepositions between a source noun and its source ("Angaben von n24"). */
  readonly sourceOf: readonly string[];
}

/** Tables for figures: numbers, their units, scales and hedges, and what a duration is the length of. */
export interface FigureRules {
  /** Hedge words before a figure, mapped to their normal form ("rund", "etwa", "fast", "mindestens", "über"). */
  readonly hedges: Readonly<Record<string, string>>;
  /** Unit words mapped to a unit code ("dollar" → "USD", "prozent" → "%", "stunden" → "hour"). */
  readonly units: Readonly<Record<string, string>>;
  /** Scale words ("millionen" → 1e6). */
  readonly scales: Readonly<Record<string, number>>;
  /** Number words that count on their own ("zwei" → 2). */
  readonly numberWords: Readonly<Record<string, number>>;
  /** Words for "one" that are also articles ("ein", "eine"): a figure only with a scale word or a hedge. */
  readonly oneWords: readonly string[];
  /** Fixed phrases whose numbers are not figures ("unter vier augen"). */
  readonly idioms: readonly string[];
  /**
   * What a duration without a counted noun is the length of: a label ("Dauer des Gesprächs") → lower-case words
   * in the sentence that name it ("gespräch", "sprachen", "tête-à-tête"). Durations with the same label are
   * compared across articles; a duration with none of these words is compared with nothing.
   */
  readonly durationTopics: Readonly<Record<string, readonly string[]>>;
}

/** Tables for dates: weekdays, months, relative date phrases, and the words that tell past from future. */
export interface DateRules {
  /** Lower-case weekday names → day of week (0 = Sunday). */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Parts of the day glued to a weekday ("donnerstagabend"). */
  readonly dayParts: readonly string[];
  /** Words before a weekday that belong to the date expression ("am", "an diesem", "on"). */
  readonly weekdayLeads: readonly string[];
  /** Lower-case month names (and abbreviations) → month number. */
  readonly months: Readonly<Record<string, number>>;
  /** Words before a month or year that belong to the expression ("im", "seit", "bis", "ende"). */
  readonly dateLeads: readonly string[];
  readonly relativeDates: readonly RelativeDatePhrase[];
  /** Words that mark a sentence as looking back / ahead, for choosing the weekday. */
  readonly pastMarkers: readonly string[];
  readonly futureMarkers: readonly string[];
}

/** The compare stage's tables of a language, by concern (`src/lang/<code>/compare.ts`). */
export interface CompareRules {
  readonly entities: EntityRules;
  readonly quotes: QuoteRules;
  readonly figures: FigureRules;
  readonly dates: DateRules;
}
