/**
 * Briefs of stale stories. Storing an article only marks its story stale (in the article's own transaction), so
 * an interrupted run leaves stale stories behind, never wrong briefs; they are recomputed after each ingest, on
 * demand when read, or on open. A brief is written only if the story did not change while it was computed.
 */
import type { InputError, SourceDocument } from '../core/types.js';
import { briefFromDocuments } from '../pipeline.js';
import { num, str, type Dialect } from './dialect.js';
import { STORE_BRIEF_OPTIONS } from './prepare.js';

/** Recomputes one story's brief; false when the story changed meanwhile (it stays stale) or is gone. */
export async function refreshStory(dialect: Dialect, id: string): Promise<boolean> {
  const [story] = await dialect.all('SELECT version FROM stories WHERE id = ? AND merged_into IS NULL', [id]);
  if (!story) return false;
  const version = num(story.version);
  const rows = await dialect.all('SELECT document FROM articles WHERE story = ? ORDER BY seq', [id]);
  const documents = rows.map((r) => JSON.parse(str(r.document)) as SourceDocument);
  const brief = briefFromDocuments(documents, STORE_BRIEF_OPTIONS);
  const headline = brief.headline.trim();
  return dialect.locked(async (tx) => {
    const [now] = await tx.all('SELECT version FROM stories WHERE id = ?', [id]);
    if (num(now?.version) !== version) return false;
    await tx.run(
      `UPDATE stories SET brief = ?, brief_version = ?, stale = 0${headline !== '' ? ', headline = ?' : ''} WHERE id = ?`,
      [JSON.stringify(brief), version, ...(headline !== '' ? [headline] : []), id],
    );
    return true;
  });
}

/** Recomputes every stale story's brief; failures are returned, never thrown (the story stays stale). */
export async function refreshStale(
  dialect: Dialect,
): Promise<{ refreshed: number; failed: readonly InputError[] }> {
  const stale = await dialect.all(
    'SELECT id FROM stories WHERE stale = 1 AND merged_into IS NULL ORDER BY id',
  );
  let refreshed = 0;
  const failed: InputError[] = [];
  for (const row of stale) {
    const id = str(row.id);
    try {
      if (await refreshStory(dialect, id)) refreshed++;
    } catch (error) {
      failed.push({ file: `story ${id}`, reason: `brief not recomputed: ${(error as Error).message}` });
    }
  }
  return { refreshed, failed };
}
