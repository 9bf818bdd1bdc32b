/** The ingest stage: files, folders and stdin → `SourceDocument`s and per-input `{file, reason}` errors. */
export {
  ingest,
  compareCodePoints,
  ioReason,
  readBytes,
  openInputReader,
  thrownReason,
  type InputReader,
  TOO_DEEP,
  type IngestIo,
} from './files.js';
export { withLanguage } from './meta.js';
export {
  guarded,
  ReadPool,
  stoppedReason,
  type GuardJob,
  type JobOptions,
  type NamedRead,
  type ReaderResult,
  type ReadLimits,
  type ReadStage,
} from './read-pool.js';
export {
  processPort,
  serveReads,
  BUILT_IN_READERS,
  type Guard,
  type JobPort,
  type NamedReader,
} from './read-serve.js';
export { readRecordJob, type RecordPayload } from './record-job.js';
export { documentsFromRecords, documentsFromReads, type RecordNaming, type RecordRead } from './records.js';
export { ingestStream, type IngestItem } from './stream.js';
export {
  readLines,
  readAll,
  sniffJsonLines,
  isJsonObjectLine,
  type Chunk,
  type StreamLineRead,
} from './lines.js';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_READ_BUDGET_MS,
  DEFAULT_MEMORY_MB,
  DEFAULT_ISOLATE_FROM_BYTES,
  DEFAULT_GUARD_FROM_CHARS,
  DEFAULT_WORKER_URL,
  tooSlowReason,
  tooLargeReason,
  type HardTimer,
  normaliseIngestOptions,
  sizeLimitReason,
  type IngestOptions,
  type ReadingOptions,
  type NormalisedIngestOptions,
} from './options.js';
export {
  assignIds,
  readInputBytes,
  releaseId,
  uniqueId,
  type InputBytes,
  type InputOutcome,
  type PendingDocument,
} from './documents.js';
export {
  BINARY_ERROR,
  EMPTY_ERROR,
  decodeBytes,
  encodingName,
  isDecodeFailure,
  type DecodeFailure,
  type DecodeHint,
  type DecodeResult,
  type Decoded,
} from './decode.js';
export {
  detectFormat,
  formatFromExtension,
  isFeedPath,
  isKnownPath,
  sniffFeed,
  sniffFormat,
  KNOWN_EXTENSIONS,
} from './format.js';
export {
  parseFeedText,
  readFeedBytes,
  NO_ITEM_TEXT,
  type FeedKind,
  type FeedParse,
  type FeedProblem,
  type FeedRecord,
} from './feed.js';
export { parseText, parseHeaderLine, type ParsedContent, type TextOptions } from './text.js';
export {
  parseHtml,
  isHtmlFailure,
  NO_MAIN_TEXT,
  TOO_DEEP_HTML,
  type HtmlFailure,
  type HtmlResult,
} from './html.js';
export { MAX_HTML_DEPTH, nestsDeeperThan } from './html-depth.js';
export { blockText } from './html-blocks.js';
export { rebuildHtml } from './html-repair.js';
export { parseJson, parseJsonLines, type JsonParse, type JsonProblem, type JsonRecord } from './json.js';
export { normaliseDate } from './dates.js';
