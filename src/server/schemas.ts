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

/** `2019-04-25`, `2019-04`, `2019-04-25T08:15:00Z`, `2019-04-25T08:15:00.000+02:00`. */
const isoTime = () =>
  z
    .string()
    .max(40)
    .regex(
      /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/u,
      'must be an ISO 8601 date or time such as "2019-04-25" or "2019-04-25T08:00:00Z"',
    );

export const StoryQuerySchema = z.object({
  q: z.string().max(200).optional().describe('Full-text search over the articles of the story.'),
  lang: languageTag().optional().describe('Only stories with an article in this language.'),
  minSources: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(1)
    .describe('Only stories with at least this many independent sources (default 1: all).'),
  since: isoTime()
    .optional()
    .describe('Only stories whose news time is at or after this (ISO 8601; compared as text).'),
  until: isoTime().optional().describe('Only stories whose news time is before this (ISO 8601).'),
  span: z
    .string()
    .regex(/^[1-9]\d{0,3}[hd]$/u, 'must be a number of hours or days such as "24h" or "7d"')
    .optional()
    .describe(
      'Only stories whose news time is within this span before now ("24h", "7d"; days count from the start of that day, UTC). With `since`, the later of the two holds.',
    ),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const IdParamsSchema = z.object({ id: z.string().min(1).max(200) });

const span = { article: z.string(), start: z.number().int(), end: z.number().int() };
const InputErrorSchema = z.object({ file: z.string(), reason: z.string() });
/** How a line, a consensus claim or a single-source claim is marked when it does not come from a report. */
const lineLabel = z.enum(['preview', 'opinion']);

export const StoryListItemSchema = z.object({
  id: z.string(),
  headline: z.string(),
  sources: z
    .number()
    .int()
    .describe(
      'Independent sources: distinct publishers (an outlet, or a wire service for its copy); unknown outlets count none.',
    ),
  outlets: z.array(z.string()).describe('The independent publishers, each once, in article order.'),
  unknownOutlets: z.number().int().describe('Articles whose outlet is unknown (not counted as sources).'),
  kinds: z
    .record(z.string(), z.number().int())
    .nullable()
    .describe(
      'How many articles of each kind (report, opinion, …) the brief has; null before the first brief.',
    ),
  articles: z.number().int(),
  languages: z.array(z.string()),
  first: z.string().nullable().describe('ISO 8601 of the earliest article.'),
  last: z.string().nullable().describe('ISO 8601 of the latest article.'),
  updated: z.string().describe('When the story last changed in the store.'),
  news: z
    .string()
    .describe(
      'The news time that orders the list: the latest publication date of its articles, else (dated: false) when its latest article was stored.',
    ),
  dated: z.boolean().describe('Whether `news` is a publication date (false: the time it was stored).'),
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
        label: lineLabel
          .optional()
          .describe('Set when every article carrying the claim is a preview, or every one an opinion piece.'),
      }),
    ),
    singleClaims: z
      .array(
        z.looseObject({
          ...span,
          text: z.string(),
          score: z.number(),
          label: lineLabel
            .optional()
            .describe('Set when the claim comes from a preview or an opinion piece.'),
        }),
      )
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
      label: lineLabel
        .optional()
        .describe('Set when the line comes from a preview (written before the event) or an opinion piece.'),
      support: z.array(z.string()),
      sources: z
        .array(z.string())
        .optional()
        .describe('The independent publishers that carry the line; unknown outlets are not counted.'),
      refersTo: z
        .object({ ...span, text: z.string(), name: z.string() })
        .optional()
        .describe(
          'The person a line’s opening pronoun stands for (“Er schlug …”: Wladimir Putin), or who said a line that is only a quotation, where the article names them.',
        ),
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

export const ArticlePostQuerySchema = z.object({
  wait: z
    .enum(['true', 'false'])
    .default('false')
    .describe(
      'true: answer when the briefs are made (201/200 with the outcome, as a synchronous client expects); default false: answer 202 once the articles are stored.',
    ),
});

const JOB_STATES = ['queued', 'running', 'done', 'failed'] as const;

export const IngestAcceptedSchema = IngestResponseSchema.extend({
  job: z.string().describe('The id of the queued refresh.'),
  status: z.enum(JOB_STATES),
  url: z.string().describe('Where its status is (also the `Location` header): `/api/ingest/{job}`.'),
});

export const IngestJobSchema = IngestResponseSchema.extend({
  job: z.string(),
  status: z
    .enum(JOB_STATES)
    .describe(
      'queued: waiting; running: its stories’ briefs are being made; done; failed: see `errors` (the articles stay stored).',
    ),
  stories: z.array(z.string()).describe('The stories the post added articles to.'),
  submitted: z.string(),
  finished: z.string().nullable(),
  errors: z
    .array(InputErrorSchema)
    .describe('What went wrong in the refresh (a brief not made: `story <id>`; an alert not raised).'),
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

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2}))?$/u;

