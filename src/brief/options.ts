import type { CleanOptions } from '../clean/index.js';
import type { CompareOptions } from '../compare/index.js';
import type { SummaryOptions } from '../summarise/index.js';

/** Everything a user may set for one brief; every field is optional. */
export interface BriefOptions extends CleanOptions, SummaryOptions, CompareOptions {
  /** Force the language of every article (ISO 639-1) instead of detecting it. */
  readonly language?: string;
  /** Add the cross-source analysis (default true). The brief's lines and their support are the same without it. */
  readonly analysis?: boolean;
}
