/**
 * The pure core of `lagebild cluster` on an endless stream (issue 5): records or documents go in one at a time, as
 * they come (out of time order too: the clusterer takes them as they come), and each call returns what happened —
 * the article's output line, merges the periodic merge check made, a per-record error, stories that closed. No
 * I/O here: the shell (src/cli/cluster-stream.ts) reads lines and writes the events.
 *
 * Memory stays bounded however long the stream runs: lines repeating across articles are learnt over a rolling
 * window of recent articles ({@link RollingRepeats}), article ids are kept unique over a rolling window of recent
 * ids, and the source documents kept for briefs belong to open stories only, at most
 * {@link DEFAULT_BRIEF_DOCUMENTS} per story: its first article and the latest ones ({@link StoryTracker}).
 */
import {
  cleanDocumentLines,
  normaliseCleanOptions,
  toLines,
  type Line,
  type NormalisedCleanOptions,
} from '../clean/index.js';
import type { InputError, SourceDocument } from '../core/types.js';
import { readRecord } from '../ingest/json.js';
import {
  createClusterer,
  hasContent,
  normaliseClusterOptions,
  parseTime,
  StreamClock,
  streamArticleOf,
  type Assignment,
  type ClusterOptions,
  type OnlineClusterer,
  type StoryInfo,
  type StoryMerge,
  type StorySplit,
  type StreamArticle,
} from '../cluster/index.js';
import { RecentIds, RollingRepeats } from './stream-window.js';
import { StoryTracker, type ClosedStory } from './stream-tracker.js';
import { defaultBudget, tooSlowReason, type Budget } from '../core/budget.js';
import { StreamStorylines, type StorylineTag } from './stream-storylines.js';
import {
  DEFAULT_STORYLINE_OPTIONS,
  normaliseStorylineOptions,
  type NormalisedStorylineOptions,
  type StorylineOptions,
} from '../cluster/storylines.js';

export type { ClosedStory } from './stream-tracker.js';

/** Stream options as a user (or the CLI) gives them; every field is optional. */
export interface StreamRunOptions extends ClusterOptions {
  /** Remove short lines repeating across recent articles when cleaning (default true). */
  readonly crossDocument?: boolean;
  /** How many recent articles the repeated-line signal looks back over (default 200). */
  readonly repeatWindow?: number;
  /** Keep the source documents of open stories, for briefs (default false). */
  readonly keepDocuments?: boolean;
  /**
   * With `keepDocuments`: at most this many per story (default 50, at least 2) — a story may never go quiet. The
   * story's first article is kept, the rest are its latest ones.
   */
  readonly briefDocuments?: number;
  /** Keep closed stories and every merge, for the story list at the end (default false: memory stays flat). */
  readonly keepStories?: boolean;
  /** How many recent article ids are kept to make a repeated id unique (default 100 000). */
  readonly idWindow?: number;
  /**
   * The time budget of each record's reading, splitting and cleaning (src/core/budget.ts; default 60 s): a record
   * over it is refused alone as `too slow to read`, before it is clustered.
   */
  readonly budget?: Budget;
  /** How stories are linked into storylines (the gap bridged starts at the clustering window, as in batch mode). */
  readonly storylines?: StorylineOptions;
}

/** What the stream works with: every option decided. */
export interface NormalisedStreamRunOptions {
  readonly cluster: ClusterOptions;
  readonly windowMs: number;
  readonly clean: NormalisedCleanOptions;
  readonly repeatWindow: number;
  /** Documents kept per open story for its brief (0 when briefs are not wanted). */
  readonly briefDocuments: number;
  readonly keepStories: boolean;
  readonly idWindow: number;
  readonly budget: Budget;
  readonly storylines: NormalisedStorylineOptions;
}

export const DEFAULT_REPEAT_WINDOW = 200;
export const DEFAULT_ID_WINDOW = 100_000;
export const DEFAULT_BRIEF_DOCUMENTS = 50;

