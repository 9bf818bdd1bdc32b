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
export type { Assignment, Clusterer, StoryInfo, StoryMerge, StorySplit, StreamArticle } from './types.js';
export { streamArticleOf } from './from-article.js';
export { parseTime, placeArticle, StreamClock, type PlacedTime, type TimeSource } from './time.js';
export { Fifo } from './fifo.js';
export {
  isPreparing,
  packPrepared,
  prepareArticle,
  unpackPrepared,
  type PreparedArticle,
  type PreparingClusterer,
} from './prepared.js';
