import { documentTerms, signalsOf, type ArticleTerms, type Signals } from './features.js';
import { prepareArticle, type PreparedArticle, type PreparingClusterer } from './prepared.js';
import type { TermChange } from './centroid.js';
import { ClosedIndex, closedRecord, keptVector, type ClosedRecord } from './closed-index.js';
import { Core, memberGroups } from './core.js';
import { DocumentFrequencies } from './df.js';
import { DuplicateIndex, type DuplicateHit } from './duplicates.js';
import { InvertedIndex } from './inverted-index.js';
import { mergeCandidates } from './merge.js';
import { normaliseClusterOptions, type ClusterOptions, type NormalisedClusterOptions } from './options.js';
import {
  articleToStory,
  clearProbes,
  decay,
  loadArticle,
  makeProbes,
  pairWeights,
  SIGNALS,
  titlesMeet,
  wordsMeet,
  type Probes,
  type SignalName,
} from './scoring.js';
import { Story, storyIdFor } from './story.js';
import { TermIds } from './term-ids.js';
import { Fifo } from './fifo.js';
import { parseTime, StreamClock, type PlacedTime } from './time.js';
import type { Assignment, StoryInfo, StoryMerge, StorySplit, StreamArticle } from './types.js';
import { MAX_SIMILARITY, topTerms } from './vectors.js';
import { reachGap, withinReach } from './reach.js';

/** Query terms per signal, as a share of `queryTerms` (entities and numbers are few and telling). */
const QUERY_SHARE: Readonly<Record<SignalName, number>> = {
  title: 0.5,
  body: 1,
  entities: 0.75,
  numbers: 0.5,
};

/** The assignment with the article's time and how it was found. */
function withTime(assignment: Assignment, placed: PlacedTime): Assignment {
  const time = placed.time === undefined ? {} : { time: new Date(placed.time).toISOString() };
  return { ...assignment, ...time, timeSource: placed.source };
}

/** The time a replayed assignment reports (undefined for one stored before assignments carried it). */
function replayedTime(assignment: Assignment): PlacedTime | undefined {
  if (assignment.timeSource === undefined) return undefined;
  return { time: parseTime(assignment.time), source: assignment.timeSource };
}

/** Where an article is held: its story, and which arrival it was (an id may come twice). */
interface Held {
  story: string;
  readonly n: number;
}

/** One article on its way in: what `add` and `replay` both need. */
interface Step {
  readonly article: StreamArticle;
  /** Its time (see `placeArticle`); undefined before any dated article. */
  readonly time: number | undefined;
  readonly placed: PlacedTime;
  readonly terms: ArticleTerms;
  readonly keys: readonly [string, string];
  readonly headline: string;
  signals?: Signals;
  /** The closed story this article reopened (see `#reopen`), if any. */
  reopened?: Story;
}

/** A candidate story of an article and its score (time decay included). */
interface Scored {
  readonly story: Story;
  readonly score: number;
}

/** The story an article joins, if any, and its score. */
interface Closest {
  readonly best?: Story;
  readonly score: number;
}

const NONE: Closest = { score: -1 };

/** The key of a pair of stories, the same either way round. */
function apartKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Higher score first, then the older story. */
function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || a.story.seq - b.story.seq;
}

/**
 * Candidate stories tried in turn (best centroid score first) when the best one's core does not admit the article
 * (see core.ts): a story that chained is passed over for the next one above the threshold.
 */
const ADMISSION_TRIES = 3;

/**
 * A closed story keeps only its heaviest terms (closed-index.ts), so a late article looks records up with more of
 * its own terms than it looks open stories up with (× this): an article that shares the story's lesser terms only
 * still finds it, as it would have found the open story.
 */
const CLOSED_QUERY = 4;

