/**
 * The story stage: above the per-article stages (ingest, clean, analyse), it assembles one brief from the
 * articles of one story — one corroboration per story, handed to summarise (support) and compare (coverage).
 */
export { analyseStory } from './analyse-story.js';
export { articleOutlet, independentPublishers, type ArticleOutlet } from './publishers.js';
export {
  briefFromArticles,
  briefFromDocuments,
  prepareArticles,
  prepareArticlesWithin,
  storyLanguage,
} from './brief.js';
export { briefState, updateBrief, BRIEF_STATE_VERSION, type BriefState } from './state.js';
export { corroborate, storyTerms, type CorroborationOptions } from './corroborate.js';
export { decideKind, inferPublished, storyEventDate, storyKinds, type StoryKinds } from './kinds.js';
export type { BriefOptions } from './options.js';
export { BRIEF_SCHEMA, type Brief } from './types.js';
