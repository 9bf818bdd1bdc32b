/**
 * The shape of the per-language tables the clusterer's term extraction reads (`src/lang/<code>/cluster.ts`), and of
 * the compound table (`src/lang/<code>/compounds.ts`). Languages without a cluster table use
 * {@link DEFAULT_CLUSTER_RULES}; languages without a compound table split no closed compounds.
 */
export interface ClusterRules {
  /**
   * Whether the parts of a hyphenated compound count as terms of their own besides the whole word
   * (`Corona-Impfpflicht` → also `corona`, `impfpflicht`; `CDU-Spitze` → also the name `CDU`). Languages that
   * join compounds with hyphens (German) meet shorter mentions this way; in English hyphens mostly join modifiers
   * ("well-known") and the parts add noise.
   */
  readonly hyphenParts: boolean;
  /**
   * Words (lower case) that name a wire service or a press-release feed (`dpa`, `DGAP-Adhoc`, `POL`): they say
   * who sent the text, not what happened, and are left out of every signal.
   */
  readonly sourceMarkers?: readonly string[];
  /**
   * Whether numbers written with a leading zero (`07231`) or as digit groups joined by a hyphen (`186-1111`,
   * `200618-3`) are left out: phone numbers and release numbers name the sender, not a figure of the event.
   */
  readonly dropIdentifierNumbers?: boolean;
  /** The fixed wording of same-source formats (press releases, ad-hoc notices): not evidence (see the type). */
  readonly templates?: TemplateMarkers;
}

/**
 * Same-source templates of a language's feeds, as regular-expression sources in lower case (matched against the
 * lower-cased text, Unicode).
 * Two press releases of one police office about different events share their whole contact footer and header; two
 * ad-hoc notices of different firms share their legal lines: what matches is left out of every signal. Contact
 * details (e-mail and web addresses) are template in every language without a table entry.
 */
export interface TemplateMarkers {
  /** Phrases that open a release's contact or legal footer (`Rückfragen bitte an`): the rest of the text is template. */
  readonly footers: readonly string[];
  /** Fixed phrases of a format (`Veröffentlichung einer Insiderinformation …`, phone lines, datelines' `(ots)`). */
  readonly phrases: readonly string[];
  /**
   * How a footer names its sender, with a group `sender` (`Original-Content von: Polizeipräsidium Pforzheim,`),
   * matched from the footer's start: the sender's other mentions (the release's header) are template too.
   */
  readonly sender?: string;
}

export const DEFAULT_CLUSTER_RULES: ClusterRules = { hyphenParts: false };

/**
 * Closed compounds split into known words (`Bundestagswahl` → also `bundestag`, `wahl`), for languages that write
 * compounds as one word (German); the clusterer reads it (src/cluster/compounds.ts).
 */
export interface CompoundTable {
  /** Known words (lower case, umlauts allowed): the parts a compound may be split into. */
  readonly words: readonly string[];
  /** Endings a word may take as the head of a compound (`wahl` → `wahlen`): inflections. */
  readonly inflections: readonly string[];
  /** Linking elements between the parts (`Arbeit·s·markt`, `Bund·es·tag`), and endings a modifier may drop. */
  readonly linkers: readonly string[];
  /** Shortest part (characters). */
  readonly minPart: number;
  /** Shortest word that is tried (characters). */
  readonly minWord: number;
  /**
   * Endings that only a compound's modifier takes (`-ungs`, `-heits`: a derived noun with its linking `s`), so a word
   * holding one is split there even when its parts are not in `words` (`Vergeltungs·angriff`,
   * `Strafverfolgungs·behörden`). Lower case; umlauts allowed.
   */
  readonly modifierEndings?: readonly string[];
  /** Shortest head after a modifier ending (characters). */
  readonly minHead?: number;
}