/** The online single-pass clusterer (see docs/clustering.md). */
export class OnlineClusterer implements PreparingClusterer {
  readonly #options: NormalisedClusterOptions;
  readonly #df: DocumentFrequencies;
  readonly #open = new Map<string, Story>();
  /** With `keepClosed`: the closed stories as they were when they closed, by id. */
  readonly #closed = new Map<string, { seq: number; info: StoryInfo }>();
  /** Records of closed stories, for late articles (bounded: see closed-index.ts). */
  readonly #closedIndex: ClosedIndex;
  readonly #index = new InvertedIndex();
  /** Ids of the terms the open stories' centroids hold, and the dense probes scoring works through. */
  readonly #ids = new TermIds();
  readonly #probes: Probes = makeProbes(this.#ids);
  /** A second set of probes, for the cores' members in the merge check (while `#probes` holds a story). */
  readonly #scratch: Probes = makeProbes(this.#ids);
  readonly #duplicates = new DuplicateIndex();
  /**
   * Article (original or duplicate) → its open story and its place in `#held`. Only articles of open stories that
   * came within the window are held: older ones are forgotten (no duplicate is found of them any more), so memory
   * stays bounded even for a story that never goes quiet.
   */
  readonly #storyOf = new Map<string, Held>();
  /** Articles in order of arrival with their time, oldest first. */
  readonly #held = new Fifo<{ readonly id: string; readonly time: number; readonly n: number }>();
  /** Stories that gained articles since the last merge check. */
  readonly #touched = new Set<string>();
  readonly #usedIds = new Set<string>();
  /** Pairs of stories a split set apart (see `#apartKey`): the merge check does not join them again. */
  readonly #apart = new Set<string>();
  readonly #clock = new StreamClock();
  #nextSweep = -Infinity;
  #seq = 0;
  #count = 0;

  constructor(options: NormalisedClusterOptions) {
    this.#options = options;
    this.#df = new DocumentFrequencies(options.maxVocabulary);
    this.#closedIndex = new ClosedIndex(options);
  }

