/** Storing one article: dedupe, clustering and the rows it changes, all in one transaction under the write lock. */
import type { AnalysedArticle } from '../core/types.js';
import { packAnalysed } from './analysed.js';
import type { ArticleRecord, ClusterArticle, DuplicateArticle, WriteResult } from './types.js';
import { num, str, type Dialect, type Executor } from './dialect.js';
import type { ClusterState } from './cluster-state.js';
import { applyAssignment } from './stories.js';

/** The article as the clusterer sees it, under the id the store gave it (with the analysis's sentences). */
function clusterArticle(id: string, a: AnalysedArticle): ClusterArticle {
  const { meta } = a;
  return {
    id,
    text: a.text,
    language: a.language,
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    ...(meta.published !== undefined ? { published: meta.published } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
    ...(meta.source !== undefined ? { source: meta.source } : {}),
    sentences: a.sentences,
  };
}

async function findDuplicate(
  db: Pick<Executor, 'all'>,
  p: ArticleRecord,
): Promise<DuplicateArticle | undefined> {
  const file = p.document.file !== undefined ? { file: p.document.file } : {};
  if (p.urlNorm !== undefined) {
    const [row] = await db.all('SELECT id FROM articles WHERE url_norm = ?', [p.urlNorm]);
    if (row) return { id: p.document.id, ...file, of: str(row.id), reason: 'url' };
  }
  const [row] = await db.all('SELECT id FROM articles WHERE content_hash = ?', [p.hash]);
  return row ? { id: p.document.id, ...file, of: str(row.id), reason: 'content' } : undefined;
}

/** The document's id, else `<id>-2`, `<id>-3`, … (another input may have used it). */
async function freeId(tx: Executor, wanted: string): Promise<string> {
  for (let k = 1; ; k++) {
    const id = k === 1 ? wanted : `${wanted}-${k}`;
    if ((await tx.all('SELECT 1 AS x FROM articles WHERE id = ?', [id])).length === 0) return id;
  }
}

async function insertArticle(
  tx: Executor,
  dialect: Dialect,
  p: ArticleRecord,
  row: { id: string; story: string; seq: number; assignment: string; now: string },
): Promise<void> {
  const { meta, language, text } = p.article;
  await tx.run(
    `INSERT INTO articles (seq, id, story, url, url_norm, content_hash, title, source, author, published, language,
       outlet, text, document, analysed, assignment, file, added_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      row.seq,
      row.id,
      row.story,
      meta.url ?? null,
      p.urlNorm ?? null,
      p.hash,
      meta.title ?? null,
      meta.source ?? null,
      meta.author ?? null,
      meta.published ?? null,
      language,
      p.outlet,
      text,
      JSON.stringify({ ...p.document, id: row.id }),
      packAnalysed({ ...p.article, id: row.id }),
      row.assignment,
      p.document.file ?? null,
      row.now,
    ],
  );
  await dialect.search.index(tx, row.seq, language, meta.title ?? '', text);
}

async function addLocked(
  tx: Executor,
  dialect: Dialect,
  state: ClusterState,
  p: ArticleRecord,
): Promise<WriteResult> {
  await state.catchUp(tx);
  const duplicate = await findDuplicate(tx, p);
  if (duplicate) return { kind: 'duplicate', duplicate };
  const id = await freeId(tx, p.document.id);
  const [max] = await tx.all('SELECT MAX(seq) AS m FROM articles');
  const seq = num(max?.m ?? 0) + 1;
  // add and advance with no await between: a reader in this process never replays this article again
  const assignment = state.add(clusterArticle(id, p.article));
  state.advance(seq);
  const now = new Date().toISOString();
  const story = assignment.story;
  await insertArticle(tx, dialect, p, { id, story, seq, assignment: JSON.stringify(assignment), now });
  await applyAssignment(tx, assignment, now);
  const [current] = await tx.all('SELECT story FROM articles WHERE id = ?', [id]);
  return { kind: 'added', id, story: str(current?.story ?? story) };
}

/**
 * Stores one article unless it is a duplicate (checked first without the lock, then again under it).
 * On any failure the clusterer is reset: it will be rebuilt from the database before the next article.
 */
export async function writeArticle(
  dialect: Dialect,
  state: ClusterState,
  p: ArticleRecord,
): Promise<WriteResult> {
  const early = await findDuplicate(dialect, p);
  if (early) return { kind: 'duplicate', duplicate: early };
  await state.catchUp(dialect);
  try {
    return await dialect.locked((tx) => addLocked(tx, dialect, state, p));
  } catch (error) {
    state.reset();
    throw error;
  }
}

/**
 * Stores a group of articles in one transaction under the write lock (a group commit): the duplicates found
 * without the lock are answered at once, the others are checked again, clustered and inserted in order under it.
 * Any failure rolls the whole group back (nothing of it is committed) and resets the clusterer.
 */
export async function writeArticles(
  dialect: Dialect,
  state: ClusterState,
  records: readonly ArticleRecord[],
): Promise<WriteResult[]> {
  const results: (WriteResult | undefined)[] = [];
  for (const p of records) {
    const early = await findDuplicate(dialect, p);
    results.push(early ? { kind: 'duplicate', duplicate: early } : undefined);
  }
  if (results.every((r) => r !== undefined)) return results as WriteResult[];
  await state.catchUp(dialect);
  try {
    return await dialect.locked(async (tx) => {
      const out: WriteResult[] = [];
      for (const [i, p] of records.entries())
        out.push(results[i] ?? (await addLocked(tx, dialect, state, p)));
      return out;
    });
  } catch (error) {
    state.reset();
    throw error;
  }
}
