/**
 * The zod schemas of the HTTP API: requests are validated with them, and the OpenAPI document is generated from
 * them (`openapi.ts`), so the two cannot drift apart. Response schemas are checked against real responses in the
 * tests.
 */
import { z } from 'zod';
import { normaliseLanguageTag } from '../lang/index.js';
import { MAX_PAGE } from './options.js';

const optionalText = (max: number) => z.string().max(max).nullish();

/** A language tag (`de`, `de-AT`, `EN`); the app normalises it with `normaliseLanguageTag` (src/lang). */
const languageTag = () =>
  z
    .string()
    .max(35)
    .refine((tag) => normaliseLanguageTag(tag) !== undefined, 'must be a language tag like "de" or "de-AT"');

/** One article as JSON: the same fields as a JSON input file of `lagebild brief`. */
export const ArticleInputSchema = z
  .object({
    id: z.union([z.string().min(1).max(200), z.number().int()]).optional(),
    text: z.string().nullish().describe('Plain text of the article (this or `html` is required).'),
    html: z.string().nullish().describe('HTML of the article page; the main content is extracted.'),
    title: optionalText(2000),
    url: optionalText(4000),
    source: optionalText(500).describe('Outlet, e.g. "Süddeutsche Zeitung".'),
    author: optionalText(1000),
    published: optionalText(100).describe('ISO 8601 or another common date form; normalised.'),
    language: z
      .union([z.literal(''), z.literal('und'), languageTag()])
      .nullish()
      .describe(
        'Language tag (ISO 639-1 code, optionally with a region: "de", "de-AT"); detected when absent.',
      ),
  })
  .refine((a) => (a.text ?? '').trim() !== '' || (a.html ?? '').trim() !== '', {
    message: 'an article needs a non-empty "text" or "html"',
  });

export const ArticleBatchSchema = z.union([ArticleInputSchema, z.array(ArticleInputSchema).min(1)]);

