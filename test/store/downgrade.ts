/** What lagebild with schema version 8 left, made from a later store: no version 9 row (the rows as they are). */
export const TO_VERSION_8: readonly string[] = ['DELETE FROM schema_migrations WHERE version = 9'];

/** What lagebild with schema version 7 left, made from a later store: no clusterer features of articles. */
export const TO_VERSION_7: readonly string[] = [
  ...TO_VERSION_8,
  'ALTER TABLE articles DROP COLUMN features',
  'DELETE FROM schema_migrations WHERE version = 8',
];

/** What lagebild with schema version 6 left, made from a later store: no story facts, `stories_live` back. */
export const TO_VERSION_6: readonly string[] = [
  ...TO_VERSION_7,
  'DROP INDEX stories_news',
  'ALTER TABLE stories DROP COLUMN outlets',
  'ALTER TABLE stories DROP COLUMN unknown_outlets',
  'ALTER TABLE stories DROP COLUMN kinds',
  'CREATE INDEX stories_live ON stories (sort_key DESC, id, merged_into) WHERE merged_into IS NULL',
  'DELETE FROM schema_migrations WHERE version = 7',
];

/**
 * What lagebild with schema version 5 left, made from a later store: no story facts (version 7), no feeds, no
 * version 6 row. The same SQL runs on SQLite and PostgreSQL.
 */
export const TO_VERSION_5: readonly string[] = [
  ...TO_VERSION_6,
  'DROP TABLE feed_items',
  'DROP TABLE feeds',
  'DELETE FROM schema_migrations WHERE version = 6',
];

/**
 * What lagebild with schema version 4 left, made from a later store: no story facts (7), no feeds (6), no brief
 * versions, watches or alerts, no version 5 row. The same SQL runs on SQLite and PostgreSQL.
 */
export const TO_VERSION_4: readonly string[] = [
  ...TO_VERSION_5,
  'DROP TABLE alerts',
  'DROP TABLE watches',
  'DROP TABLE brief_version_articles',
  'DROP TABLE brief_versions',
  'DELETE FROM schema_migrations WHERE version = 5',
];

/**
 * What lagebild with schema version 3 left, made from a later store: the story texts back in the story row,
 * no `story_texts` table, no index of the live stories, no version 4 row. The same SQL runs on SQLite and
 * PostgreSQL.
 */
export const TO_VERSION_3: readonly string[] = [
  ...TO_VERSION_4,
  'ALTER TABLE stories ADD COLUMN brief TEXT',
  'ALTER TABLE stories ADD COLUMN brief_version INTEGER',
  'ALTER TABLE stories ADD COLUMN brief_error TEXT',
  'ALTER TABLE stories ADD COLUMN storyline_summary TEXT',
  ...['brief', 'brief_version', 'brief_error', 'storyline_summary'].map(
    (column) =>
      `UPDATE stories SET ${column} = (SELECT t.${column} FROM story_texts t WHERE t.story = stories.id)`,
  ),
  'DROP TABLE story_texts',
  'DROP INDEX stories_live',
  'DELETE FROM schema_migrations WHERE version = 4',
];
