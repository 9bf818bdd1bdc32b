/**
 * The schema, as versioned migrations per dialect. Both dialects have the same tables and columns; only the
 * full-text index differs (SQLite: an FTS5 table keyed by `seq`; PostgreSQL: a `tsvector` column).
 * A migration is never edited once released: add a new version instead.
 */
import type { Migration } from './dialect.js';

/** Columns shared by both dialects; `{seq}` is the dialect's type of the global sequence number. */
function coreTables(seq: string): string[] {
  return [
    `CREATE TABLE articles (
      seq ${seq} PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      story TEXT NOT NULL,
      url TEXT,
      url_norm TEXT UNIQUE,
      content_hash TEXT NOT NULL UNIQUE,
      title TEXT,
      source TEXT,
      author TEXT,
      published TEXT,
      language TEXT NOT NULL,
      outlet TEXT NOT NULL,
      text TEXT NOT NULL,
      document TEXT NOT NULL,
      assignment TEXT NOT NULL,
      file TEXT,
      added_at TEXT NOT NULL
    )`,
    'CREATE INDEX articles_story ON articles (story, seq)',
    'CREATE INDEX articles_language ON articles (language, story)',
    `CREATE TABLE stories (
      id TEXT PRIMARY KEY,
      headline TEXT NOT NULL,
      article_count INTEGER NOT NULL,
      source_count INTEGER NOT NULL,
      languages TEXT NOT NULL,
      first_at TEXT,
      last_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      sort_key TEXT NOT NULL,
      version INTEGER NOT NULL,
      stale INTEGER NOT NULL,
      brief TEXT,
      brief_version INTEGER,
      merged_into TEXT
    )`,
    'CREATE INDEX stories_order ON stories (sort_key, id)',
    'CREATE INDEX stories_stale ON stories (stale)',
  ];
}

/**
 * Version 2: the analysed article is kept (JSON, under the id the store gave it), so a story's brief is made from
 * it without cleaning and analysing the raw document again; and why a story's last brief refresh failed.
 */
const ANALYSED_ARTICLES: Migration = {
  version: 2,
  name: 'analysed articles, brief errors',
  statements: [
    'ALTER TABLE articles ADD COLUMN analysed TEXT',
    'ALTER TABLE stories ADD COLUMN brief_error TEXT',
  ],
};

/**
 * Version 3: storylines (issue 13). A story's storyline summary (JSON, as the storyline flow made it) with its time
 * span, the earlier story it continues (with the similarity), its storyline's id, and the story version its link
 * was decided at (a story whose version differs is linked again: after this migration, every existing story).
 */
const STORYLINES: Migration = {
  version: 3,
  name: 'storylines',
  statements: [
    'ALTER TABLE stories ADD COLUMN storyline TEXT',
    'ALTER TABLE stories ADD COLUMN continues TEXT',
    'ALTER TABLE stories ADD COLUMN continues_score DOUBLE PRECISION',
    'ALTER TABLE stories ADD COLUMN storyline_summary TEXT',
    'ALTER TABLE stories ADD COLUMN storyline_first TEXT',
    'ALTER TABLE stories ADD COLUMN storyline_last TEXT',
    'ALTER TABLE stories ADD COLUMN linked_version INTEGER',
    'CREATE INDEX stories_storyline ON stories (storyline)',
    'CREATE INDEX stories_continues ON stories (continues)',
    'CREATE INDEX stories_storyline_last ON stories (storyline_last)',
  ],
};

/**
 * Version 4: a story's large texts (its brief as JSON, why its last refresh failed, its storyline summary) move
 * out of the story row into `story_texts`, so the story list reads small rows; and the live stories (not merged
 * away) are indexed in list order, so the list's count and page are index lookups.
 */
