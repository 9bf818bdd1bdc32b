/**
 * What lagebild with schema version 3 left, made from a version 7 store: the story texts back in the story row,
 * no `story_texts` table, no index of the live stories, no version 4 row. The same SQL runs on SQLite and
 * PostgreSQL.
 */
/** What lagebild with schema version 4 left, made from a version 7 store: no story facts, `stories_live` back. */
export const TO_VERSION_4: readonly string[] = [
  'DROP INDEX stories_news',
  'ALTER TABLE stories DROP COLUMN outlets',
  'ALTER TABLE stories DROP COLUMN unknown_outlets',
  'ALTER TABLE stories DROP COLUMN kinds',
  'CREATE INDEX stories_live ON stories (sort_key DESC, id, merged_into) WHERE merged_into IS NULL',
  'DELETE FROM schema_migrations WHERE version >= 5',
];

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
