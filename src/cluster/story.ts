import { scriptOf } from '../lang/index.js';
import type { Signals } from './features.js';
import { SIGNALS, type Centroids, type SignalName } from './scoring.js';
import type { StoryInfo } from './types.js';
import { Centroid, type TermChange } from './centroid.js';
import type { TermIds } from './term-ids.js';
import { Core, type CoreMember } from './core.js';
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

/** What a story keeps of one of its articles while it may split (see `Story.splittable`). */
interface MemberMeta {
  readonly time: number | undefined;
  readonly language: string;
  readonly headline: string;
  readonly score: number;
}

/** Least members a story needs to split: two parts of two. */
const MIN_SPLIT = 4;

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
  /**
   * Each article's time, language, headline and score, and each duplicate's original, while every article of the
   * story is a member of its core: what a split needs to rebuild its parts. Dropped (undefined) once the story
   * outgrows its core, or was reopened or merged beyond it: it never splits again, and keeps no more than before.
   */
  #meta: Map<string, MemberMeta> | undefined = new Map();
  /** The sum and the number of the scores at which articles joined the story (its first article not counted). */
  #joined = 0;
  #joins = 0;
  #duplicateOf: Map<string, string> | undefined = new Map();

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
    const member = this.core.add({ id, signals });
    return this.#take(member, meta);
  }

  /** Adds an article as `member` of the core (taken already); see `addArticle`. */
  #take(member: CoreMember, meta: MemberMeta): Record<SignalName, TermChange> {
    if (this.articles.length > 0) {
      this.#joined += meta.score;
      this.#joins++;
    }
    this.articles.push(member.id);
    this.#touch(meta.time, meta.language);
    this.#offerHeadline(meta.headline, meta.score);
    if (this.articles.length > this.core.rule.size) this.#forget();
    else this.#meta?.set(member.id, meta);
    const changes = {} as Record<SignalName, TermChange>;
    // the centroids take the terms from the member, packed by id already (the core keeps the newest member)
    for (const signal of SIGNALS) changes[signal] = this.centroids[signal].addPacked(member.signals[signal]);
    return changes;
  }

  /** `of`: the article it repeats (kept while the story may split, so the duplicate goes where that one goes). */
  addDuplicate(id: string, time: number | undefined, language: string, of?: string): void {
    this.duplicates.push(id);
    this.#touch(time, language);
    if (of !== undefined) this.#duplicateOf?.set(id, of);
    else this.#forget();
  }

  #forget(): void {
    this.#meta = undefined;
    this.#duplicateOf = undefined;
  }

  /**
   * Whether the story may split: every article of it is a member of its core (so each part can be rebuilt from
   * its members), and there are enough for two parts of two.
   */
  get splittable(): boolean {
    return (
      this.#meta !== undefined &&
      this.articles.length >= MIN_SPLIT &&
      this.articles.length === this.core.size &&
      this.#meta.size === this.articles.length
    );
  }

  /**
   * Splits the story: each of `parts` (new, empty stories) takes the listed articles (members of the core) and
   * the duplicates of them; `kept` (a new story of this one's id) takes the others. This story is empty afterwards
   * (its centroids released, its core members handed on with their term ids). Members keep their arrival order.
   */
  splitInto(kept: Story, parts: readonly { story: Story; articles: ReadonlySet<string> }[]): void {
    const meta = this.#meta;
    if (meta === undefined) throw new RangeError(`story ${this.id} cannot split`);
    const home = (article: string): Story => parts.find((part) => part.articles.has(article))?.story ?? kept;
    for (const member of this.core.handOver()) {
      const story = home(member.id);
      story.core.adopt(member);
      const known = meta.get(member.id);
      story.#take(member, known ?? { time: undefined, language: 'und', headline: '', score: 0 });
    }
    for (const id of this.duplicates) {
      const of = this.#duplicateOf?.get(id);
      const story = home(of ?? '');
      story.duplicates.push(id);
      if (of !== undefined) story.#duplicateOf?.set(id, of);
      const original = meta.get(of ?? '');
      if (original) story.#touch(original.time, original.language);
    }
    this.release();
  }

  /**
   * Whether an article scoring `score` against the story is close enough to join it, next to how its articles
   * joined: at least `share` of their mean score (`CoreRule.cohesion`), but never more than `ceiling` (the merge
   * threshold: what two stories need to become one is enough for an article too). A story no article has joined
   * yet takes any.
   */
  cohesive(score: number, share: number, ceiling: number): boolean {
    return this.#joins === 0 || score >= Math.min(ceiling, (share * this.#joined) / this.#joins);
  }

  /** Takes in every article of `other` (a merge); returns per signal the terms that entered and left the centroid. */
  absorb(other: Story): Record<SignalName, TermChange> {
    this.#joined += other.#joined;
    this.#joins += other.#joins;
    this.articles.push(...other.articles);
    this.core.absorb(other.core);
    const [meta, otherMeta] = [this.#meta, other.#meta];
    if (
      meta &&
      otherMeta &&
      this.#duplicateOf &&
      other.#duplicateOf &&
      this.articles.length <= this.core.rule.size
    ) {
      for (const [id, m] of otherMeta) meta.set(id, m);
      for (const [id, of] of other.#duplicateOf) this.#duplicateOf.set(id, of);
    } else this.#forget();
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
    this.#forget();
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
    this.#forget();
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
