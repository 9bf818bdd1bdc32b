/**
 * The shape of the per-language role table (`src/lang/<code>/roles.ts`): the words a text uses to say who a
 * speaker is ("der russische Präsident Wladimir Putin", "Putin, Russlands Präsident,", "Russian President Vladimir
 * Putin"), and how a role is shown next to the speaker's name ("Putin, russischer Präsident"). The compare stage
 * reads the role phrase next to a name from these tables and writes its display form.
 */

/** Grammatical gender of a role noun (German adjectives before it take its strong nominative ending). */
export type RoleGender = 'm' | 'f' | 'n';

/** One role noun: its display form (nominative singular, as written) and the other forms it takes. */
export interface RoleNoun {
  /** Nominative singular as shown ("Präsident", "president"). */
  readonly noun: string;
  /** Other forms of the noun, lower-case ("präsidenten"); the display form is used for all of them. */
  readonly forms?: readonly string[];
  /** For languages whose adjectives agree with the noun; masculine when absent. */
  readonly gender?: RoleGender;
  /**
   * A noun made of an adjective ("Vorsitzende", "Abgeordnete"): its ending follows the article like an adjective's
   * ("der Vorsitzende" → "Vorsitzender", "die Vorsitzende" → "Vorsitzende"), its gender that of the article.
   */
  readonly adjectival?: boolean;
}

export interface RoleRules {
  /**
   * Role nouns; a hyphenated compound ending in one ("US-Präsident", "then-candidate") is a role too, and with
   * `compounds` a closed one ("Außenministerin", "Kremlchef").
   */
  readonly nouns: readonly RoleNoun[];
  /** Whether closed compounds end in a role noun (German); in English "tweaking" does not end in "king". */
  readonly compounds: boolean;
  /** Articles and other words that open a role phrase and are not shown ("der", "ein", "the", "a"), lower-case. */
  readonly determiners: readonly string[];
  /**
   * Lower-case words that qualify a role and are shown with it ("ehemalige", "former", "deputy"). Besides them, a
   * lower-case word with one of `adjectiveEndings` and a capitalised word with one of `genitiveEndings` qualify.
   */
  readonly modifiers: readonly string[];
  /** Endings of lower-case adjectives before a role noun ("russische": "e"); none in English. */
  readonly adjectiveEndings: readonly string[];
  /** Whether capitalised words before the noun qualify it ("Russian President", "White House spokesman"). */
  readonly capitalisedModifiers: boolean;
  /** Endings of a capitalised genitive before the noun ("Russlands Präsident": "s"; "Russia's president": "'s"). */
  readonly genitiveEndings: readonly string[];
  /**
   * Strong nominative endings of an adjective before a role noun of each gender, shown without an article
   * ("russischer Präsident", "deutsche Kanzlerin"); the adjective's ending of `adjectiveEndings` is replaced.
   * Absent: adjectives are shown as written.
   */
  readonly strongEndings?: Readonly<Record<RoleGender, string>>;
  /** Articles that make an adjectival role noun feminine ("die", "eine"); masculine after any other. */
  readonly feminineArticles?: readonly string[];
  /**
   * The ending of a feminine role noun the tables do not list ("Bürgerrechtlerin": "in"), for the gender of the
   * adjectives before it; masculine otherwise.
   */
  readonly feminineEnding?: string;
  /** Forms of address before a name that say nothing of a role ("Mr", "Frau"), lower-case: never shown. */
  readonly honorifics: readonly string[];
  /** Words that link a role to what it is of ("des", "der", "of"): "Sprecher des Ministeriums" is shown whole. */
  readonly complementWords: readonly string[];
  /** Whether the role noun is shown lower-case ("Russian president") or as written ("russischer Präsident"). */
  readonly lowerCaseNoun: boolean;
}