const STORY_TEXTS: Migration = {
  version: 4,
  name: 'story texts apart, live stories indexed',
  statements: [
    `CREATE TABLE story_texts (
      story TEXT PRIMARY KEY,
      brief TEXT,
      brief_version INTEGER,
      brief_error TEXT,
      storyline_summary TEXT
    )`,
    `INSERT INTO story_texts (story, brief, brief_version, brief_error, storyline_summary)
      SELECT id, brief, brief_version, brief_error, storyline_summary FROM stories
      WHERE brief IS NOT NULL OR brief_error IS NOT NULL OR storyline_summary IS NOT NULL`,
    'ALTER TABLE stories DROP COLUMN brief',
    'ALTER TABLE stories DROP COLUMN brief_version',
    'ALTER TABLE stories DROP COLUMN brief_error',
    'ALTER TABLE stories DROP COLUMN storyline_summary',
    // merged_into is in the index too, so SQLite counts from the index alone (it checks the condition per row)
    'CREATE INDEX stories_live ON stories (sort_key DESC, id, merged_into) WHERE merged_into IS NULL',
  ],
};

/**
 * Version 5: story history and alerts (issue 16). Every brief a story gets is kept as a numbered version (1, 2, …
 * per story) with the story version it was made at, when, and the articles it covered (`brief_version_articles`);
 * the brief is kept without its articles' texts (they are the stored articles' texts, filled in again on reading).
 * Saved searches (`watches`) and the alerts they raised (`alerts`, one per watch, story and number of sources:
 * the key that keeps an alert from being sent twice), with their delivery state.
 * The briefs kept before this version become version 1 of their stories.
 */
const HISTORY_AND_ALERTS: Migration = {
  version: 5,
  name: 'brief versions, watches, alerts',
  statements: [
    `CREATE TABLE brief_versions (
      story TEXT NOT NULL,
      version INTEGER NOT NULL,
      story_version INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      brief TEXT NOT NULL,
      PRIMARY KEY (story, version)
    )`,
    'CREATE INDEX brief_versions_created ON brief_versions (story, created_at)',
    `CREATE TABLE brief_version_articles (
      story TEXT NOT NULL,
      version INTEGER NOT NULL,
      article TEXT NOT NULL,
      PRIMARY KEY (story, version, article)
    )`,
    `INSERT INTO brief_versions (story, version, story_version, created_at, brief)
      SELECT t.story, 1, t.brief_version, s.updated_at, t.brief
      FROM story_texts t JOIN stories s ON s.id = t.story WHERE t.brief IS NOT NULL`,
    `INSERT INTO brief_version_articles (story, version, article)
      SELECT v.story, 1, a.id FROM brief_versions v JOIN articles a ON a.story = v.story`,
    `CREATE TABLE watches (
      id TEXT PRIMARY KEY,
      query TEXT NOT NULL,
      lang TEXT,
      min_sources INTEGER NOT NULL,
      webhook TEXT NOT NULL,
      created_at TEXT NOT NULL,
      last_error TEXT,
      last_error_at TEXT
    )`,
    `CREATE TABLE alerts (
      watch TEXT NOT NULL,
      story TEXT NOT NULL,
      sources INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      payload TEXT NOT NULL,
      status TEXT NOT NULL,
      attempts INTEGER NOT NULL,
      claimed_at TEXT,
      delivered_at TEXT,
      last_error TEXT,
      PRIMARY KEY (watch, story, sources)
    )`,
    'CREATE INDEX alerts_status ON alerts (status, created_at)',
  ],
};

/**
 * Version 6: the feeds `lagebild watch` follows (issue 16), with their polling state (validators for conditional
 * requests, last poll and error, failures in a row, next retry, items seen), and the items seen in each feed, keyed
 * by feed and the item's guid (else its URL), with how each turned out. (Version 5 is story history.)
 */
const FEEDS: Migration = {
  version: 6,
  name: 'watched feeds and their items',
  statements: [
    `CREATE TABLE feeds (
      url TEXT PRIMARY KEY,
      added_at TEXT NOT NULL,
      etag TEXT,
      last_modified TEXT,
      last_poll TEXT,
      last_status INTEGER,
      last_error TEXT,
      failures INTEGER NOT NULL,
      next_retry TEXT,
      items_seen INTEGER NOT NULL
    )`,
    `CREATE TABLE feed_items (
      feed TEXT NOT NULL,
      item_key TEXT NOT NULL,
      url TEXT,
      status TEXT NOT NULL,
      article TEXT,
      error TEXT,
      attempts INTEGER NOT NULL,
      next_retry TEXT,
      seen_at TEXT NOT NULL,
      PRIMARY KEY (feed, item_key)
    )`,
    'CREATE INDEX feed_items_due ON feed_items (feed, status, next_retry)',
  ],
};