function count(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min)
    throw new RangeError(`${name} must be a whole number of at least ${String(min)}, not ${String(value)}`);
  return value;
}

/** Fills in defaults and checks values; throws a `RangeError` with a user-facing message on a bad value. */
export function normaliseStreamRunOptions(options: StreamRunOptions = {}): NormalisedStreamRunOptions {
  const {
    crossDocument,
    repeatWindow,
    keepDocuments,
    briefDocuments,
    idWindow,
    keepStories = false,
    budget = defaultBudget(),
    storylines,
    ...cluster
  } = options;
  const clusterOptions: ClusterOptions = { ...cluster, keepClosed: keepStories };
  const windowMs = normaliseClusterOptions(clusterOptions).windowMs;
  // as in batch mode: the gap a storyline bridges starts where the clustering window ends
  const windowHours = windowMs / 3_600_000;
  return {
    cluster: clusterOptions,
    windowMs,
    storylines: normaliseStorylineOptions({
      minGapHours: windowHours,
      horizonDays: Math.max(DEFAULT_STORYLINE_OPTIONS.horizonDays, (2 * windowHours) / 24),
      ...storylines,
    }),
    clean: normaliseCleanOptions({ crossDocument: crossDocument ?? true }),
    repeatWindow: count('repeatWindow', repeatWindow ?? DEFAULT_REPEAT_WINDOW, 1),
    briefDocuments:
      keepDocuments === true ? count('briefDocuments', briefDocuments ?? DEFAULT_BRIEF_DOCUMENTS, 2) : 0,
    keepStories,
    idWindow: count('idWindow', idWindow ?? DEFAULT_ID_WINDOW, 1),
    budget,
  };
}

/** One output line of the stream: the story the article joined when it came (not rewritten by later merges). */
export interface StreamLine {
  readonly article: string;
  readonly story: string;
  readonly score: number;
  readonly duplicateOf?: Assignment['duplicateOf'];
  /** The article's time as the clusterer placed it, and how it was found (see `Assignment`). */
  readonly time?: string;
  readonly timeSource?: Assignment['timeSource'];
  /** The article came late and reopened a story that had closed (see `Assignment.reopened`). */
  readonly reopened?: true;
  /** The storyline of the story the article joined (decided when that story began: see stream-storylines.ts). */
  readonly storyline: string;
  /** On a story's first article: the earlier story it continues, when it continues one. */
  readonly continues?: StorylineTag['continues'];
}

export type StreamEvent =
  /** `article`: what the clusterer was given (the cleaned text, title, date, …). */
  | { readonly kind: 'assignment'; readonly line: StreamLine; readonly article: StreamArticle }
  | { readonly kind: 'merge'; readonly merge: StoryMerge }
  /** A story whose members fell apart: the articles listed left it for a new story (see `StorySplit`). */
  | { readonly kind: 'split'; readonly split: StorySplit }
  | { readonly kind: 'error'; readonly error: InputError }
  | { readonly kind: 'closed'; readonly story: ClosedStory };

/** How a record is named: `file` for errors and documents (`-#3`), `idBase` for an id of its own (`stdin#3`). */
export interface RecordName {
  readonly file: string;
  readonly idBase: string;
}

export interface StreamSummary {
  readonly articles: number;
  readonly stories: number;
  /** Stories that ended with two or more articles (duplicates not counted). */
  readonly multi: number;
  readonly merges: number;
  readonly splits: number;
  readonly errors: number;
}

