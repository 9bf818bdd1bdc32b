/**
 * Lagebild as a library. `brief()` is the whole path; every stage is exported on its own too.
 *
 *   import { brief } from 'lagebild';
 *   const result = await brief(['examples/kim-putin-2019']);
 */
import type { Brief } from './brief/types.js';
import type { InputError, SourceDocument } from './core/types.js';
import { ingest, type IngestOptions } from './ingest/index.js';
import { documentsFromRecords } from './ingest/records.js';
import { briefFromDocuments, type BriefOptions } from './brief/index.js';

export * from './core/types.js';
export {
  analyseStory,
  briefFromArticles,
  briefFromDocuments,
  corroborate,
  prepareArticles,
  storyLanguage,
  BRIEF_SCHEMA,
  type Brief,
  type BriefOptions,
} from './brief/index.js';
export {
  ingest,
  normaliseIngestOptions,
  decodeBytes,
  parseHtml,
  parseText,
  type IngestOptions,
} from './ingest/index.js';
export { cleanDocument, cleanDocuments, normaliseCleanOptions, type CleanOptions } from './clean/index.js';
export {
  analyseArticle,
  detectLanguage,
  segmentSentences,
  tokenize,
  normaliseAnalyseOptions,
} from './analyse/index.js';
export {
  normaliseLanguageTag,
  registerLanguage,
  registeredLanguages,
  rulesFor,
  type LanguageRules,
  type LanguageTables,
} from './lang/index.js';
export { summarise, normaliseSummaryOptions, type SummaryOptions } from './summarise/index.js';
export { render, renderHtml, renderJson, renderMarkdown, type OutputFormat } from './render/index.js';
export { execute } from './cli/main.js';
export {
  compareStory,
  findEvidence,
  normaliseCompareOptions,
  type CompareOptions,
  type StoryEvidence,
} from './compare/index.js';
export type * from './compare/types.js';
export { createClusterer, type ClusterOptions } from './cluster/index.js';
export {
  StreamClusterRun,
  type ClosedStory,
  type StreamEvent,
  type StreamLine,
  type StreamRunOptions,
  type StreamSummary,
} from './flows/index.js';
export type {
  Assignment,
  Clusterer,
  StoryInfo,
  StoryMerge,
  StorySplit,
  StreamArticle,
} from './cluster/types.js';
export { DEFAULT_DB } from './store/index.js';
export { openStore, type StoreOptions, type LagebildStore } from './flows/store.js';
export type * from './store/types.js';
export { buildServer, type BuildServerOptions } from './server/index.js';

/** One article given as data rather than as a file. */
export interface ArticleInput {
  readonly text?: string;
  readonly html?: string;
  readonly id?: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
  readonly author?: string;
  /** ISO 8601 or another common date form; normalised. */
  readonly published?: string;
  readonly language?: string;
}

/** Options of `brief()`: those of the brief, plus the file reading ones when paths are given. */
export type BriefCallOptions = BriefOptions & IngestOptions;

function fromArticles(articles: readonly ArticleInput[]): {
  documents: SourceDocument[];
  errors: InputError[];
} {
  return documentsFromRecords(articles, {
    file: (i) => `articles[${String(i)}]`,
    fallbackId: (_, i) => `article-${String(i + 1)}`,
  });
}

/**
 * Many reports of one story in, one brief out. `inputs` are paths (files or folders, read recursively) or
 * articles given as data (`{ text }` or `{ html }` with optional metadata); inputs that cannot be used are
 * listed in `brief.errors`, never thrown.
 */
export async function brief(
  inputs: readonly (string | ArticleInput)[],
  options: BriefCallOptions = {},
): Promise<Brief> {
  const paths = inputs.filter((x): x is string => typeof x === 'string');
  const given = fromArticles(inputs.filter((x): x is ArticleInput => typeof x !== 'string'));
  const read = paths.length > 0 ? await ingest(paths, options) : { documents: [], errors: [] };
  return briefFromDocuments([...read.documents, ...given.documents], options, [
    ...read.errors,
    ...given.errors,
  ]);
}