/**
 * An ISO 8601 time (`2026-12-06T08:30:00Z`, `…+01:00`) or day (`2026-12-06`, midnight UTC) → the same instant as
 * `toISOString` writes it; undefined for anything else (a time without a zone, a 30 February, a number).
 */
export function parseIsoTime(text: string): string | undefined {
  const m = ISO_TIME.exec(text.trim());
  if (m === null) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59))
    return undefined;
  const ms = Date.parse(m[4] === undefined ? `${text.trim()}T00:00:00Z` : text.trim().replace(' ', 'T'));
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

const SINCE_MESSAGE =
  'must be an ISO 8601 time with a time zone, such as 2026-12-06T08:30:00Z or 2026-12-06T09:30:00+01:00, or a day such as 2026-12-06';

export const ChangesQuerySchema = z.object({
  since: z
    .string({ error: `is required and ${SINCE_MESSAGE}` })
    .max(64, SINCE_MESSAGE)
    .refine((text) => parseIsoTime(text) !== undefined, SINCE_MESSAGE)
    .describe('The time of the reader’s last look (ISO 8601 with a time zone); what came after it is new.'),
});

export const VersionParamsSchema = z.object({
  id: z.string().min(1).max(200),
  n: z.coerce.number().int().min(1).max(1_000_000).describe('The version number (1 is the first brief).'),
});

const ChangedArticleSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z
    .string()
    .nullable()
    .describe(
      'The publisher the article counts as (its outlet, or the wire service for wire copy); null when unknown.',
    ),
  published: z.string().nullable(),
  kind: z.string().nullable().describe('The article’s kind in the current brief (report, preview, …).'),
  added_at: z.string().describe('When the article was stored (ISO 8601).'),
});

const ChangedLineSchema = z.object({
  text: z.string(),
  ...span,
  support: z.array(z.string()).describe('Ids of the other articles that report it.'),
  sources: z
    .array(z.string())
    .describe('Publishers of the line’s article and its support, each once; unknown outlets left out.'),
  status: z.enum(['new', 'changed']),
  previous: z.string().nullable().describe('The earlier text of a changed line; null for a new one.'),
});

export const StoryChangesSchema = z.object({
  story: z.string().describe('The live story (a merged-away id leads to the story it joined).'),
  since: z.string().describe('The time asked about, as ISO 8601 UTC.'),
  as_of: z.string().describe('The server’s time of this answer: the next `since`.'),
  current_version: z.number().int().nullable(),
  previous_version: z
    .number()
    .int()
    .nullable()
    .describe('The last brief version made at or before `since`; null: none (every line is new).'),
  articles: z.array(ChangedArticleSchema).describe('Articles added after `since`, in the order stored.'),
  lines: z.array(ChangedLineSchema).describe('Lines of the current brief that are new or changed.'),
});

const BriefVersionSummarySchema = z.object({
  version: z.number().int(),
  storyVersion: z.number().int(),
  created: z.string(),
  headline: z.string(),
  lines: z.number().int(),
  articles: z.array(z.string()).describe('The story’s articles when the brief was made.'),
});

export const StoryVersionsSchema = z.object({
  story: z.string(),
  mergedInto: z.string().nullable().describe('Where the story’s later history is, when it was merged.'),
  mergedFrom: z
    .array(z.string())
    .describe('Stories merged into this one (their history is under their ids).'),
  versions: z.array(BriefVersionSummarySchema),
});

export const BriefVersionSchema = BriefVersionSummarySchema.extend({ brief: BriefSchema });

/** An http(s) URL with a host. */
function isWebhookUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const WatchInputSchema = z.strictObject({
  query: z
    .string()
    .max(200)
    .refine((q) => /[\p{L}\p{N}]/u.test(q), 'must hold at least one word')
    .describe('Full-text search, as `q` of GET /api/stories.'),
  lang: languageTag().optional().describe('Only stories with an article in this language.'),
  minSources: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(1)
    .describe(
      'Only stories with at least this many independent sources (distinct publishers; unknown outlets count none).',
    ),
  webhook: z
    .string()
    .max(2000)
    .refine(isWebhookUrl, 'must be an http:// or https:// URL')
    .describe('Where each alert is POSTed as JSON.'),
});

export const WatchSchema = z.object({
  id: z.string(),
  query: z.string(),
  lang: z.string().nullable(),
  minSources: z.number().int(),
  webhook: z.string(),
  created: z.string(),
  lastError: z.string().nullable().describe('The last failed delivery of one of its alerts.'),
  lastErrorAt: z.string().nullable(),
});

export const WatchListSchema = z.object({ items: z.array(WatchSchema) });

export const WatchDetailSchema = WatchSchema.extend({
  alerts: z
    .array(
      z.object({
        watch: z.string(),
        story: z.string(),
        sources: z
          .number()
          .int()
          .describe('The story’s sources when the alert was raised (part of its key).'),
        created: z.string(),
        status: z.enum(['pending', 'sending', 'delivered', 'failed']),
        attempts: z.number().int(),
        deliveredAt: z.string().nullable(),
        lastError: z.string().nullable(),
      }),
    )
    .describe('Its latest alerts (at most 50), newest first.'),
});
