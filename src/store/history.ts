/**
 * Story history (issue 16): every brief a story gets is kept as a numbered version (1, 2, … per story), with the
 * story version it was made at, when, and the articles it covered. A version is written in the transaction that
 * saves the brief (src/store/briefs.ts), so the history never misses a brief the story showed. The brief is kept
 * without its articles' texts (each is the stored article's cleaned text, never changed), which are filled in again
 * when a version is read. A story merged into another keeps its own versions under its own id.
 */
import type { Brief } from '../brief/types.js';
import { num, optStr, str, type Dialect, type Executor } from './dialect.js';
import { rowPublisher } from './outlets.js';
import type {
  AddedArticleRow,
  BriefVersion,
  BriefVersionSummary,
  StoryChangesData,
  StoryVersions,
} from './types.js';

/** The brief as kept: the same, with each article's `text` left empty. */
export function packBrief(brief: Brief): string {
  return JSON.stringify({ ...brief, articles: brief.articles.map((a) => ({ ...a, text: '' })) });
}

/** Keeps the brief (`packBrief`) as the story's next version (inside the transaction that saves it). */
export async function recordBriefVersion(
  tx: Executor,
  story: string,
  storyVersion: number,
  packed: string,
  now: string,
): Promise<number> {
  const [last] = await tx.all('SELECT MAX(version) AS v FROM brief_versions WHERE story = ?', [story]);
  const version = num(last?.v ?? 0) + 1;
  await tx.run(
    'INSERT INTO brief_versions (story, version, story_version, created_at, brief) VALUES (?, ?, ?, ?, ?)',
    [story, version, storyVersion, now, packed],
  );
  await tx.run(
    'INSERT INTO brief_version_articles (story, version, article) SELECT ?, ?, id FROM articles WHERE story = ?',
    [story, version, story],
  );
  return version;
}

async function coveredArticles(dialect: Dialect, story: string, version: number): Promise<string[]> {
  const rows = await dialect.all(
    'SELECT article FROM brief_version_articles WHERE story = ? AND version = ? ORDER BY article',
    [story, version],
  );
  return rows.map((r) => str(r.article));
}

/** The kept brief with its articles' texts filled in from the stored articles. */
async function unpackBrief(dialect: Dialect, json: string): Promise<Brief> {
  const brief = JSON.parse(json) as Brief;
  const articles = [];
  for (const article of brief.articles) {
    if (article.text !== '') {
      articles.push(article);
      continue;
    }
    const [row] = await dialect.all('SELECT text FROM articles WHERE id = ?', [article.id]);
    articles.push({ ...article, text: str(row?.text ?? '') });
  }
  return { ...brief, articles };
}

function summaryOf(
  row: Readonly<Record<string, unknown>>,
  brief: Brief,
  articles: string[],
): BriefVersionSummary {
  return {
    version: num(row.version),
    storyVersion: num(row.story_version),
    created: str(row.created_at),
    headline: brief.headline,
    lines: brief.sentences.length,
    articles,
  };
}

/** The story's own versions, oldest first; undefined when no story has this id (merged ones included). */
export async function storyVersions(dialect: Dialect, id: string): Promise<StoryVersions | undefined> {
  const [story] = await dialect.all('SELECT id, merged_into FROM stories WHERE id = ?', [id]);
  if (!story) return undefined;
  const rows = await dialect.all(
    'SELECT version, story_version, created_at, brief FROM brief_versions WHERE story = ? ORDER BY version',
    [id],
  );
  const versions: BriefVersionSummary[] = [];
  for (const row of rows) {
    const brief = JSON.parse(str(row.brief)) as Brief;
    versions.push(summaryOf(row, brief, await coveredArticles(dialect, id, num(row.version))));
  }
  const merged = await dialect.all('SELECT id FROM stories WHERE merged_into = ? ORDER BY id', [id]);
  return {
    story: id,
    mergedInto: optStr(story.merged_into),
    mergedFrom: merged.map((r) => str(r.id)),
    versions,
  };
}

/** One version of the story's brief (its own, even when the story was merged away); undefined when none. */
export async function briefVersion(
  dialect: Dialect,
  id: string,
  version: number,
): Promise<BriefVersion | undefined> {
  const [row] = await dialect.all(
    'SELECT version, story_version, created_at, brief FROM brief_versions WHERE story = ? AND version = ?',
    [id, version],
  );
  if (!row) return undefined;
  const brief = await unpackBrief(dialect, str(row.brief));
  return { ...summaryOf(row, brief, await coveredArticles(dialect, id, version)), brief };
}

async function versionWhere(
  dialect: Dialect,
  story: string,
  condition: string,
  params: readonly unknown[],
): Promise<{ version: number; brief: Brief } | null> {
  const [row] = await dialect.all(
    `SELECT version, brief FROM brief_versions WHERE story = ? ${condition} ORDER BY version DESC LIMIT 1`,
    [story, ...params],
  );
  return row ? { version: num(row.version), brief: JSON.parse(str(row.brief)) as Brief } : null;
}

const ADDED_COLUMNS = 'id, title, source, url, outlet, published, added_at';

function addedRow(row: Readonly<Record<string, unknown>>): AddedArticleRow {
  return {
    id: str(row.id),
    title: optStr(row.title),
    outlet: rowPublisher(row)?.name ?? null,
    published: optStr(row.published),
    addedAt: str(row.added_at),
  };
}

/**
 * What `changes` compares, for the live story `story`: its latest version, the last version made at or before
 * `since` (ISO 8601 as `toISOString` writes it), and its articles added after `since`. Briefs without texts.
 */
export async function changesSince(
  dialect: Dialect,
  story: string,
  since: string,
): Promise<StoryChangesData> {
  const current = await versionWhere(dialect, story, '', []);
  const previous = await versionWhere(dialect, story, 'AND created_at <= ?', [since]);
  const rows = await dialect.all(
    `SELECT ${ADDED_COLUMNS} FROM articles WHERE story = ? AND added_at > ? ORDER BY seq`,
    [story, since],
  );
  return { story, current, previous, added: rows.map(addedRow) };
}

/**
 * What an alert compares, for the live story `story` after an ingest that added `added` (article ids) to it: its
 * latest version, and the last version that covered none of them (null: the story is new, or had no brief).
 */
export async function changesOfIngest(
  dialect: Dialect,
  story: string,
  added: readonly string[],
): Promise<StoryChangesData> {
  const current = await versionWhere(dialect, story, '', []);
  const rows = await dialect.all(`SELECT ${ADDED_COLUMNS} FROM articles WHERE story = ? ORDER BY seq`, [
    story,
  ]);
  const fresh = new Set(added);
  const marks = added.map(() => '?').join(', ');
  const previous =
    added.length === 0
      ? current
      : await versionWhere(
          dialect,
          story,
          `AND version NOT IN (SELECT version FROM brief_version_articles WHERE story = ? AND article IN (${marks}))`,
          [story, ...added],
        );
  return { story, current, previous, added: rows.map(addedRow).filter((a) => fresh.has(a.id)) };
}
