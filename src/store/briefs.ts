/**
 * The brief side of the repository. Storing an article only marks its story stale (in the article's own
 * transaction), so an interrupted run leaves stale stories behind, never wrong briefs; the brief flow
 * (src/flows/briefs.ts) makes them again from the analysed articles kept here. A brief is written only if the story
 * did not change while it was made; a refresh that failed leaves the story stale with the reason in `brief_error`.
 * The brief and the reason live in `story_texts`, apart from the story row the list reads; every brief saved is also
 * kept as the story's next version (src/store/history.ts).
 */
import type { Brief } from '../brief/types.js';
import type { SourceDocument } from '../core/types.js';
import { unpackAnalysed } from './analysed.js';
import { num, optStr, str, type Dialect } from './dialect.js';
import { packBrief, recordBriefVersion } from './history.js';
import { briefKinds, briefOutlets, sourceCount } from './outlets.js';
import type { StoryForBrief } from './types.js';

export async function staleStories(dialect: Dialect): Promise<string[]> {
  const rows = await dialect.all(
    'SELECT id FROM stories WHERE stale = 1 AND merged_into IS NULL ORDER BY id',
  );
  return rows.map((row) => str(row.id));
}

/** Whether the story is there, not merged away, and its brief stale (another worker may have just made it). */
export async function isStale(dialect: Dialect, id: string): Promise<boolean> {
  const rows = await dialect.all(
    'SELECT 1 AS x FROM stories WHERE id = ? AND stale = 1 AND merged_into IS NULL',
    [id],
  );
  return rows.length > 0;
}

export async function storyForBrief(dialect: Dialect, id: string): Promise<StoryForBrief | undefined> {
  const [story] = await dialect.all('SELECT version FROM stories WHERE id = ? AND merged_into IS NULL', [id]);
  if (!story) return undefined;
  // the document is read only for articles stored before the analysed article was kept
  const rows = await dialect.all(
    'SELECT analysed, CASE WHEN analysed IS NULL THEN document END AS document FROM articles WHERE story = ? ORDER BY seq',
    [id],
  );
  const articles = rows.map((r) => {
    const analysed = optStr(r.analysed);
    return analysed !== null
      ? { analysed: unpackAnalysed(analysed) }
      : { analysed: null, document: JSON.parse(str(r.document)) as SourceDocument };
  });
  return { id, version: num(story.version), articles };
}

/**
 * Saves the brief made at the story's `version`; false (nothing written) when the story changed meanwhile. Outside
 * the articles' write lock: the story row is changed first, so an article's transaction changing the story waits
 * for this one, or this one finds the version moved on (src/store/dialect.ts `transaction`).
 */
export async function saveBrief(
  dialect: Dialect,
  id: string,
  version: number,
  brief: Brief,
): Promise<boolean> {
  const headline = brief.headline.trim();
  // the brief's independent publishers (the same rule as the articles', plus near-identical texts counted once)
  const outlets = briefOutlets(brief);
  const figures = [
    JSON.stringify(briefKinds(brief)),
    JSON.stringify(outlets.names),
    outlets.unknown,
    sourceCount(outlets),
    ...(headline !== '' ? [headline] : []),
  ];
  const json = JSON.stringify(brief);
  const kept = packBrief(brief);
  return dialect.transaction(async (tx) => {
    const changed = await tx.all(
      `UPDATE stories SET stale = 0, kinds = ?, outlets = ?, unknown_outlets = ?, source_count = ?${
        headline !== '' ? ', headline = ?' : ''
      } WHERE id = ? AND version = ? RETURNING id`,
      [...figures, id, version],
    );
    if (changed.length === 0) return false;
    await tx.run(
      `INSERT INTO story_texts (story, brief, brief_version, brief_error) VALUES (?, ?, ?, NULL)
        ON CONFLICT (story) DO UPDATE SET brief = excluded.brief, brief_version = excluded.brief_version,
        brief_error = NULL`,
      [id, json, version],
    );
    await recordBriefVersion(tx, id, version, kept, new Date().toISOString());
    return true;
  });
}

export async function markBriefFailed(dialect: Dialect, id: string, reason: string): Promise<void> {
  await dialect.locked((tx) =>
    tx.run(
      `INSERT INTO story_texts (story, brief_error) VALUES (?, ?)
        ON CONFLICT (story) DO UPDATE SET brief_error = excluded.brief_error`,
      [id, reason],
    ),
  );
}
