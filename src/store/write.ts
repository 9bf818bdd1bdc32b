/**
 * Storing articles, a group at a time: dedupe, clustering and the rows they change, in one transaction under the
 * write lock; what needs no lock (packing the rows, catching up on other writers) is done before taking it.
 */
import type { AnalysedArticle } from '../core/types.js';
import { packAnalysed } from './analysed.js';
import type {
  ArticleFeatures,
  ArticleRecord,
  ClusterArticle,
  DuplicateArticle,
  WriteResult,
} from './types.js';
import { num, optStr, str, type Dialect, type Executor } from './dialect.js';
import type { ClusterState } from './cluster-state.js';
import { storyAfter, StoryChanges } from './stories.js';

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

/** The stored articles with one of the records' URLs or content hashes (`url_norm` and `content_hash` are unique). */
async function storedKeys(db: Pick<Executor, 'all'>, records: readonly ArticleRecord[]): Promise<Keys> {
  const urls = records.flatMap((p) => (p.urlNorm !== undefined ? [p.urlNorm] : []));
  const hashes = records.map((p) => p.hash);
  const keys = new Keys();
  if (records.length === 0) return keys;
  const marks = (values: readonly unknown[]): string => values.map(() => '?').join(', ');
  const rows = await db.all(
    `SELECT id, url_norm, content_hash FROM articles WHERE content_hash IN (${marks(hashes)})${
      urls.length > 0 ? ` OR url_norm IN (${marks(urls)})` : ''
    }`,
    [...hashes, ...urls],
  );
  for (const row of rows) keys.add(str(row.id), optStr(row.url_norm) ?? undefined, str(row.content_hash));
  return keys;
}

/** Articles by URL and by content hash: the stored ones a group's records may repeat, and the group's own. */
class Keys {
  private readonly byUrl = new Map<string, string>();
  private readonly byHash = new Map<string, string>();

  add(id: string, urlNorm: string | undefined, hash: string): void {
    if (urlNorm !== undefined) this.byUrl.set(urlNorm, id);
    this.byHash.set(hash, id);
  }

  /** The article the record repeats, by URL first, then by content. */
  duplicate(p: ArticleRecord): DuplicateArticle | undefined {
    const file = p.document.file !== undefined ? { file: p.document.file } : {};
    const byUrl = p.urlNorm !== undefined ? this.byUrl.get(p.urlNorm) : undefined;
    if (byUrl !== undefined) return { id: p.document.id, ...file, of: byUrl, reason: 'url' };
    const byHash = this.byHash.get(p.hash);
    return byHash !== undefined ? { id: p.document.id, ...file, of: byHash, reason: 'content' } : undefined;
  }
}

/** The stored ids among `ids`. */
async function storedIds(tx: Pick<Executor, 'all'>, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.all(`SELECT id FROM articles WHERE id IN (${ids.map(() => '?').join(', ')})`, [
    ...ids,
  ]);
  return new Set(rows.map((r) => str(r.id)));
}

/** The document's id, else `<id>-2`, `<id>-3`, … (another input, or an article before it in the group, used it). */
async function freeId(tx: Executor, wanted: string, taken: ReadonlySet<string>): Promise<string> {
  if (!taken.has(wanted)) return wanted;
  for (let k = 2; ; k++) {
    const id = `${wanted}-${k}`;
    if (taken.has(id)) continue;
    if ((await tx.all('SELECT 1 AS x FROM articles WHERE id = ?', [id])).length === 0) return id;
  }
}

/**
 * The stored forms of a record's document and analysed article, under the id the store gave it, and what the
 * clusterer works out of the article before assigning it (the same under any id).
 */
interface Packed {
  readonly id: string;
  readonly document: string;
  readonly analysed: string;
  readonly features: ArticleFeatures | undefined;
}

function pack(p: ArticleRecord, id: string, features: ArticleFeatures | undefined): Packed {
  const document = JSON.stringify({ ...p.document, id });
  return { id, document, analysed: packAnalysed({ ...p.article, id }), features };
}

/** An article's row as it is inserted. */
interface ArticleRow {
  readonly p: ArticleRecord;
  readonly packed: Packed;
  readonly seq: number;
  readonly story: string;
  readonly assignment: string;
}