export const StoryQuerySchema = z.object({
  q: z.string().max(200).optional().describe('Full-text search over the articles of the story.'),
  lang: languageTag().optional().describe('Only stories with an article in this language.'),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const IdParamsSchema = z.object({ id: z.string().min(1).max(200) });

const span = { article: z.string(), start: z.number().int(), end: z.number().int() };
const InputErrorSchema = z.object({ file: z.string(), reason: z.string() });

export const StoryListItemSchema = z.object({
  id: z.string(),
  headline: z.string(),
  sources: z.number().int().describe('Distinct outlets.'),
  articles: z.number().int(),
  languages: z.array(z.string()),
  first: z.string().nullable().describe('ISO 8601 of the earliest article.'),
  last: z.string().nullable().describe('ISO 8601 of the latest article.'),
  updated: z.string().describe('When the story last changed in the store.'),
  storyline: z
    .string()
    .describe(
      'The storyline the story belongs to: the id of its first story (the story’s own id when it starts one).',
    ),
});

export const StorylineChapterSchema = StoryListItemSchema.extend({
  continues: z
    .string()
    .nullable()
    .describe('The earlier story this one continues; null for the storyline’s first story.'),
  score: z.number().nullable().describe('The similarity of the two stories’ summaries (0–1) when linked.'),
});

export const StorylineSchema = z.object({
  id: z.string(),
  chapters: z
    .array(StorylineChapterSchema)
    .describe('The storyline’s stories in time order (by their first article).'),
});

export const StoryPageSchema = z.object({
  items: z.array(StoryListItemSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const ArticleSummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  language: z.string(),
  story: z.string().nullable(),
});

export const StoredArticleSchema = ArticleSummarySchema.extend({
  text: z.string().describe('The cleaned text every offset refers to.'),
  addedAt: z.string(),
});

const AnalysisSchema = z.looseObject({
  entities: z.array(
    z.looseObject({
      name: z.string(),
      type: z.string(),
      variants: z.array(z.string()),
      mentions: z.array(z.looseObject(span)),
    }),
  ),
  quotes: z.array(z.looseObject({ ...span, text: z.string(), speaker: z.string().nullable() })),
  figures: z.array(z.looseObject(span)),
  conflicts: z.array(z.looseObject({ about: z.string(), values: z.array(z.looseObject(span)) })),
  timeline: z.array(z.looseObject({ ...span, date: z.string(), inferred: z.boolean(), text: z.string() })),
  coverage: z.looseObject({
    articles: z.array(z.looseObject({ article: z.string() })),
    matrix: z.array(z.array(z.number())),
    consensus: z.array(
      z.looseObject({
        ...span,
        text: z.string(),
        sources: z.array(z.string()),
        publishers: z
          .array(z.string())
          .optional()
          .describe('The independent publishers among the sources (unknown outlets not counted).'),
      }),
    ),
    singleClaims: z
      .array(z.looseObject({ ...span, text: z.string(), score: z.number() }))
      .optional()
      .describe('The few most important claims only one publisher makes, best first.'),
  }),
});

export const BriefSchema = z.looseObject({
  schema: z.literal('lagebild/brief@1'),
  headline: z.string(),
  language: z.string(),
  sentences: z.array(
    z.object({
      ...span,
      text: z.string(),
      label: z
        .enum(['preview', 'opinion'])
        .optional()
        .describe('Set when the line comes from a preview (written before the event) or an opinion piece.'),
      support: z.array(z.string()),
      sources: z
        .array(z.string())
        .optional()
        .describe('The independent publishers that carry the line; unknown outlets are not counted.'),
      score: z.number(),
    }),
  ),
  articles: z.array(
    z.looseObject({
      id: z.string(),
      title: z.string().optional(),
      source: z.string().optional(),
      sourceVia: z.enum(['metadata', 'domain', 'copyright', 'signature']).optional(),
      outlet: z
        .looseObject({ family: z.string().optional(), country: z.string(), kind: z.string() })
        .optional()
        .describe('The outlet registry’s facts on the source, when it knows the outlet.'),
      wire: z.string().optional().describe('The wire service whose copy the article is (“dpa”).'),
      publisher: z
        .string()
        .optional()
        .describe('The independent publisher the article counts as; absent for an unknown outlet.'),
      author: z.string().optional(),
      url: z.string().optional(),
      published: z.string().optional(),
      publishedInferred: z
        .boolean()
        .optional()
        .describe('True when `published` was inferred from the text and the story, not read.'),
      kind: z
        .enum(['report', 'preview', 'opinion', 'analysis', 'interview', 'press-release', 'live', 'other'])
        .describe('What the article is relative to the story’s event.'),
      language: z.string(),
      text: z.string(),
    }),
  ),
  errors: z.array(InputErrorSchema),
  analysis: AnalysisSchema.optional(),
});

export const StoryDetailSchema = z.object({
  story: StoryListItemSchema,
  brief: BriefSchema.nullable().describe('null while the story has not been summarised yet.'),
  stale: z
    .boolean()
    .describe(
      'True when the story changed since its brief was made (refresh pending or failed); reading never recomputes.',
    ),
  briefError: z
    .string()
    .nullable()
    .describe('Why the last refresh of the brief failed; null when it did not.'),
  articles: z.array(ArticleSummarySchema),
  storyline: StorylineSchema.describe(
    'The story’s storyline: its earlier and later chapters, itself among them.',
  ),
});

export const IngestResponseSchema = z.object({
  added: z.array(z.object({ id: z.string(), story: z.string() })),
  duplicates: z.array(
    z.object({
      id: z.string(),
      file: z.string().optional(),
      of: z.string(),
      reason: z.enum(['url', 'content']),
    }),
  ),
  failed: z.array(InputErrorSchema),
});

export const HealthSchema = z.object({
  ok: z.boolean(),
  kind: z.enum(['sqlite', 'postgres']),
  schemaVersion: z.number().int(),
  articles: z.number().int(),
  stories: z.number().int(),
});

export const ErrorSchema = z.object({
  error: z.object({
    code: z.string().describe('Stable machine code, e.g. invalid_json, not_found, too_large.'),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
