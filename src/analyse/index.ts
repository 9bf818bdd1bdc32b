export { analyseArticle, articleLanguage } from './analyse.js';
export { detectLanguage } from './language.js';
export {
  normaliseAnalyseOptions,
  normaliseLanguageTag,
  type AnalyseOptions,
  type NormalisedAnalyseOptions,
} from './options.js';
export {
  explainSentenceBoundaries,
  segmentSentences,
  type BoundaryDecision,
  type SentenceSpan,
} from './sentences.js';
export { tokenize } from './tokens.js';
export { BOUNDARY_RULES, type BoundaryRule, type Candidate } from './boundary-rules/index.js';
export { stemmerFor, type Stemmer } from './stemmers.js';
