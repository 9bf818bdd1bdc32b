/** Story rows: their figures follow their articles; a change marks the brief stale (recomputed later). */
import type { StoryAssignment } from './types.js';
import { num, optStr, str, type Dialect, type Executor, type Row } from './dialect.js';
import {
  briefHasPublishers,
  briefKinds,
  briefOutlets,
  sourceCount,
  storyOutlets,
  type BriefKinds,
  type BriefOutletsInput,
  type StoryOutlets,
  outletColumns,
} from './outlets.js';

/** The order of the story list: latest article date (news time), else when the story entered the store. */
function sortKey(last: string | null, updated: string): string {
  return last ?? updated;
}

function fallbackHeadline(title: string | null, text: string): string {
  if (title !== null && title.trim() !== '') return title.trim();
  const words = text.trim().split(/\s+/u, 12).join(' ');
  return words.length > 0 ? `${words}…` : '(untitled)';
}

/** The outlets of a story's articles (see outlets.ts). */
async function outletsOf(tx: Pick<Executor, 'all'>, story: string): Promise<StoryOutlets> {
  const rows = await tx.all('SELECT source, url, outlet FROM articles WHERE story = ? ORDER BY seq', [story]);
  return storyOutlets(rows.map(outletColumns));
}

/**
 * Fills the outlets of stories stored before schema version 7 (and the kinds of their briefs) and those schema
 * version 9 cleared to be counted again by the publisher rule, without touching their version: run once after
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

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** Rows of `sql` (whose parameters are the stories) grouped by their `story` column, in the order read. */
async function byStory(
  tx: Pick<Executor, 'all'>,
  sql: string,
  stories: readonly string[],
): Promise<Map<string, Row[]>> {
  const out = new Map<string, Row[]>();
  if (stories.length === 0) return out;
  for (const row of await tx.all(sql, stories)) {
    const story = str(row.story);
    const rows = out.get(story);
    if (rows) rows.push(row);
    else out.set(story, [row]);
  }
  return out;
}

/**
 * Recounts stories from their articles, creating the rows missing; bumps each one's version by its number of
 * changes (as that many touches one after another would) and marks it stale. A few statements for all of them.
 */
export async function touchStories(
  tx: Executor,
  changes: ReadonlyMap<string, number>,
  now: string,
): Promise<void> {
  const stories = [...changes.keys()];
  if (stories.length === 0) return;
  const inList = `story IN (${marks(stories.length)})`;
  const stats = await byStory(
    tx,
    `SELECT story, COUNT(*) AS n, MIN(published) AS f, MAX(published) AS l FROM articles WHERE ${inList} GROUP BY story`,
    stories,
  );
  const languages = await byStory(
    tx,
    `SELECT DISTINCT story, language FROM articles WHERE ${inList} ORDER BY story, language`,
    stories,
  );
  const sources = await byStory(
    tx,
    `SELECT story, source, url, outlet FROM articles WHERE ${inList} ORDER BY seq`,
    stories,
  );
  const existing = new Set(
    (await tx.all(`SELECT id FROM stories WHERE id IN (${marks(stories.length)})`, stories)).map((r) =>
      str(r.id),
    ),
  );
  const created = stories.filter((story) => !existing.has(story));
  const leads = await byStory(
    tx,
    `SELECT a.story, a.title, a.text FROM articles a WHERE a.story IN (${marks(created.length)})
      AND a.seq = (SELECT MIN(b.seq) FROM articles b WHERE b.story = a.story)`,
    created,
  );
  const values: unknown[] = [];
  for (const story of stories) {
    const [stat] = stats.get(story) ?? [];
    const outlets = storyOutlets((sources.get(story) ?? []).map(outletColumns));
    const last = optStr(stat?.l);
    const [lead] = leads.get(story) ?? [];
    values.push(
      story,
      fallbackHeadline(optStr(lead?.title), str(lead?.text ?? '')),
      num(stat?.n),
      sourceCount(outlets),
      JSON.stringify(outlets.names),
      outlets.unknown,
      (languages.get(story) ?? []).map((r) => str(r.language)).join(','),
      optStr(stat?.f),
      last,
      now,
      now,
      sortKey(last, now),
      changes.get(story) ?? 1,
    );
  }
  // a new story takes its headline and creation time from here; a stored one keeps its own
  await tx.run(
    `INSERT INTO stories (id, headline, article_count, source_count, outlets, unknown_outlets, languages, first_at,
       last_at, created_at, updated_at, sort_key, version, stale)
       VALUES ${stories.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)').join(', ')}
     ON CONFLICT (id) DO UPDATE SET article_count = excluded.article_count, source_count = excluded.source_count,
       outlets = excluded.outlets, unknown_outlets = excluded.unknown_outlets, languages = excluded.languages,
       first_at = excluded.first_at, last_at = excluded.last_at, updated_at = excluded.updated_at,
       sort_key = excluded.sort_key, version = stories.version + excluded.version, stale = 1, merged_into = NULL`,
    values,
  );
}

/** Recounts one story (`touchStories`), one change. */
export async function touchStory(tx: Executor, story: string, now: string): Promise<void> {
  await touchStories(tx, new Map([[story, 1]]), now);
}

/**
 * What the assignments of a group of articles did to the story rows, applied in one transaction: each story's row is
 * recounted once for all its articles of the group (its version bumped once per article, as one touch per article
 * would), and the merges in order, after the touches before them. The rows end as they would with each article's
 * touch and merges applied right after it.
 */
export class StoryChanges {
  private readonly pending = new Map<string, number>();

  constructor(
    private readonly tx: Executor,
    private readonly now: string,
  ) {}

  /** Records that an article of `story` was inserted (its row is recounted at the next merge or `flush`). */
  note(story: string): void {
    this.pending.set(story, (this.pending.get(story) ?? 0) + 1);
  }

  /**
   * Applies an assignment's merges and splits (after the touches noted before them), its article inserted and
   * noted.
   */
  async merge(assignment: StoryAssignment): Promise<void> {
    await this.flush();
    await applyMerges(this.tx, assignment, this.now);
  }

  /** Recounts the stories touched since the last merge (call before the transaction commits). */
  async flush(): Promise<void> {
    await touchStories(this.tx, this.pending, this.now);
    this.pending.clear();
  }
}

async function applyMerges(tx: Executor, assignment: StoryAssignment, now: string): Promise<void> {
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
  // a split: the articles that left get the new story (its row made by the recount), both stories recounted
  for (const split of assignment.splits ?? []) {
    const moved = [...split.articles, ...split.duplicates];
    if (moved.length === 0) continue;
    await tx.run(`UPDATE articles SET story = ? WHERE story = ? AND id IN (${marks(moved.length)})`, [
      split.into,
      split.from,
      ...moved,
    ]);
    await touchStories(
      tx,
      new Map([
        [split.from, 1],
        [split.into, 1],
      ]),
      now,
    );
  }
}

/** The story an article assigned to `story` is in after the assignment's merges and splits. */
export function storyAfter(assignment: StoryAssignment): string {
  let story = assignment.story;
  for (const merge of assignment.merges) if (merge.from === story) story = merge.into;
  const article = assignment.article;
  for (const split of assignment.splits ?? [])
    if (split.from === story && article !== undefined && split.articles.includes(article)) story = split.into;
  return story;
}
