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
}

export const DEFAULT_CLUSTER_RULES: ClusterRules = { hyphenParts: false };
