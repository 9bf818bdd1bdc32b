import type { ClusterRules } from '../cluster-rules.js';

/**
 * German tables for story clustering, each measured with `lagebild eval similarity` (SemEval-2022 de-de Pearson):
 * hyphen parts 0.674 → 0.702 (calibrated, after cleaning); see docs/clustering.md "Similarity (SemEval)" for the
 * source markers, identifier numbers and compound parts (the compound table: `./compounds.ts`).
 */
export const cluster: ClusterRules = {
  hyphenParts: true,
  // dpa and its regional services (lnw, lby, …), dpa-AFX, DGAP ad-hoc notices, police press offices (POL-…)
  // via news aktuell (ots), ROUNDUP headers of dpa-AFX, and the other German-language agencies.
  sourceMarkers: [
    'dpa',
    'afx',
    'dpa-afx',
    'roundup',
    'dgap',
    'adhoc',
    'dgap-adhoc',
    'dgap-news',
    'pol',
    'ots',
    'apa',
    'afp',
    'kna',
    'epd',
    'dts',
    'sid',
    'tmn',
    'lnw',
    'lby',
    'lsw',
    'lni',
    'lhe',
    'lno',
    'lrs',
    'lsa',
    'lmv',
    'lbn',
  ],
  dropIdentifierNumbers: true,
};