/** What the stream holds right now: for tests of the memory bound and for progress lines. */
export interface StreamStats {
  readonly articles: number;
  readonly openStories: number;
  readonly heldDocuments: number;
  readonly repeatWindow: number;
  readonly recentIds: number;
  /** Assignments or merges that named a story the tracker had already closed (0 unless the contract breaks). */
  readonly late: number;
  readonly clusterer: ReturnType<OnlineClusterer['stats']>;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An endless stream of articles into stories; see the module comment. */
export class StreamClusterRun {
  readonly #options: NormalisedStreamRunOptions;
  readonly #clusterer: OnlineClusterer;
  readonly #repeats: RollingRepeats;
  readonly #ids: RecentIds;
  readonly #tracker: StoryTracker;
  readonly #storylines: StreamStorylines;
  /** With `keepStories`: every story's storyline, for the story list at the end. */
  readonly #tags = new Map<string, StorylineTag>();
  readonly #merges: StoryMerge[] = [];
  readonly #splits: StorySplit[] = [];
  /** The stream's clock, kept by the clusterer's rule: which stories have gone quiet is told by it. */
  readonly #clock = new StreamClock();
  #articles = 0;
  #newStories = 0;
  #mergeCount = 0;
  #splitCount = 0;
  #errors = 0;

  constructor(options: StreamRunOptions = {}) {
    this.#options = normaliseStreamRunOptions(options);
    this.#clusterer = createClusterer(this.#options.cluster);
    this.#repeats = new RollingRepeats(this.#options.repeatWindow);
    this.#ids = new RecentIds(this.#options.idWindow);
    this.#tracker = new StoryTracker(this.#options.windowMs, this.#options.briefDocuments);
    this.#storylines = new StreamStorylines(this.#options.storylines);
  }

  /** One JSON Lines line (blank lines give nothing). */
  addLine(line: string, name: RecordName): StreamEvent[] {
    if (line.trim() === '') return [];
    const started = this.#options.budget.now();
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      return [this.#error({ file: name.file, reason: `invalid JSON: ${errorMessage(error)}` })];
    }
    return this.addRecord(value, name, started);
  }

