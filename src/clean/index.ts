export {
  cleanDocument,
  cleanDocumentLines,
  cleanDocuments,
  cleanDocumentsWithin,
  repeatedLines,
  repeatKeys,
  titleWithoutKicker,
} from './clean.js';
export type { CleanedWithin } from './clean.js';
export { findDate, morePrecise, type PartialDate } from './dates.js';
export { normaliseCleanOptions, type CleanOptions, type NormalisedCleanOptions } from './options.js';
export { toLines } from './lines.js';
export { CLEAN_RULES } from './rules/index.js';
export type { Line } from './rules/types.js';
