/** The compare stage: cross-source analysis of one story (entities, quotes, figures, conflicts, timeline, coverage). */
export { compareStory, findEvidence, type StoryEvidence } from './analyse-story.js';
export { articleTerms } from './single-claims.js';
export { coverageMemo, type CoverageMemo, type EvidenceLink } from './coverage.js';
export { evidenceMemo, pruneMemo, type EvidenceMemo } from './memo.js';
export {
  articleCues,
  kindCues,
  type ArticleCues,
  type DayReference,
  type KindCues,
  type SentenceTense,
} from './kind-cues.js';
export { storyTemporal } from './timeline.js';
export type { TemporalExpression, TemporalType } from './temporal.js';
export { normaliseCompareOptions, type CompareOptions, type NormalisedCompareOptions } from './options.js';
export type {
  ArticleCoverage,
  Conflict,
  ConflictValue,
  ConsensusClaim,
  SingleClaim,
  CoverageHints,
  CorroboratedSpan,
  Coverage,
  CoverageSpan,
  Entity,
  EntityMention,
  EntityType,
  Figure,
  FigureGroup,
  FigureModality,
  Precision,
  Quote,
  QuoteDate,
  QuoteItem,
  QuoteSource,
  RoleSource,
  StoryAnalysis,
  TimelineEvent,
  TimelineItem,
  TimelineSource,
} from './types.js';
export { listHas, tableValue } from './table-lookup.js';