  prepare(article: StreamArticle): PreparedArticle {
    return prepareArticle(article, this.#options);
  }

  add(article: StreamArticle, prepared?: PreparedArticle): Assignment {
    const step = this.#begin(article, undefined, prepared);
    const decided = withTime(this.#decide(step), step.placed);
    const assignment =
      step.reopened?.id === decided.story ? { ...decided, reopened: true as const } : decided;
    this.#apply(step, assignment);
    this.#closeIfQuiet(step);
    const merges = this.#mergeDue() ? this.#mergeCheck() : [];
    const splits = assignment.duplicateOf === undefined ? this.#splitCheck(article.id) : [];
    const events = splits.length === 0 ? {} : { splits };
    return merges.length === 0 ? { ...assignment, ...events } : { ...assignment, merges, ...events };
  }

  replay(article: StreamArticle, assignment: Assignment, prepared?: PreparedArticle): void {
    const step = this.#begin(article, replayedTime(assignment), prepared);
    this.#apply(step, assignment);
    this.#closeIfQuiet(step);
    if (this.#mergeDue()) this.#touched.clear();
    for (const merge of assignment.merges) this.#merge(merge.from, merge.into);
    const splits = assignment.splits ?? [];
    const from = splits[0]?.from;
    const story = from === undefined ? undefined : this.#open.get(from);
    if (story?.splittable) this.#split(story, splits);
  }

  stories(): readonly StoryInfo[] {
    const all = [...this.#closed.values()];
    for (const story of this.#open.values()) all.push({ seq: story.seq, info: story.info(true) });
    all.sort((a, b) => a.seq - b.seq);
    return all.map((entry) => entry.info);
  }

  /** Open stories, articles held and distinct terms known: for tests and the benchmark. */
  stats(): {
    open: number;
    closed: number;
    closedIndex: number;
    closedPostings: number;
    articles: number;
    vocabulary: number;
    postings: number;
    termIds: number;
  } {
    return {
      termIds: this.#ids.size,
      open: this.#open.size,
      closed: this.#closed.size,
      closedIndex: this.#closedIndex.size,
      closedPostings: this.#closedIndex.postings,
      articles: this.#storyOf.size,
      vocabulary: this.#df.size,
      postings: this.#index.size,
    };
  }

  /**
   * An article on its way in: its terms (from `prepared` when given), and its time (the one given when replaying,
   * else placed now).
   */
  #begin(article: StreamArticle, replayed?: PlacedTime, prepared?: PreparedArticle): Step {
    const { terms, keys, headline } = prepared ?? prepareArticle(article, this.#options);
    const placed = replayed
      ? this.#clock.advance(replayed)
      : this.#clock.place({ published: article.published, text: article.text }, terms.language);
    this.#count++;
    this.#sweep();
    return { article, time: placed.time, placed, terms, keys, headline };
  }

  #signals(step: Step): Signals {
    step.signals ??= signalsOf(step.terms, this.#df);
    return step.signals;
  }

  #decide(step: Step): Assignment {
    const { article } = step;
    const duplicate = this.#duplicateOf(article, step.keys);
    if (duplicate) {
      const story = this.#storyOf.get(duplicate.article)?.story ?? storyIdFor(duplicate.article);
      return { article: article.id, story, score: 1, isNew: false, duplicateOf: duplicate, merges: [] };
    }
    const signals = this.#signals(step);
    const query = this.#query(signals, 1);
    const candidates = this.#index.candidates(query, this.#options.maxCandidates);
    const open = candidates.length === 0 ? NONE : this.#admitted(step, signals, candidates);
    const { best, score } = this.#orClosed(step, signals, open);
    if (best && score >= this.#options.threshold) {
      return { article: article.id, story: best.id, score, isNew: false, merges: [] };
    }
    return { article: article.id, story: this.#newId(article.id), score: 0, isNew: true, merges: [] };
  }

  /**
   * The open story the article joins: the best candidate (centroid score, time decay included) whose core admits it
   * (see core.ts), among the best {@link ADMISSION_TRIES}. The best one is found with the pruning a single best
   * allows; only when its core refuses the article are the next ones scored, and a candidate scored already is not
   * scored again (the same decision as trying the best few in order, at the cost of one). The article stays loaded
   * in the probes for the scores and the cores alike.
   */
  #admitted(step: Step, signals: Signals, candidates: readonly string[]): Closest {
    const probes = loadArticle(this.#probes, signals);
    // A story of one article: its centroid is that article, so a score at the threshold is a link when the
    // threshold is at least the link level (decay only lowers the score): nothing to compute.
    const alone = this.#options.threshold >= this.#options.core.link;
    const admits = ({ story, score }: Scored): boolean =>
      story.cohesive(score, this.#options.core.cohesion, this.#options.mergeThreshold) &&
      ((alone && story.core.size === 1) || story.core.admits(probes, this.#options.weights, signals));
    const scored = new Map<Story, number>();
    const first = this.#closest(step, probes, candidates, 1, scored);
    const admitted =
      first[0] === undefined || admits(first[0])
        ? first[0]
        : this.#closest(step, probes, candidates, ADMISSION_TRIES, scored).slice(1).find(admits);
    clearProbes(probes);
    return admitted ? { best: admitted.story, score: admitted.score } : NONE;
  }

  /**
   * The candidate stories scoring highest with the article (loaded in `probes`) and at least the threshold, time
   * decay included: at most `limit`, best first (ties to the older story), found in one pass. Scores are kept in
   * `scored` and taken from there when known.
   */
  #closest(
    step: Step,
    probes: Probes,
    candidates: readonly string[],
    limit: number,
    scored: Map<Story, number>,
  ): Scored[] {
    const top: Scored[] = [];
    for (const id of candidates) {
      const story = this.#open.get(id);
      if (!story || !this.#inReach(story, step.time)) continue;
      const fade = decay(reachGap(step.time, story.first, story.last), this.#options.halfLifeMs);
      const floor = top.length < limit ? -1 : (top[top.length - 1]?.score ?? -1);
      if (fade * MAX_SIMILARITY < Math.max(floor, this.#options.threshold)) continue;
      let score = scored.get(story);
      if (score === undefined) {
        const weights = pairWeights(
          this.#options.weights,
          wordsMeet(step.signals?.script, story.scripts),
          titlesMeet(step.signals?.language, story.languages),
        );
        score = articleToStory(probes, story.centroids, weights) * fade;
        scored.set(story, score);
      }
      if (score < this.#options.threshold) continue;
      top.push({ story, score });
      top.sort(byScore);
      if (top.length > limit) top.pop();
    }
    return top;
  }

  /** The article's heaviest terms per signal to look candidates up with (`scale` × the query sizes). */
  #query(signals: Signals, scale: number): Record<SignalName, string[]> {
    const query = {} as Record<SignalName, string[]>;
    for (const signal of SIGNALS) {
      query[signal] = topTerms(
        signals[signal],
        Math.ceil(this.#options.queryTerms * QUERY_SHARE[signal] * scale),
      );
    }
    return query;
  }

  /**
   * A late article: the closed story of its time that scores higher than the best open one (and reaches the
   * threshold) is reopened and becomes the best; otherwise the open result stands.
   */
  #orClosed(step: Step, signals: Signals, open: Closest): Closest {
    const floor = Math.max(open.score, this.#options.threshold);
    const hit = this.#closedIndex.closest(
      step.time,
      signals,
      () => this.#query(signals, CLOSED_QUERY),
      floor,
    );
    if (!hit || (hit.score === open.score && open.best !== undefined && open.best.seq < hit.record.seq))
      return open;
    step.reopened = this.#reopen(this.#closedIndex.take(hit.record.id) ?? hit.record);
    return { best: step.reopened, score: hit.score };
  }

  /** A story within reach of an article at `time` (see reach.ts); by the stream's clock when the time is unknown. */
  #inReach(story: Story, time: number | undefined): boolean {
    if (time === undefined) return !this.#stale(story);
    return withinReach(time, story.first, story.last, this.#options.windowMs);
  }

  /** Puts a closed story back among the open ones from its record (and its kept members, with `keepClosed`). */
  #reopen(record: ClosedRecord): Story {
    const story = new Story(
      record.id,
      record.seq,
      this.#options.centroidTerms,
      this.#ids,
      new Core(this.#options.core, this.#ids),
    );
    const kept = this.#closed.get(record.id);
    if (kept) {
      this.#closed.delete(record.id);
      story.articles.push(...kept.info.articles);
      story.duplicates.push(...(kept.info.duplicates ?? []));
    }
    story.restore(record);
    const changes = {} as Record<SignalName, TermChange>;
    for (const signal of SIGNALS)
      changes[signal] = story.centroids[signal].add(keptVector(record.centroids[signal]));
    this.#open.set(story.id, story);
    this.#reindex(story.id, changes);
    return story;
  }

  #duplicateOf(article: StreamArticle, keys: readonly [string, string]): DuplicateHit | undefined {
    const hit = this.#duplicates.find(article, keys);
    return hit && this.#storyOf.has(hit.article) ? hit : undefined;
  }

  #newId(articleId: string): string {
    const base = storyIdFor(articleId);
    let id = base;
    for (let n = 2; this.#usedIds.has(id); n++) id = `${base}~${String(n)}`;
    return id;
  }

  #apply(step: Step, assignment: Assignment): void {
    const { article, time, terms } = step;
    let story = this.#open.get(assignment.story);
    if (!story) {
      // a replayed assignment to a closed story: reopened as `add` reopened it (a new one if its record is gone)
      const record = this.#closedIndex.take(assignment.story);
      if (record) story = step.reopened = this.#reopen(record);
    }
    if (!story) {
      story = new Story(
        assignment.story,
        this.#seq++,
        this.#options.centroidTerms,
        this.#ids,
        new Core(this.#options.core, this.#ids),
      );
      this.#open.set(story.id, story);
      this.#usedIds.add(story.id);
    }
    this.#hold(article.id, story.id, time);
    if (assignment.duplicateOf && story.articles.length > 0) {
      story.addDuplicate(article.id, time, terms.language, assignment.duplicateOf.article);
      return;
    }
    const signals = this.#signals(step);
    this.#df.add(documentTerms(terms));
    const changes = story.addArticle(article.id, signals, {
      time,
      language: terms.language,
      headline: step.headline,
      score: assignment.score,
    });
    this.#reindex(story.id, changes);
    this.#duplicates.add(article, step.keys);
    this.#touched.add(story.id);
  }

  /** A reopened story that is still quiet by the stream's clock closes again at once (its record updated). */
  #closeIfQuiet(step: Step): void {
    const story = step.reopened;
    if (story && this.#open.get(story.id) === story && this.#stale(story)) this.#close(story);
  }

  #stale(story: Story): boolean {
    return Number.isFinite(story.last) && this.#clock.now - story.last > this.#options.windowMs;
  }

  /** Closes the stories quiet for longer than the window (checked every 1/16 of the window of stream time). */
  #sweep(): void {
    if (!Number.isFinite(this.#clock.now) || this.#clock.now < this.#nextSweep) return;
    this.#nextSweep = this.#clock.now + this.#options.windowMs / 16;
    for (const story of [...this.#open.values()]) if (this.#stale(story)) this.#close(story);
    this.#closedIndex.forgetBefore(this.#clock.now - this.#options.lateMs);
    this.#forgetOld();
  }

  #hold(id: string, story: string, time: number | undefined): void {
    const n = this.#count;
    this.#storyOf.set(id, { story, n });
    if (time !== undefined) this.#held.push({ id, time, n });
  }

  /** Forgets the articles that came longer than the window ago (those of closed stories are gone already). */
  #forgetOld(): void {
    for (let entry = this.#held.peek(); entry && this.#clock.now - entry.time > this.#options.windowMs;) {
      this.#held.shift();
      if (this.#storyOf.get(entry.id)?.n === entry.n) {
        this.#storyOf.delete(entry.id);
        this.#duplicates.remove(entry.id);
      }
      entry = this.#held.peek();
    }
  }

  #close(story: Story): void {
    if (this.#options.keepClosed) this.#closed.set(story.id, { seq: story.seq, info: story.info(false) });
    if (Number.isFinite(story.last) && this.#clock.now - story.last <= this.#options.lateMs)
      this.#closedIndex.add(closedRecord(story, this.#options.centroidTerms));
    this.#unindex(story);
    story.release();
    for (const id of [...story.articles, ...story.duplicates]) {
      if (this.#storyOf.get(id)?.story !== story.id) continue;
      this.#duplicates.remove(id);
      this.#storyOf.delete(id);
    }
    this.#open.delete(story.id);
    this.#touched.delete(story.id);
  }

  /** Keeps the index equal to the story's centroid terms after a change to them. */
  #reindex(story: string, changes: Readonly<Record<SignalName, TermChange>>): void {
    for (const signal of SIGNALS) {
      this.#index.add(signal, changes[signal].added, story);
      this.#index.remove(signal, changes[signal].dropped, story);
    }
  }

  #unindex(story: Story): void {
    for (const signal of SIGNALS) this.#index.remove(signal, story.centroids[signal].terms(), story.id);
  }

  /**
   * The split check of the story an article ended in (see docs/clustering.md, "Splits"): while every article of the
   * story is a member of its core, its member graph (members linked at the join threshold) is looked at; when it
   * falls into groups (see `memberGroups`), the largest group keeps the story (ties: the group of the earliest
   * member) and each other group becomes a story of its own, named after its group's first article.
   */
  #splitCheck(article: string): StorySplit[] {
    const id = this.#storyOf.get(article)?.story;
    const story = id === undefined ? undefined : this.#open.get(id);
    if (!story?.splittable) return [];
    const { parts, across } = memberGroups(
      story.core,
      this.#options.weights,
      this.#options.core.splitLink,
      this.#scratch,
    );
    if (parts.length < 2) return [];
    const members = story.core.members;
    // the largest group (as found, before the members placed with it) keeps the story; ties: the earliest
    const largest = parts.reduce(
      (best, part, k) => (part.group.length > (parts[best]?.group.length ?? 0) ? k : best),
      0,
    );
    const splits = parts
      .filter((_, k) => k !== largest)
      .map((part): StorySplit => {
        // a new story is named after the first article of its group
        const into = this.#newId(members[part.group[0] ?? -1]?.id ?? story.id);
        this.#usedIds.add(into);
        const articles = part.members.map((i) => members[i]?.id ?? '');
        return { from: story.id, into, score: across, articles, duplicates: [] };
      });
    return this.#split(story, splits);
  }

  /**
   * Splits `story` as `splits` say (the articles each new story takes; its duplicates go with their originals) and
   * returns them with the duplicates that went. The parts are indexed anew and the articles held under their new
   * stories; the new stories are not joined to `story` again by the merge check.
   */
  #split(story: Story, splits: readonly StorySplit[]): StorySplit[] {
    const core = (): Core => new Core(this.#options.core, this.#ids);
    const kept = new Story(story.id, story.seq, this.#options.centroidTerms, this.#ids, core());
    const parts = splits.map((split) => {
      this.#usedIds.add(split.into);
      const part = new Story(split.into, this.#seq++, this.#options.centroidTerms, this.#ids, core());
      return { story: part, articles: new Set(split.articles) };
    });
    this.#unindex(story);
    story.splitInto(kept, parts);
    this.#open.set(kept.id, kept);
    for (const part of [kept, ...parts.map((p) => p.story)]) {
      this.#open.set(part.id, part);
      for (const signal of SIGNALS) this.#index.add(signal, part.centroids[signal].terms(), part.id);
      for (const id of [...part.articles, ...part.duplicates]) {
        const held = this.#storyOf.get(id);
        if (held) held.story = part.id;
      }
      if (part !== kept) this.#apart.add(apartKey(kept.id, part.id));
    }
    return parts.map(({ story: part }, k) => ({
      ...(splits[k] as StorySplit),
      articles: [...part.articles],
      duplicates: [...part.duplicates],
    }));
  }

  #mergeDue(): boolean {
    return this.#options.mergeEvery > 0 && this.#count % this.#options.mergeEvery === 0;
  }

  #mergeCheck(): StoryMerge[] {
    const merges: StoryMerge[] = [];
    const touched = [...this.#touched];
    this.#touched.clear();
    for (const id of touched) {
      const story = this.#open.get(id);
      if (!story) continue;
      const found = mergeCandidates(
        story,
        this.#index,
        this.#open,
        this.#options,
        this.#probes,
        this.#scratch,
      );
      if (!found || this.#apart.has(apartKey(story.id, found.other.id))) continue;
      const [older, younger] = story.seq < found.other.seq ? [story, found.other] : [found.other, story];
      const merge = { from: younger.id, into: older.id, score: found.score };
      this.#merge(merge.from, merge.into);
      merges.push(merge);
    }
    return merges;
  }

  #merge(fromId: string, intoId: string): void {
    const from = this.#open.get(fromId);
    const into = this.#open.get(intoId);
    if (!from || !into || from === into) return;
    this.#unindex(from);
    this.#reindex(into.id, into.absorb(from));
    from.release();
    for (const id of [...from.articles, ...from.duplicates]) {
      const held = this.#storyOf.get(id);
      if (held) held.story = into.id;
    }
    this.#open.delete(from.id);
    this.#touched.delete(from.id);
  }
}

/** A clusterer that takes one article at a time and returns the story it joined. */
export function createClusterer(options: ClusterOptions = {}): OnlineClusterer {
  return new OnlineClusterer(normaliseClusterOptions(options));
}
