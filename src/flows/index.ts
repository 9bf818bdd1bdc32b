/**
 * Flows: the sequences of stages the shells (CLI, server, eval) run — the batch and stream cluster runs, ingest
 * into the store and brief refresh. Stages (clean, analyse, cluster, summarise, …) know nothing of each other's
 * order; the store only keeps what a flow gives it.
 */
export {
  clusterDocuments,
  CLUSTERS_SCHEMA,
  orderByTime,
  type ArticleResult,
  type ClusterRun,
  type ClusterRunOptions,
} from './cluster-batch.js';
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
} from './cluster-stream.js';
