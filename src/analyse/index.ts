export {
  segmentSentences,
  explainSentenceBoundaries,
  type BoundaryDecision,
  type SentenceSpan,
} from './sentences.js';
export { tokenize } from './tokens.js';
export { BOUNDARY_RULES, type BoundaryRule, type Candidate } from './boundary-rules/index.js';
