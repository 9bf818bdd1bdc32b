import type { CompoundTable } from './compounds.js';

/**
 * The shape of the per-language tables the clusterer's term extraction reads (`src/lang/<code>/cluster.ts`).
 * Languages without a table use {@link DEFAULT_CLUSTER_RULES}.
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
   * Closed compounds split into known words (`Bundestagswahl` → also `bundestag`, `wahl`), for languages that
   * write compounds as one word; none when absent.
   */
  readonly compounds?: CompoundTable;
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
}

export const DEFAULT_CLUSTER_RULES: ClusterRules = { hyphenParts: false };
