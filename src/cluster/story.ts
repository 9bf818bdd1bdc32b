import { scriptOf } from '../lang/index.js';
import type { Signals } from './features.js';
import { SIGNALS, type Centroids, type SignalName } from './scoring.js';
import type { StoryInfo } from './types.js';
import { Centroid, type TermChange } from './centroid.js';
import type { TermIds } from './term-ids.js';
import { Core } from './core.js';
import { DEFAULT_CORE } from './options.js';

const HEADLINE_CHARS = 120;

/** The id of a story started by the article `id` (deterministic, so every process names it the same). */
export function storyIdFor(articleId: string): string {
  return `s:${articleId}`;
}

/** ISO 8601 of a time; empty when unknown (no article of the story had a date, nor any before it). */
function iso(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : '';
}

/**
 * A string with the same characters that holds on to nothing else: a part cut from a longer string keeps the whole
 * longer string in memory (in V8), and a story's headline outlives its article's text (a closed story's kept record
 * held every such article's text: memory grew with the input).
 */
function detached(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/** A title, or the start of the text when there is none (a string of its own, not a part of either). */
export function headlineOf(title: string | undefined, text: string): string {
  const t = title?.trim() ?? '';
  if (t !== '') return detached(t);
  const line = text.trim().split('\n', 1)[0] ?? '';
  return detached(line.length > HEADLINE_CHARS ? `${line.slice(0, HEADLINE_CHARS - 1)}…` : line);
}

/** An open story in memory: members, times, one centroid per signal and its core (see core.ts). */
export class Story {
  readonly articles: string[] = [];
  readonly duplicates: string[] = [];
  readonly languages: string[] = [];
  /** The scripts of the members' languages (see `scriptOf`). */
  readonly scripts = new Set<string>();
  readonly centroids: Centroids;
  /** A bounded set of members that stand for the story: what a new article must be close to (see core.ts). */
  readonly core: Core;
  first = Infinity;
  last = -Infinity;
  headline = '';
  #headlineScore = -1;

  constructor(
    readonly id: string,
    readonly seq: number,
    centroidTerms: number,
    ids: TermIds,
    core = new Core(DEFAULT_CORE, ids),
  ) {
    this.core = core;
    const make = (): Centroid => new Centroid(centroidTerms, ids);
    this.centroids = { title: make(), body: make(), entities: make(), numbers: make() };
  }

  #touch(time: number | undefined, language: string): void {
    if (time !== undefined) {
      this.first = Math.min(this.first, time);
      this.last = Math.max(this.last, time);
    }
    if (!this.languages.includes(language)) {
      this.languages.push(language);
      this.scripts.add(scriptOf(language));
    }
  }

  #offerHeadline(headline: string, score: number): void {
    if (headline !== '' && score > this.#headlineScore) {
      this.headline = headline;
      this.#headlineScore = score;
    }
  }

  /** Adds an article; returns per signal the terms that entered the centroid and those pruned from it. */
  addArticle(
    id: string,
    signals: Signals,
    meta: { time: number | undefined; language: string; headline: string; score: number },
  ): Record<SignalName, TermChange> {
    this.articles.push(id);
    const member = this.core.add({ id, signals });
    this.#touch(meta.time, meta.language);
    this.#offerHeadline(meta.headline, meta.score);
    const changes = {} as Record<SignalName, TermChange>;
    // the centroids take the terms from the member, packed by id already (the core keeps the newest member)
    for (const signal of SIGNALS) changes[signal] = this.centroids[signal].addPacked(member.signals[signal]);
    return changes;
  }

  addDuplicate(id: string, time: number | undefined, language: string): void {
    this.duplicates.push(id);
    this.#touch(time, language);
  }

  /** Takes in every article of `other` (a merge); returns per signal the terms that entered and left the centroid. */
  absorb(other: Story): Record<SignalName, TermChange> {
    this.articles.push(...other.articles);
    this.core.absorb(other.core);
    this.duplicates.push(...other.duplicates);
    for (const language of other.languages) this.#touch(other.first, language);
    this.#touch(other.last, other.languages[0] ?? 'und');
    this.#offerHeadline(other.headline, other.#headlineScore);
    const changes = {} as Record<SignalName, TermChange>;
    for (const signal of SIGNALS) changes[signal] = this.centroids[signal].absorb(other.centroids[signal]);
    return changes;
  }

  /** How well the headline's article scored when it joined (kept in a closed story's record). */
  get headlineScore(): number {
    return this.#headlineScore;
  }

  /** Puts back the span, languages and headline of a closed story being reopened (see closed-index.ts). */
  restore(kept: {
    first: number;
    last: number;
    languages: readonly string[];
    headline: string;
    headlineScore: number;
  }): void {
    this.first = Math.min(this.first, kept.first);
    this.last = Math.max(this.last, kept.last);
    for (const language of kept.languages)
      if (!this.languages.includes(language)) {
        this.languages.push(language);
        this.scripts.add(scriptOf(language));
      }
    this.#offerHeadline(kept.headline, kept.headlineScore);
  }

  /**
   * Gives back the term ids of the centroids and the core (the story is closed or merged away; its centroids and
   * core are empty after).
   */
  release(): void {
    for (const signal of SIGNALS) this.centroids[signal].release();
    this.core.release();
  }

  info(open: boolean): StoryInfo {
    return {
      id: this.id,
      articles: [...this.articles],
      duplicates: [...this.duplicates],
      languages: [...this.languages],
      first: iso(this.first),
      last: iso(this.last),
      headline: this.headline,
      open,
    };
  }
}
