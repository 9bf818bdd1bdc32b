/**
 * The in-memory clusterer of one store instance, kept in step with the database: every stored article has a
 * global sequence number, and before adding its own article a writer replays (in `seq` order) the assignments
 * stored since it last looked, by this or any other process: from the clusterer's features kept with each article
 * (schema version 9), else from its text.
 */
import { num, optStr, str, type Executor, type Row } from './dialect.js';
import type { ArticleFeatures, ClusterArticle, StoreClusterer, StoryAssignment } from './types.js';

const PAGE = 500;

function fromRow(row: Row): { article: ClusterArticle; assignment: StoryAssignment; features?: string } {
  const title = optStr(row.title);
  const published = optStr(row.published);
  const url = optStr(row.url);
  const source = optStr(row.source);
  const article: ClusterArticle = {
    id: str(row.id),
    // not read when the clusterer's features were kept: replay reads them instead
    text: optStr(row.text) ?? '',
    language: str(row.language),
    ...(title !== null ? { title } : {}),
    ...(published !== null ? { published } : {}),
    ...(url !== null ? { url } : {}),
    ...(source !== null ? { source } : {}),
  };
  const features = optStr(row.features);
  const assignment = JSON.parse(str(row.assignment)) as StoryAssignment;
  return { article, assignment, ...(features !== null ? { features } : {}) };
}

export class ClusterState {
  private clusterer: StoreClusterer;
  private seen = 0;

  constructor(private readonly make: () => StoreClusterer) {
    this.clusterer = make();
  }

  /** Highest sequence number this clusterer has seen. */
  get position(): number {
    return this.seen;
  }

  /** Replays every stored assignment after `position`, in order (a reader, or a transaction holding the lock). */
  async catchUp(db: Pick<Executor, 'all'>): Promise<number> {
    let replayed = 0;
    for (;;) {
      const rows = await db.all(
        `SELECT seq, id, title, CASE WHEN features IS NULL THEN text END AS text, published, url, language, source,
           assignment, features FROM articles WHERE seq > ? ORDER BY seq LIMIT ?`,
        [this.seen, PAGE],
      );
      for (const row of rows) {
        // another caller in this process may have moved on while this page was read: never replay twice
        if (num(row.seq) <= this.seen) continue;
        const { article, assignment, features } = fromRow(row);
        this.clusterer.replay(article, assignment, features);
        this.seen = num(row.seq);
      }
      replayed += rows.length;
      if (rows.length < PAGE) return replayed;
    }
  }

  /** What the clusterer works out of the article before assigning it (undefined when it works out nothing ahead). */
  features(article: ClusterArticle): ArticleFeatures | undefined {
    return this.clusterer.features?.(article);
  }

  add(article: ClusterArticle, features?: ArticleFeatures): StoryAssignment {
    return this.clusterer.add(article, features);
  }

  /** Records that the article just added was committed with this sequence number. */
  advance(seq: number): void {
    this.seen = seq;
  }

  /** Forgets everything (after a failed transaction the clusterer may hold an article never stored). */
  reset(): void {
    this.clusterer = this.make();
    this.seen = 0;
  }
}
