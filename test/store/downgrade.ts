/**
 * What lagebild with schema version 3 left, made from a later store: no feeds (version 6), the story texts back in
 * the story row, no `story_texts` table, no index of the live stories, no version 4 row. The same SQL runs on
 * SQLite and PostgreSQL.
 */
export const TO_VERSION_3: readonly string[] = [
  // the later versions first: version 6's feeds
  'DROP TABLE feed_items',
  'DROP TABLE feeds',
  'DELETE FROM schema_migrations WHERE version > 4',
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
