export { cleanDocument, cleanDocuments, repeatedLines, titleWithoutKicker } from './clean.js';
export { findDate, morePrecise, type PartialDate } from './dates.js';
export { normaliseCleanOptions, type CleanOptions, type NormalisedCleanOptions } from './options.js';
export { CLEAN_RULES } from './rules/index.js';
