/** The read side: story pages, one story with its brief, one article, health. */
import type { Brief } from '../brief/types.js';
import { normaliseLanguageTag } from '../lang/index.js';
import { num, optStr, searchTerms, str, type Dialect, type Row } from './dialect.js';
import { rowPublisher } from './outlets.js';
import { STORY_COLUMNS, storyItem } from './story-row.js';
import { getStoryline } from './storylines.js';
import type {
  StoredArticle,
  StoredArticleSummary,
  StoryDetail,
  StoryOutletRow,
  StoryPage,
  StoryQuery,
} from './types.js';

const SUMMARY_COLUMNS = 'id, title, source, author, url, published, language, story';

function articleSummary(row: Row): StoredArticleSummary {
  return {
    id: str(row.id),
    title: optStr(row.title),
    source: optStr(row.source),
    author: optStr(row.author),
    url: optStr(row.url),
    published: optStr(row.published),
    language: str(row.language),
    story: optStr(row.story),
  };
}

function checkPage(query: StoryQuery): void {
  for (const [name, value] of [
    ['limit', query.limit],
    ['offset', query.offset],
    ['minSources', query.minSources ?? 0],
  ] as const) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0`);
  }
}

/** The conditions on the story row itself (all served by the `stories_news` index). */
function rowConditions(query: StoryQuery): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (query.minSources !== undefined && query.minSources > 1) {
    sql.push('s.source_count >= ?');
    params.push(query.minSources);
  }
  if (query.since !== undefined) {
    sql.push('s.sort_key >= ?');
    params.push(query.since);
  }
  if (query.until !== undefined) {
    sql.push('s.sort_key < ?');
    params.push(query.until);
  }
  return { sql, params };
}

/** The conditions of the story list's search and language filter on `stories s`; null when nothing can match. */
function storyFilter(
  dialect: Dialect,
  query: { readonly q?: string | undefined; readonly lang?: string | undefined },
): { conditions: string[]; params: unknown[] } | null {
  const conditions = ['s.merged_into IS NULL'];
  const params: unknown[] = [];
  if (query.lang !== undefined) {
    const lang = normaliseLanguageTag(query.lang);
    if (lang === undefined)
      throw new RangeError(`lang must be a language tag such as "de" or "de-AT", not "${query.lang}"`);
    conditions.push('s.id IN (SELECT a.story FROM articles a WHERE a.language = ?)');
    params.push(lang);
  }
  if (query.q !== undefined) {
    const terms = searchTerms(query.q);
    if (terms.length === 0) return null;
    const condition = dialect.search.storyCondition(terms.join(' '));
    conditions.push(condition.sql);
    params.push(...condition.params);
  }
  return { conditions, params };
}

/** Whether the live story `story` is one the story list gives for this search and language (issue 16 alerts). */
export async function storyMatches(
  dialect: Dialect,
  story: string,
  query: { readonly q: string; readonly lang: string | null },
): Promise<boolean> {
  const filter = storyFilter(dialect, { q: query.q, lang: query.lang ?? undefined });
  if (filter === null) return false;
  const rows = await dialect.all(
    `SELECT s.id FROM stories s WHERE s.id = ? AND ${filter.conditions.join(' AND ')}`,
    [story, ...filter.params],
  );
  return rows.length > 0;
}

export async function listStories(dialect: Dialect, query: StoryQuery): Promise<StoryPage> {
  checkPage(query);
  const filter = storyFilter(dialect, query);
  if (filter === null) return { items: [], total: 0 };
  const own = rowConditions(query);
  const conditions = [...filter.conditions, ...own.sql];
  const params = [...filter.params, ...own.params];
  const where = conditions.join(' AND ');
  const page = `ORDER BY s.sort_key DESC, s.id ASC LIMIT ? OFFSET ?`;
  const count = async (): Promise<number> =>
    num((await dialect.all(`SELECT COUNT(*) AS n FROM stories s WHERE ${where}`, params))[0]?.n);
  if (query.q === undefined) {
    // the live stories are indexed in list order with their source count (`stories_news`): the
    // count and the page are index lookups
    const rows = await dialect.all(`SELECT ${STORY_COLUMNS} FROM stories s WHERE ${where} ${page}`, [
      ...params,
      query.limit,
      query.offset,
    ]);
    return { items: rows.map(storyItem), total: await count() };
  }
  // a search runs its full-text query once: each row of the page carries the number of all matches (the matches
  // are ordered by their keys alone; the page's 20 or so rows are read after)
  const rows = await dialect.all(
    `WITH hits AS (SELECT s.id, COUNT(*) OVER () AS total FROM stories s WHERE ${where} ${page})
      SELECT ${STORY_COLUMNS}, hits.total FROM hits JOIN stories s ON s.id = hits.id
      ORDER BY s.sort_key DESC, s.id ASC`,
    [...params, query.limit, query.offset],
  );
  const first = rows[0];
  if (first !== undefined) return { items: rows.map(storyItem), total: num(first.total) };
  // an empty page carries no count: none match, or the page is empty or past the last match (counted apart)
  return { items: [], total: query.offset === 0 && query.limit > 0 ? 0 : await count() };
}

/** The story row, following merges (a merged story's id leads to the story it joined). */
export async function findStory(dialect: Dialect, id: string): Promise<Row | undefined> {
  let current = id;
  for (let hops = 0; hops < 32; hops++) {
    const [row] = await dialect.all(
      `SELECT ${STORY_COLUMNS}, s.merged_into, s.stale, t.brief, t.brief_error
        FROM stories s LEFT JOIN story_texts t ON t.story = s.id WHERE s.id = ?`,
      [current],
    );
    if (!row) return undefined;
    const next = optStr(row.merged_into);
    if (next === null) return row;
    current = next;
  }
  return undefined;
}

/** The articles of a story with their publishers (recomputed on read: src/lang/publisher.ts), in stored order. */
export async function storyOutlets(dialect: Dialect, story: string): Promise<StoryOutletRow[]> {
  const rows = await dialect.all(
    'SELECT id, source, url, outlet FROM articles WHERE story = ? ORDER BY seq',
    [story],
  );
  return rows.map((r) => {
    const publisher = rowPublisher(r);
    return { id: str(r.id), outlet: publisher?.name ?? null, publisher: publisher?.key ?? null };
  });
}

export async function storyDetail(dialect: Dialect, row: Row): Promise<StoryDetail> {
  const articles = await dialect.all(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE story = ? ORDER BY seq`, [
    row.id,
  ]);
  const brief = optStr(row.brief);
  const item = storyItem(row);
  const storyline = (await getStoryline(dialect, item.storyline)) ?? {
    id: item.storyline,
    chapters: [{ ...item, continues: null, score: null }],
  };
  return {
    story: item,
    brief: brief === null ? null : (JSON.parse(brief) as Brief),
    stale: num(row.stale) === 1,
    briefError: optStr(row.brief_error),
    articles: articles.map(articleSummary),
    storyline,
  };
}

export async function getArticle(dialect: Dialect, id: string): Promise<StoredArticle | undefined> {
  const [row] = await dialect.all(`SELECT ${SUMMARY_COLUMNS}, text, added_at FROM articles WHERE id = ?`, [
    id,
  ]);
  return row ? { ...articleSummary(row), text: str(row.text), addedAt: str(row.added_at) } : undefined;
}

export async function counts(dialect: Dialect): Promise<{ articles: number; stories: number }> {
  const [a] = await dialect.all('SELECT COUNT(*) AS n FROM articles');
  const [s] = await dialect.all('SELECT COUNT(*) AS n FROM stories WHERE merged_into IS NULL');
  return { articles: num(a?.n), stories: num(s?.n) };
}
