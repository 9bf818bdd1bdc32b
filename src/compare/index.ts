/** The compare stage: cross-source analysis of one story (entities, quotes, figures, conflicts, timeline, coverage). */
export { analyseStory, type CompareOptions } from './analyse-story.js';
export type {
  ArticleCoverage,
  Conflict,
  ConflictValue,
  ConsensusClaim,
  CorroboratedSpan,
  Coverage,
  CoverageSpan,
  Entity,
  EntityMention,
  EntityType,
  Figure,
  FigureGroup,
  Precision,
  Quote,
  StoryAnalysis,
  TimelineEvent,
} from './types.js';
