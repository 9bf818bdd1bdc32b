/**
 * Storylines in stream mode (`lagebild cluster --stream`): lines are written as articles come and never
 * rewritten, so a story's storyline is decided when the story begins — its first article's summary against the
 * stories that closed before it (the same rule as batch mode and the store: src/cluster/storylines.ts) — and every
 * line of the story carries it. A merged story keeps the storyline of the story it went into; a story split off
 * starts its own (its summary counts the articles that join it after the split). Closed stories are kept as
 * summaries, found by their key names, for as long as a later story could continue them (`horizonDays` past their
 * last article by the stream's clock), so memory stays bounded.
 */
import {
  findContinuation,
  SummaryBuilder,
  type Continuation,
  type NormalisedStorylineOptions,
  type StorylineArticle,
  type StorySummary,
} from '../cluster/storylines.js';

/** A story's place in its storyline: the storyline's id (its first story's) and the story it continues. */
export interface StorylineTag {
  readonly storyline: string;
  readonly continues?: Continuation;
}

interface Closed {
  readonly summary: StorySummary;
  readonly tag: StorylineTag;
}

export class StreamStorylines {
  readonly #options: NormalisedStorylineOptions;
  readonly #open = new Map<string, { builder: SummaryBuilder; tag: StorylineTag }>();
  /** Closed stories in order of closing, and their ids by key name. */
  readonly #closed = new Map<string, Closed>();
  readonly #byName = new Map<string, Set<string>>();

  constructor(options: NormalisedStorylineOptions) {
    this.#options = options;
  }

  /** Closed stories held as summaries (for tests of the bound). */
  get closed(): number {
    return this.#closed.size;
  }

  /**
   * An article joined `story` (`isNew`: as its first article; `article` undefined for a duplicate, which the
   * summary does not count); returns the story's storyline. A story that had closed and is reopened (a late
   * article) takes up its summary and storyline again.
   */
  assign(story: string, isNew: boolean, article: StorylineArticle | undefined): StorylineTag {
    let entry = this.#open.get(story);
    if (!entry) {
      entry = { builder: new SummaryBuilder(), tag: { storyline: story } };
      const closed = this.#closed.get(story);
      if (closed) {
        this.#forget(story, closed);
        entry.builder.absorb(closed.summary);
        entry.tag = closed.tag;
      }
      this.#open.set(story, entry);
    }
    if (article) entry.builder.add(article);
    if (isNew) {
      const continues = this.#continuation(entry.builder.summary(story, this.#options));
      if (continues) {
        const storyline = this.#closed.get(continues.story)?.tag.storyline ?? continues.story;
        entry.tag = { storyline, continues };
      }
    }
    return entry.tag;
  }

  /** Every article of `from` now belongs to `into` (whose storyline stands). */
  merge(from: string, into: string): void {
    const source = this.#open.get(from);
    const target = this.#open.get(into);
    if (!source || !target || source === target) return;
    target.builder.absorb(source.builder);
    this.#open.delete(from);
  }

  /** A story split off `from` as `into`: a storyline of its own. */
  split(into: string): void {
    if (!this.#open.has(into))
      this.#open.set(into, { builder: new SummaryBuilder(), tag: { storyline: into } });
  }

  /** The storyline of a story known now (open, or closed within the horizon). */
  tagOf(story: string): StorylineTag | undefined {
    return this.#open.get(story)?.tag ?? this.#closed.get(story)?.tag;
  }

  /**
   * The story closed (quiet for longer than the window): kept as its summary for later stories to continue; the
   * summaries of stories that ended longer than the horizon before `clock` are forgotten.
   */
  close(story: string, clock: number): void {
    const entry = this.#open.get(story);
    if (!entry) return;
    this.#open.delete(story);
    const summary = entry.builder.summary(story, this.#options);
    if (summary.last === null) return;
    const closed = { summary, tag: entry.tag };
    this.#closed.set(story, closed);
    for (const name of Object.keys(summary.entities)) {
      const ids = this.#byName.get(name);
      if (ids) ids.add(story);
      else this.#byName.set(name, new Set([story]));
    }
    this.#expire(clock);
  }

  /** Forgets closed stories from the oldest closed on while they ended beyond the horizon before `clock`. */
  #expire(clock: number): void {
    if (!Number.isFinite(clock)) return;
    for (const [id, closed] of this.#closed) {
      if (clock - (closed.summary.last ?? -Infinity) <= this.#options.horizonMs) break;
      this.#forget(id, closed);
    }
  }

  #forget(id: string, closed: Closed): void {
    this.#closed.delete(id);
    for (const name of Object.keys(closed.summary.entities)) {
      const ids = this.#byName.get(name);
      ids?.delete(id);
      if (ids?.size === 0) this.#byName.delete(name);
    }
  }

  #continuation(summary: StorySummary): Continuation | undefined {
    const candidates = new Set<StorySummary>();
    for (const name of Object.keys(summary.entities))
      for (const id of this.#byName.get(name) ?? []) {
        const closed = this.#closed.get(id);
        if (closed) candidates.add(closed.summary);
      }
    return candidates.size === 0 ? undefined : findContinuation(summary, [...candidates], this.#options);
  }
}
