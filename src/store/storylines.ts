/**
 * The storyline side of the repository (schema version 3). The storyline flow (src/flows/storylines.ts) decides
 * the links; the store keeps each story's summary, the earlier story it continues, and its storyline's id (that of
 * the storyline's first story), and hands a story's storyline on to the later chapters that continue it. A story
 * whose version changed since its link was decided is pending (linked again by the next flow run).
 */
import { unpackAnalysed } from './analysed.js';
import { num, optStr, str, type Dialect, type Executor, type Row } from './dialect.js';
import { STORY_COLUMNS, storyItem } from './story-row.js';
import type { SourceDocument } from '../core/types.js';
import type {
  Storyline,
  StorylineChapter,
  StoryForStoryline,
  StorySummaryRecord,
  SummaryRange,
} from './types.js';

/** Longest chain of `continues` or `merged_into` links followed (a guard: links never loop). */
const MAX_HOPS = 1000;

export async function pendingStorylines(dialect: Dialect): Promise<string[]> {
  const rows = await dialect.all(
    `SELECT id FROM stories WHERE merged_into IS NULL AND (linked_version IS NULL OR linked_version <> version)
       ORDER BY CASE WHEN first_at IS NULL THEN 0 ELSE 1 END, first_at, id`,
  );
  return rows.map((row) => str(row.id));
}

/** An article's time: the one the clusterer placed it at (kept in its assignment), else its date as read. */
function timeOf(assignment: string, published: string | null): string | null {
  try {
    const time = (JSON.parse(assignment) as { time?: unknown }).time;
    if (typeof time === 'string') return time;
  } catch {
    // an assignment that is not JSON has no time: the date as read is used
  }
  return published;
}

export async function storyForStoryline(
  dialect: Dialect,
  id: string,
): Promise<StoryForStoryline | undefined> {
  const [story] = await dialect.all('SELECT version FROM stories WHERE id = ? AND merged_into IS NULL', [id]);
  if (!story) return undefined;
  const rows = await dialect.all(
    `SELECT analysed, CASE WHEN analysed IS NULL THEN document END AS document, assignment, published
       FROM articles WHERE story = ? ORDER BY seq`,
    [id],
  );
  const articles = rows.map((r) => {
    const time = timeOf(str(r.assignment), optStr(r.published));
    const analysed = optStr(r.analysed);
    return analysed !== null
      ? { analysed: unpackAnalysed(analysed), time }
      : { analysed: null, document: JSON.parse(str(r.document)) as SourceDocument, time };
  });
  return { id, version: num(story.version), articles };
}

/** ISO 8601 of a time (null when there is none or it is out of the range a date can hold). */
function iso(ms: number | null): string | null {
  if (ms === null || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  return new Date(ms).toISOString();
}

/** A story's summary to save, made at the story's `version`. */
export interface SummaryToSave {
  readonly id: string;
  readonly version: number;
  readonly summary: StorySummaryRecord;
}

/** Saves one summary in `tx`, the story row first; false when the story changed meanwhile or is gone. */
async function saveSummaryIn(tx: Executor, { id, version, summary }: SummaryToSave): Promise<boolean> {
  const changed = await tx.all(
    `UPDATE stories SET storyline_first = ?, storyline_last = ?
      WHERE id = ? AND merged_into IS NULL AND version = ? RETURNING id`,
    [iso(summary.first), iso(summary.last), id, version],
  );
  if (changed.length === 0) return false;
  await tx.run(
    `INSERT INTO story_texts (story, storyline_summary) VALUES (?, ?)
      ON CONFLICT (story) DO UPDATE SET storyline_summary = excluded.storyline_summary`,
    [id, JSON.stringify(summary)],
  );
  return true;
}

/**
 * Saves the summaries in one transaction (a group commit: all or none), each only if its story is still at its
 * version; outside the articles' write lock, each story row first (as saveBrief: src/store/dialect.ts `transaction`).
 */
export async function saveStorySummaries(
  dialect: Dialect,
  items: readonly SummaryToSave[],
): Promise<boolean[]> {
  if (items.length === 0) return [];
  return dialect.transaction(async (tx) => {
    const saved: boolean[] = [];
    for (const item of items) saved.push(await saveSummaryIn(tx, item));
    return saved;
  });
}

export async function saveStorySummary(
  dialect: Dialect,
  id: string,
  version: number,
  summary: StorySummaryRecord,
): Promise<boolean> {
  const [saved] = await saveStorySummaries(dialect, [{ id, version, summary }]);
  return saved === true;
}

export async function storySummaries(
  dialect: Dialect,
  range: SummaryRange,
): Promise<{ summary: StorySummaryRecord; version: number }[]> {
  const lo = iso(range.from);
  const hi = iso(range.to);
  if (lo === null || hi === null) return [];
  const column = range.by === 'first' ? 'storyline_first' : 'storyline_last';
  const rows = await dialect.all(
    `SELECT s.id, t.storyline_summary, s.version FROM stories s JOIN story_texts t ON t.story = s.id
       WHERE s.merged_into IS NULL AND t.storyline_summary IS NOT NULL AND s.${column} >= ? AND s.${column} <= ?
       ORDER BY s.id`,
    [lo, hi],
  );
  const kept = keptSummaries(dialect);
  return rows.map((row) => ({
    summary: parsedSummary(kept, str(row.id), str(row.storyline_summary)),
    version: num(row.version),
  }));
}

/** Summaries kept parsed per store, at most (the most recently read). */
const KEPT_SUMMARIES = 4096;

/**
 * Parsed summaries by story, per store: one storyline pass reads the same summaries in the ranges of many stories,
 * and each is parsed once, not once per range. Keyed by story and checked against the stored text (a summary saved
 * again is parsed again); the objects handed out are only read.
 */
const parsedSummaries = new WeakMap<Dialect, Map<string, { raw: string; summary: StorySummaryRecord }>>();

function keptSummaries(dialect: Dialect): Map<string, { raw: string; summary: StorySummaryRecord }> {
  let kept = parsedSummaries.get(dialect);
  if (kept === undefined) parsedSummaries.set(dialect, (kept = new Map()));
  return kept;
}

function parsedSummary(
  kept: Map<string, { raw: string; summary: StorySummaryRecord }>,
  id: string,
  raw: string,
): StorySummaryRecord {
  const known = kept.get(id);
  kept.delete(id);
  const entry =
    known !== undefined && known.raw === raw
      ? known
      : { raw, summary: JSON.parse(raw) as StorySummaryRecord };
  kept.set(id, entry);
  for (const key of kept.keys()) {
    if (kept.size <= KEPT_SUMMARIES) break;
    kept.delete(key);
  }
  return entry.summary;
}

/** The story a (possibly merged-away) story's articles are in now. */
async function current(tx: Executor, id: string): Promise<Row | undefined> {
  let at = id;
  for (let hops = 0; hops < MAX_HOPS; hops++) {
    const [row] = await tx.all('SELECT id, storyline, continues, merged_into FROM stories WHERE id = ?', [
      at,
    ]);
    if (!row) return undefined;
    const next = optStr(row.merged_into);
    if (next === null) return row;
    at = next;
  }
  return undefined;
}

/** True when `story` is among `from` and the stories it continues, directly or through earlier chapters. */
async function continuesFrom(tx: Executor, from: string, story: string): Promise<boolean> {
  let at: string | null = from;
  for (let hops = 0; at !== null && hops < MAX_HOPS; hops++) {
    if (at === story) return true;
    const [row] = await tx.all('SELECT continues FROM stories WHERE id = ?', [at]);
    at = optStr(row?.continues);
  }
  return at !== null;
}

/** Gives `storyline` to every later chapter continuing `id`, down the chain (each story once). */
async function handOn(tx: Executor, id: string, storyline: string): Promise<void> {
  const queue = [id];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const parent = queue.shift() ?? '';
    const children = await tx.all(
      'SELECT id FROM stories WHERE continues = ? AND merged_into IS NULL ORDER BY id',
      [parent],
    );
    for (const child of children.map((r) => str(r.id))) {
      if (seen.has(child)) continue;
      seen.add(child);
      await tx.run('UPDATE stories SET storyline = ? WHERE id = ?', [storyline, child]);
      queue.push(child);
    }
  }
}

