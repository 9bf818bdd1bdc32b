export { cleanDocument, cleanDocuments, repeatedLines, repeatKeys, titleWithoutKicker } from './clean.js';
export { findDate, morePrecise, type PartialDate } from './dates.js';
export { normaliseCleanOptions, type CleanOptions, type NormalisedCleanOptions } from './options.js';
export { CLEAN_RULES } from './rules/index.js';