/**
 * Version 7: the front page's facts on the story row (issue 16): the known outlets of its articles (JSON array of
 * names), how many articles have no known outlet, and how many articles of each kind its brief has (JSON object,
 * null before the first brief); `source_count` counts the known outlets plus the articles of unknown ones. The live
 * stories are indexed in news order with their source count (`stories_news`, which replaces `stories_live`), so the
 * list filtered by a minimum of sources counts and pages from the index alone. The new columns of stories stored
 * before are filled when the store opens (stories.ts `fillStoryFacts`).
 */
const STORY_FACTS: Migration = {
  version: 7,
  name: 'story outlets, kinds, news order with source count',
  statements: [
    'ALTER TABLE stories ADD COLUMN outlets TEXT',
    'ALTER TABLE stories ADD COLUMN unknown_outlets INTEGER',
    'ALTER TABLE stories ADD COLUMN kinds TEXT',
    'DROP INDEX stories_live',
    // merged_into in the index, as in stories_live: SQLite counts from the index alone
    'CREATE INDEX stories_news ON stories (sort_key DESC, id, merged_into, source_count) WHERE merged_into IS NULL',
  ],
};

/**
 * Version 8: what the clusterer worked out of each article before assigning it (its terms, keys for duplicates and
 * headline, as JSON: src/cluster/prepared.ts), so a writer catching up on the articles other writers stored replays
 * them without tokenising their texts again (issue 17). Articles stored before have none and are replayed from their
 * text.
 */
const ARTICLE_FEATURES: Migration = {
  version: 8,
  name: 'clusterer features of articles',
  statements: ['ALTER TABLE articles ADD COLUMN features TEXT'],
};

/**
 * Version 9: the story row counts independent publishers by the one publisher rule (src/lang/publisher.ts) — an article whose outlet is unknown counts no source, an outlet's several
 * articles and one wire service's copy count once. No column changes; the rows' outlets are cleared so that
 * `fillStoryFacts` (stories.ts) counts every live story again, once, when the store opens. Stored
 * `articles.outlet` values stay: the publisher is recomputed from them on read.
 */
const STORY_PUBLISHERS: Migration = {
  version: 9,
  name: 'story rows count independent publishers',
  statements: ['UPDATE stories SET outlets = NULL WHERE merged_into IS NULL'],
};

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, stories, full-text index',
    statements: [
      ...coreTables('INTEGER'),
      `CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content='', tokenize='unicode61 remove_diacritics 2')`,
    ],
  },
  ANALYSED_ARTICLES,
  STORYLINES,
  STORY_TEXTS,
  HISTORY_AND_ALERTS,
  FEEDS,
  STORY_FACTS,
  ARTICLE_FEATURES,
  STORY_PUBLISHERS,
];

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, stories, full-text index',
    statements: [
      ...coreTables('BIGINT'),
      'ALTER TABLE articles ADD COLUMN fts_config TEXT',
      'ALTER TABLE articles ADD COLUMN tsv tsvector',
      'CREATE INDEX articles_tsv ON articles USING GIN (tsv)',
    ],
  },
  ANALYSED_ARTICLES,
  STORYLINES,
  STORY_TEXTS,
  HISTORY_AND_ALERTS,
  FEEDS,
  STORY_FACTS,
  ARTICLE_FEATURES,
  STORY_PUBLISHERS,
];

/** The PostgreSQL text-search configurations of languages; any other language is searched with `simple`. */
export const CONFIG_OF: readonly (readonly [string, 'german' | 'english'])[] = [
  ['de', 'german'],
  ['en', 'english'],
];