/** A story's storyline link to save, decided at the story's `version` (null: it starts its own storyline). */
export interface StorylineToSave {
  readonly id: string;
  readonly version: number;
  readonly continues: { readonly story: string; readonly score: number } | null;
}

/** Saves one link in `tx` (under the write lock) and hands the storyline on; false when the story changed. */
async function saveStorylineIn(tx: Executor, { id, version, continues }: StorylineToSave): Promise<boolean> {
  const [now] = await tx.all('SELECT version FROM stories WHERE id = ? AND merged_into IS NULL', [id]);
  if (now === undefined || num(now.version) !== version) return false;
  const target = continues === null ? undefined : await current(tx, continues.story);
  const earlier = target !== undefined && !(await continuesFrom(tx, str(target.id), id)) ? target : undefined;
  const storyline = earlier === undefined ? id : (optStr(earlier.storyline) ?? str(earlier.id));
  await tx.run(
    'UPDATE stories SET continues = ?, continues_score = ?, storyline = ?, linked_version = ? WHERE id = ?',
    [
      earlier === undefined ? null : str(earlier.id),
      earlier === undefined ? null : (continues?.score ?? null),
      storyline,
      version,
      id,
    ],
  );
  await handOn(tx, id, storyline);
  return true;
}

/**
 * Saves the links in order in one transaction under the write lock (a group commit: all or none); each link sees
 * the ones saved before it, as when saved one by one.
 */
export async function saveStorylines(
  dialect: Dialect,
  items: readonly StorylineToSave[],
): Promise<boolean[]> {
  if (items.length === 0) return [];
  return dialect.locked(async (tx) => {
    const saved: boolean[] = [];
    for (const item of items) saved.push(await saveStorylineIn(tx, item));
    return saved;
  });
}

export async function saveStoryline(
  dialect: Dialect,
  id: string,
  version: number,
  continues: { readonly story: string; readonly score: number } | null,
): Promise<boolean> {
  const [saved] = await saveStorylines(dialect, [{ id, version, continues }]);
  return saved === true;
}

function chapter(row: Row): StorylineChapter {
  const score = row.continues_score;
  return {
    ...storyItem(row),
    continues: optStr(row.continues),
    score: score === null || score === undefined ? null : num(score),
  };
}

const CHAPTER_COLUMNS = `${STORY_COLUMNS}, s.continues, s.continues_score`;
const CHAPTER_ORDER =
  'ORDER BY CASE WHEN COALESCE(s.storyline_first, s.first_at) IS NULL THEN 0 ELSE 1 END, COALESCE(s.storyline_first, s.first_at), s.id';

/**
 * The storyline `id`: its chapters in time order. A story not linked yet is a storyline of its own (under its id).
 */
export async function getStoryline(
  dialect: Pick<Executor, 'all'>,
  id: string,
): Promise<Storyline | undefined> {
  const rows = await dialect.all(
    `SELECT ${CHAPTER_COLUMNS} FROM stories s WHERE s.merged_into IS NULL AND
       (s.storyline = ? OR (s.storyline IS NULL AND s.id = ?)) ${CHAPTER_ORDER}`,
    [id, id],
  );
  return rows.length === 0 ? undefined : { id, chapters: rows.map(chapter) };
}
