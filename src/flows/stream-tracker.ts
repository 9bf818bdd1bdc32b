/**
 * The stream path's own view of the open stories, kept from the assignments and merges the clusterer reports
 * (the clusterer does not announce closings): each story's latest article time, its article count and — for
 * briefs — its source documents. A story closes here once it has been quiet for longer than the window plus the
 * clusterer's sweep interval (1/16 of the window): by then the clusterer has closed it too, so no later article or
 * merge can name it again (`late` counts any that would; tests hold it at 0).
 */
import type { StorySplit } from '../cluster/index.js';
import type { SourceDocument } from '../core/types.js';

/**
 * A story that closed: its id, how many articles (duplicates not counted) and, when kept, its documents — its first
 * article and the latest ones, in the order batch mode lists a story's articles.
 */
export interface ClosedStory {
  readonly id: string;
  readonly articles: number;
  readonly documents: readonly SourceDocument[];
  /**
   * The story had closed before and a late article reopened it: `articles` and `documents` are those since then
   * (its earlier ones went with its first `closed` event).
   */
  readonly reopened?: true;
}

/** A kept document and its arrival number `n` among the documents the tracker was given. */
interface Kept {
  readonly n: number;
  readonly doc: SourceDocument;
}

interface Tracked {
  last: number;
  articles: number;
  /** In the order the story gained them; a merge appends the merged story's (as batch mode lists articles). */
  documents: Kept[];
  /** Tracked again after the story had closed once (a late article reopened it). */
  reopened: boolean;
}

/** How often (as a share of the window) the clusterer sweeps its quiet stories; see OnlineClusterer#sweep. */
const SWEEP_SHARE = 1 / 16;

export class StoryTracker {
  readonly #windowMs: number;
  /**
   * Most documents kept per story (0: none): the story's first article and the latest ones, so a story that never
   * goes quiet stays bounded and its brief still starts where the story started.
   */
  readonly #maxDocuments: number;
  readonly #open = new Map<string, Tracked>();
  #nextSweep = -Infinity;
  #documents = 0;
  #given = 0;
  #multi = 0;
  #late = 0;

  constructor(windowMs: number, maxDocuments: number) {
    this.#windowMs = windowMs;
    this.#maxDocuments = maxDocuments;
  }

  get open(): number {
    return this.#open.size;
  }

  /** Source documents held for briefs. */
  get documents(): number {
    return this.#documents;
  }

  /** Closed stories with two or more articles. */
  get multi(): number {
    return this.#multi;
  }

  get late(): number {
    return this.#late;
  }

  /**
   * An article joined `story` (`doc` undefined for a duplicate: it is not counted and its document not kept).
   * `reopened`: the clusterer reopened a closed story for this late article; it is tracked again from here and
   * closes again at the next sweep (the clusterer closed it again at once), its `closed` event marked `reopened`
   * and holding what came since it reopened.
   */
  assign(
    story: string,
    isNew: boolean,
    doc: SourceDocument | undefined,
    time: number | undefined,
    reopened = false,
  ): void {
    let entry = this.#open.get(story);
    if (!entry) {
      if (!isNew && !reopened) this.#late++;
      entry = { last: -Infinity, articles: 0, documents: [], reopened };
      this.#open.set(story, entry);
    }
    if (time !== undefined) entry.last = Math.max(entry.last, time);
    if (!doc) return;
    entry.articles++;
    if (this.#maxDocuments === 0) return;
    entry.documents.push({ n: this.#given++, doc });
    this.#documents++;
    this.#trim(entry);
  }

  /**
   * Beyond the cap, drops the oldest documents but the first: the story's origin (what happened, who reported it
   * first) stays beside its latest state. After a merge the first is that of the story that began first.
   */
  #trim(entry: Tracked): void {
    const over = entry.documents.length - this.#maxDocuments;
    if (over <= 0) return;
    const byArrival = entry.documents.map((kept) => kept.n).sort((a, b) => a - b);
    const dropped = new Set(byArrival.slice(1, 1 + over));
    entry.documents = entry.documents.filter((kept) => !dropped.has(kept.n));
    this.#documents -= over;
  }

  /** Every article of `from` now belongs to `into`. */
  merge(from: string, into: string): void {
    const source = this.#open.get(from);
    const target = this.#open.get(into);
    if (!source || !target) this.#late++;
    if (!source || source === target) return;
    this.#open.delete(from);
    if (!target) {
      this.#open.set(into, source);
      return;
    }
    target.last = Math.max(target.last, source.last);
    target.articles += source.articles;
    for (const doc of source.documents) target.documents.push(doc);
    this.#trim(target);
  }

  /**
   * The articles of `split` (and their duplicates) left `split.from` for the new story `split.into`: their kept
   * documents go with them, and the new story's last time is the story's (what is known of it).
   */
  split(split: StorySplit): void {
    const source = this.#open.get(split.from);
    if (!source) {
      this.#late++;
      return;
    }
    const moved = new Set([...split.articles, ...split.duplicates]);
    const documents = source.documents.filter((kept) => moved.has(kept.doc.id));
    source.documents = source.documents.filter((kept) => !moved.has(kept.doc.id));
    const articles = Math.min(split.articles.length, source.articles);
    source.articles -= articles;
    this.#open.set(split.into, { last: source.last, articles, documents, reopened: source.reopened });
  }

  /** Stories quiet for longer than the window plus a sweep interval at stream time `clock` (checked now and then). */
  closeQuiet(clock: number): ClosedStory[] {
    if (!Number.isFinite(clock) || clock < this.#nextSweep) return [];
    this.#nextSweep = clock + this.#windowMs * SWEEP_SHARE;
    const limit = this.#windowMs * (1 + SWEEP_SHARE);
    const closed: ClosedStory[] = [];
    for (const [id, entry] of this.#open) {
      if (Number.isFinite(entry.last) && clock - entry.last > limit) closed.push(this.#close(id, entry));
    }
    return closed;
  }

  /** End of the stream: every open story, in the order they opened. */
  closeAll(): ClosedStory[] {
    return [...this.#open].map(([id, entry]) => this.#close(id, entry));
  }

  #close(id: string, entry: Tracked): ClosedStory {
    this.#open.delete(id);
    this.#documents -= entry.documents.length;
    if (entry.articles >= 2 && !entry.reopened) this.#multi++;
    const documents = entry.documents.map((kept) => kept.doc);
    return {
      id,
      articles: entry.articles,
      documents,
      ...(entry.reopened ? { reopened: true as const } : {}),
    };
  }
}
