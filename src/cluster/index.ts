export { createClusterer, OnlineClusterer } from './clusterer.js';
export { textKey, urlKey } from './duplicates.js';
export { articleTerms, hasContent, signalsOf, streamLanguage, type Signals } from './features.js';
export { DocumentFrequencies } from './df.js';
export {
  DEFAULT_CLUSTER_OPTIONS,
  normaliseClusterOptions,
  type ClusterOptions,
  type NormalisedClusterOptions,
} from './options.js';
export { articleToArticle, articleToStory, decay } from './scoring.js';
export { storyIdFor } from './story.js';
export type { Assignment, Clusterer, StoryInfo, StoryMerge, StreamArticle } from './types.js';
export { streamArticleOf } from './from-article.js';
export {
  clusterDocuments,
  CLUSTERS_SCHEMA,
  orderByTime,
  type ArticleResult,
  type ClusterRun,
  type ClusterRunOptions,
} from './run.js';
export {
  DEFAULT_BRIEF_DOCUMENTS,
  DEFAULT_ID_WINDOW,
  DEFAULT_REPEAT_WINDOW,
  normaliseStreamRunOptions,
  StreamClusterRun,
  type ClosedStory,
  type NormalisedStreamRunOptions,
  type RecordName,
  type StreamEvent,
  type StreamLine,
  type StreamRunOptions,
  type StreamStats,
  type StreamSummary,
} from './stream-run.js';