/** Inserts the rows (one statement) and indexes them for search; the rows' `seq` are consecutive. */
async function insertArticles(
  tx: Executor,
  dialect: Dialect,
  rows: readonly ArticleRow[],
  now: string,
): Promise<void> {
  const [first] = rows;
  if (first === undefined) return;
  const values = rows.flatMap(({ p, packed, seq, story, assignment }) => {
    const { meta, language, text } = p.article;
    return [
      seq,
      packed.id,
      story,
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
      packed.document,
      packed.analysed,
      assignment,
      p.document.file ?? null,
      now,
      packed.features?.packed ?? null,
    ];
  });
  await tx.run(
    `INSERT INTO articles (seq, id, story, url, url_norm, content_hash, title, source, author, published, language,
       outlet, text, document, analysed, assignment, file, added_at, features)
       VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    values,
  );
  await dialect.search.indexRange(tx, first.seq, first.seq + rows.length - 1);
}

/**
 * The group under the write lock: the clusterer catches up on what other writers stored, then each record not
 * found a duplicate is given a free id and the next sequence number, and assigned; the articles are inserted
 * together and the story rows changed once per story of the group (`StoryChanges`). A handful of statements for the
 * group: the lock is held for little more than the assignments.
 */
async function addLocked(
  tx: Executor,
  dialect: Dialect,
  state: ClusterState,
  records: readonly { readonly p: ArticleRecord; readonly packed: Packed }[],
): Promise<WriteResult[]> {
  await state.catchUp(tx);
  const keys = await storedKeys(
    tx,
    records.map((r) => r.p),
  );
  const taken = await storedIds(
    tx,
    records.map((r) => r.packed.id),
  );
  const [max] = await tx.all('SELECT MAX(seq) AS m FROM articles');
  let seq = num(max?.m ?? 0);
  const now = new Date().toISOString();
  const stories = new StoryChanges(tx, now);
  // inserted together, before the story rows are recounted (and before a merge moves articles)
  let rows: ArticleRow[] = [];
  const insert = async (): Promise<void> => {
    await insertArticles(tx, dialect, rows, now);
    for (const row of rows) stories.note(row.story);
    rows = [];
  };
  const out: WriteResult[] = [];
  for (const { p, packed } of records) {
    const duplicate = keys.duplicate(p);
    if (duplicate) {
      out.push({ kind: 'duplicate', duplicate });
      continue;
    }
    const id = await freeId(tx, packed.id, taken);
    taken.add(id);
    keys.add(id, p.urlNorm, p.hash);
    seq++;
    // add and advance with no await between: a reader in this process never replays this article again
    const assignment = state.add(clusterArticle(id, p.article), packed.features);
    state.advance(seq);
    const kept = id === packed.id ? packed : pack(p, id, packed.features);
    rows.push({ p, packed: kept, seq, story: assignment.story, assignment: JSON.stringify(assignment) });
    if (assignment.merges.length > 0 || (assignment.splits?.length ?? 0) > 0) {
      await insert();
      await stories.merge(assignment);
    }
    out.push({ kind: 'added', id, story: storyAfter(assignment) });
  }
  await insert();
  await stories.flush();
  return out;
}

/** Stores one article unless it is a duplicate (`writeArticles` of one). */
export async function writeArticle(
  dialect: Dialect,
  state: ClusterState,
  p: ArticleRecord,
): Promise<WriteResult> {
  const [result] = await writeArticles(dialect, state, [p]);
  if (result === undefined) throw new Error('no result for the article');
  return result;
}

/**
 * The most articles stored in one transaction: a group's statements take up to 19 parameters an article, and SQLite
 * takes at most 32 766 in one statement (PostgreSQL 65 535).
 */
export const MAX_GROUP = 1000;

/**
 * Stores a group of articles in one transaction under the write lock (a group commit): the duplicates found
 * without the lock are answered at once; the others are packed for storing and the clusterer brought up to date
 * without the lock, then checked again, clustered and inserted in order under it. Any failure rolls the whole group
 * back (nothing of it is committed) and resets the clusterer. More than `MAX_GROUP` articles go in as several such
 * groups, one after another.
 */
export async function writeArticles(
  dialect: Dialect,
  state: ClusterState,
  records: readonly ArticleRecord[],
): Promise<WriteResult[]> {
  if (records.length > MAX_GROUP) {
    // a transaction each, so no statement outgrows the databases' limits on parameters
    const out: WriteResult[] = [];
    for (let at = 0; at < records.length; at += MAX_GROUP)
      out.push(...(await writeArticles(dialect, state, records.slice(at, at + MAX_GROUP))));
    return out;
  }
  const stored = await storedKeys(dialect, records);
  const early = records.map((p) => stored.duplicate(p));
  const fresh = records.flatMap((p, i) => {
    if (early[i] !== undefined) return [];
    const features = state.features(clusterArticle(p.document.id, p.article));
    return [{ p, packed: pack(p, p.document.id, features) }];
  });
  if (fresh.length === 0) return early.map((duplicate) => ({ kind: 'duplicate', duplicate }) as WriteResult);
  await state.catchUp(dialect);
  try {
    const added = await dialect.locked((tx) => addLocked(tx, dialect, state, fresh));
    let next = 0;
    return early.map((duplicate) =>
      duplicate ? { kind: 'duplicate', duplicate } : (added[next++] as WriteResult),
    );
  } catch (error) {
    state.reset();
    throw error;
  }
}
