import type { StoryAnalysis } from '../compare/types.js';
import type { BriefArticle, BriefSentence, InputError, LanguageCode } from '../core/types.js';

export const BRIEF_SCHEMA = 'lagebild/brief@1';

/** The story stage's output: the brief of one story (what `lagebild brief` renders). */
export interface Brief {
  readonly schema: typeof BRIEF_SCHEMA;
  readonly headline: string;
  readonly language: LanguageCode;
  readonly sentences: readonly BriefSentence[];
  readonly articles: readonly BriefArticle[];
  readonly errors: readonly InputError[];
  /** Cross-source analysis (entities, quotes, figures, conflicts, timeline, coverage); absent with `--no-analysis`. */
  readonly analysis?: StoryAnalysis;
}
