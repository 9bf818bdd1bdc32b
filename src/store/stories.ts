/** Story rows: their figures follow their articles; a change marks the brief stale (recomputed later). */
import type { StoryAssignment } from './types.js';
import { num, optStr, str, type Dialect, type Executor } from './dialect.js';
import {
  briefHasPublishers,
  briefKinds,
  briefOutlets,
  sourceCount,
  storyOutlets,
  type BriefKinds,
  type BriefOutletsInput,
  type StoryOutlets,
} from './outlets.js';

/** The order of the story list: latest article date (news time), else when the story entered the store. */
function sortKey(last: string | null, updated: string): string {
  return last ?? updated;
}

function fallbackHeadline(title: string | null, text: string): string {
  if (title !== null && title.trim() !== '') return title.trim();
  const words = text.trim().split(/\s+/u).slice(0, 12).join(' ');
  return words.length > 0 ? `${words}…` : '(untitled)';
}

/** The outlets of a story's articles (see outlets.ts). */
async function outletsOf(tx: Pick<Executor, 'all'>, story: string): Promise<StoryOutlets> {
  const rows = await tx.all('SELECT source, url, outlet FROM articles WHERE story = ? ORDER BY seq', [story]);
  return storyOutlets(
    rows.map((r) => ({ source: optStr(r.source), url: optStr(r.url), outlet: optStr(r.outlet) })),
  );
}

/**
 * Fills the outlets of stories stored before schema version 7 (and the kinds of their briefs) and those schema
 * version 10 cleared to be counted again by the publisher rule, without touching their version: run once after
 * the migration, it finds nothing to do afterwards.
 */
export async function fillStoryFacts(dialect: Dialect): Promise<number> {
  const rows = await dialect.all(
    `SELECT s.id, t.brief FROM stories s LEFT JOIN story_texts t ON t.story = s.id
      WHERE s.outlets IS NULL AND s.merged_into IS NULL`,
  );
  for (const row of rows) {
    const text = optStr(row.brief);
    const brief = text === null ? null : (JSON.parse(text) as BriefKinds & BriefOutletsInput);
    const kinds = brief === null ? null : JSON.stringify(briefKinds(brief));
    await dialect.locked(async (tx) => {
      // the brief's publishers when the story has a brief that names them (as saveBrief keeps them), else its
      // articles' own
      const outlets =
        brief !== null && briefHasPublishers(brief) ? briefOutlets(brief) : await outletsOf(tx, str(row.id));
      await tx.run(
        'UPDATE stories SET source_count = ?, outlets = ?, unknown_outlets = ?, kinds = COALESCE(kinds, ?) WHERE id = ?',
        [sourceCount(outlets), JSON.stringify(outlets.names), outlets.unknown, kinds, row.id],
      );
    });
  }
  return rows.length;
}

/** Recounts a story from its articles, creating the row when missing; bumps its version and marks it stale. */
export async function touchStory(tx: Executor, story: string, now: string): Promise<void> {
  const [stats] = await tx.all(
    'SELECT COUNT(*) AS n, MIN(published) AS f, MAX(published) AS l FROM articles WHERE story = ?',
    [story],
  );
  const languages = (
    await tx.all('SELECT DISTINCT language FROM articles WHERE story = ? ORDER BY language', [story])
  ).map((r) => str(r.language));
  const outlets = await outletsOf(tx, story);
  const first = optStr(stats?.f);
  const last = optStr(stats?.l);
  const figures = [
    num(stats?.n),
    sourceCount(outlets),
    JSON.stringify(outlets.names),
    outlets.unknown,
    languages.join(','),
    first,
    last,
    now,
    sortKey(last, now),
  ];
  const existing = await tx.all('SELECT id FROM stories WHERE id = ?', [story]);
  if (existing.length > 0) {
    await tx.run(
      `UPDATE stories SET article_count = ?, source_count = ?, outlets = ?, unknown_outlets = ?, languages = ?,
         first_at = ?, last_at = ?,
         updated_at = ?, sort_key = ?, version = version + 1, stale = 1, merged_into = NULL WHERE id = ?`,
      [...figures, story],
    );
    return;
  }
  const [lead] = await tx.all('SELECT title, text FROM articles WHERE story = ? ORDER BY seq LIMIT 1', [
    story,
  ]);
  await tx.run(
    `INSERT INTO stories (article_count, source_count, outlets, unknown_outlets, languages, first_at, last_at,
       updated_at, sort_key, id, headline, created_at, version, stale) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)`,
    [...figures, story, fallbackHeadline(optStr(lead?.title), str(lead?.text ?? '')), now],
  );
}

/** Applies what one assignment did: the article's story changed, and merged stories hand their articles over. */
export async function applyAssignment(tx: Executor, assignment: StoryAssignment, now: string): Promise<void> {
  await touchStory(tx, assignment.story, now);
  for (const merge of assignment.merges) {
    await tx.run('UPDATE articles SET story = ? WHERE story = ?', [merge.into, merge.from]);
    // later chapters of the merged story continue the story it joined (its storyline is handed on when that
    // story, changed here, is linked again)
    await tx.run('UPDATE stories SET continues = ? WHERE continues = ?', [merge.into, merge.from]);
    await tx.run(
      'UPDATE stories SET merged_into = ?, stale = 0, article_count = 0, updated_at = ? WHERE id = ?',
      [merge.into, now, merge.from],
    );
    await touchStory(tx, merge.into, now);
  }
}