  /** One parsed JSON record, read as `brief` reads a JSON record (`text` or `html`, `id`, metadata). */
  addRecord(value: unknown, name: RecordName, started = this.#options.budget.now()): StreamEvent[] {
    const read = readRecord(value, 1);
    if (!read.ok) return [this.#error({ file: name.file, reason: read.problem.reason })];
    const record = read.value;
    const { text, meta, removed } = record;
    return this.addDocument(
      { file: name.file, format: 'json', text, meta, removed },
      record.id ?? name.idBase,
      started,
    );
  }

  /** One document; its id is `idBase`, made unique among recent ids with `-2`, `-3`, … as in batch mode. */
  addDocument(
    document: Omit<SourceDocument, 'id'>,
    idBase: string,
    started = this.#options.budget.now(),
  ): StreamEvent[] {
    const doc: SourceDocument = { id: this.#ids.unique(idBase), ...document };
    const { budget } = this.#options;
    // Split once: the repeated-line window and the clean stage read the same lines.
    const lines = toLines(doc.text);
    const cleaned = cleanDocumentLines(doc, lines, this.#options.clean, this.#repeated(lines));
    const article = streamArticleOf(cleaned);
    // between the stages: a record over its budget after reading and cleaning is not clustered
    if (budget.now() - started > budget.budgetMs)
      return [this.#error({ file: doc.file ?? doc.id, reason: tooSlowReason(budget.budgetMs) })];
    if (!hasContent(article)) {
      return [this.#error({ file: doc.file ?? doc.id, reason: 'no title and no text (after cleaning)' })];
    }
    const assignment = this.#clusterer.add(article);
    // the clusterer placed the article (its own date, the days its text implies, or the latest time seen)
    const time = this.#clock.advance({
      time: parseTime(assignment.time),
      source: assignment.timeSource ?? 'none',
    }).time;
    return this.#record(assignment, article, doc, time);
  }

  /** An error found outside the records (an unreadable input, a line over the size limit). */
  addError(error: InputError): StreamEvent[] {
    return [this.#error(error)];
  }

  /** End of the stream: every story still open closes. */
  end(): { events: StreamEvent[]; summary: StreamSummary } {
    const events = this.#closedEvents(this.#tracker.closeAll());
    return { events, summary: this.summary() };
  }

  summary(): StreamSummary {
    return {
      articles: this.#articles,
      stories: this.#newStories - this.#mergeCount + this.#splitCount,
      multi: this.#tracker.multi,
      merges: this.#mergeCount,
      splits: this.#splitCount,
      errors: this.#errors,
    };
  }

  /** The story list (only with `keepStories`: else closed stories are not kept and the list is of open ones). */
  stories(): {
    stories: readonly (StoryInfo & StorylineTag)[];
    merges: readonly StoryMerge[];
    splits: readonly StorySplit[];
  } {
    const stories = this.#clusterer.stories().map((story) => {
      const tag = this.#tags.get(story.id) ?? this.#storylines.tagOf(story.id) ?? { storyline: story.id };
      return { ...story, ...tag };
    });
    return { stories, merges: this.#merges, splits: this.#splits };
  }

  /** The closed stories as events; their storylines are kept as summaries for later stories. */
  #closedEvents(closed: readonly ClosedStory[]): StreamEvent[] {
    return closed.map((story): StreamEvent => {
      this.#storylines.close(story.id, this.#clock.now);
      return { kind: 'closed', story };
    });
  }

  stats(): StreamStats {
    return {
      articles: this.#articles,
      openStories: this.#tracker.open,
      heldDocuments: this.#tracker.documents,
      repeatWindow: this.#repeats.size,
      recentIds: this.#ids.size,
      late: this.#tracker.late,
      clusterer: this.#clusterer.stats(),
    };
  }

  #repeated(lines: readonly Line[]): ReadonlySet<string> {
    const keys = this.#options.clean.crossDocument ? this.#repeats.keysOf(lines) : [];
    const repeated = this.#repeats.seen(keys);
    this.#repeats.push(keys);
    return repeated;
  }

  #record(
    assignment: Assignment,
    article: StreamArticle,
    doc: SourceDocument,
    time: number | undefined,
  ): StreamEvent[] {
    this.#articles++;
    if (assignment.isNew) this.#newStories++;
    // Stories quiet for longer than the window close first (the clusterer closed them before this article), so
    // their briefs exist by the time a consumer reads this article's line, and a story beginning now can continue
    // them.
    const events = this.#closedEvents(this.#tracker.closeQuiet(this.#clock.now));
    const counted = assignment.duplicateOf === undefined ? { article, time } : undefined;
    const tag = this.#storylines.assign(assignment.story, assignment.isNew, counted);
    if (this.#options.keepStories) this.#tags.set(assignment.story, tag);
    const line: StreamLine = {
      article: assignment.article,
      story: assignment.story,
      score: assignment.score,
      ...(assignment.duplicateOf !== undefined ? { duplicateOf: assignment.duplicateOf } : {}),
      ...(assignment.time !== undefined ? { time: assignment.time } : {}),
      ...(assignment.timeSource !== undefined ? { timeSource: assignment.timeSource } : {}),
      ...(assignment.reopened ? { reopened: true as const } : {}),
      storyline: tag.storyline,
      ...(assignment.isNew && tag.continues !== undefined ? { continues: tag.continues } : {}),
    };
    events.push({ kind: 'assignment', line, article });
    this.#tracker.assign(
      assignment.story,
      assignment.isNew,
      assignment.duplicateOf ? undefined : doc,
      time,
      assignment.reopened === true,
    );
    for (const merge of assignment.merges) {
      this.#mergeCount++;
      if (this.#options.keepStories) this.#merges.push(merge);
      this.#tracker.merge(merge.from, merge.into);
      this.#storylines.merge(merge.from, merge.into);
      events.push({ kind: 'merge', merge });
    }
    for (const split of assignment.splits ?? []) {
      this.#splitCount++;
      if (this.#options.keepStories) this.#splits.push(split);
      this.#tracker.split(split);
      this.#storylines.split(split.into);
      if (this.#options.keepStories) this.#tags.set(split.into, { storyline: split.into });
      events.push({ kind: 'split', split });
    }
    return events;
  }

  #error(error: InputError): StreamEvent {
    this.#errors++;
    return { kind: 'error', error };
  }
}
