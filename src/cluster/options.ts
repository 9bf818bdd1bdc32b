/** Clusterer options as a user gives them, and the normalised form the clusterer works with. */
import { normaliseLanguageTag } from '../lang/index.js';
import type { LeadWeight } from './terms.js';

const HOUR = 3_600_000;

/** Options as a user (or the CLI) gives them; every field is optional. */
export interface ClusterOptions {
  /** Lowest similarity (0–1) at which an article joins an existing story (default 0.15). */
  readonly threshold?: number;
  /** Stories quiet for longer than this many hours are closed and dropped from memory (default 72). */
  readonly windowHours?: number;
  /** Half-life in hours of the time decay applied to a story's similarity (default 72, one window). */
  readonly halfLifeHours?: number;
  /** Run the merge check after every this many articles (default 50; 0 turns it off). */
  readonly mergeEvery?: number;
  /** Lowest story-to-story similarity at which two stories are merged (default 0.25). */
  readonly mergeThreshold?: number;
  /** Weights of the signals (title, body, entities, numbers); missing ones keep their default. */
  readonly weights?: Partial<SignalWeights>;
  /** Characters of an article's body that are used (default 4000: the lead carries the event). */
  readonly bodyChars?: number;
  /** Keep the list of closed stories for {@link Clusterer.stories} (default true; false for endless streams). */
  readonly keepClosed?: boolean;
  /** Treat every article as this language (ISO 639-1) instead of its own or the detected one. */
  readonly language?: string;
  /**
   * How late an article may come and still find the closed stories of its own time (default 720 hours, 30 days):
   * a closed story's record stays in the closed-story index until the stream's clock is this far past its last
   * article (see src/cluster/closed-index.ts).
   */
  readonly lateHours?: number;
  /** At most this many closed stories in the closed-story index (default 10 000; the longest closed go first). */
  readonly closedStories?: number;
}

/** How a story's core decides (see core.ts; the normalised options' `core`). */
export interface CoreRule {
  /** Members kept per story (the first article and the most central others). */
  readonly size: number;
  /** Lowest article-to-article similarity at which two articles are linked. */
  readonly link: number;
  /** Share of the core an article must be linked to, to join (at least one member). */
  readonly share: number;
  /**
   * The link level of the member graph a split looks at (see core.ts `memberGroups`): groups of members not
   * linked at this level are separate events.
   */
  readonly splitLink: number;
  /**
   * Share of the mean score at which a story's articles joined it that a new article must reach to join (see
   * story.ts `cohesive`): a story whose reports came in close together does not take one that only clears the
   * threshold.
   */
  readonly cohesion: number;
}

/** Weights of the signals in the similarity (they are renormalised over the signals an article has). */
export interface SignalWeights {
  readonly title: number;
  readonly body: number;
  readonly entities: number;
  readonly numbers: number;
}

/** What the clusterer works with: every option decided. Times in milliseconds. */
export interface NormalisedClusterOptions {
  readonly threshold: number;
  readonly windowMs: number;
  readonly halfLifeMs: number;
  readonly mergeEvery: number;
  readonly mergeThreshold: number;
  readonly keepClosed: boolean;
  readonly language: string | undefined;
  /** How long after its last article a closed story stays findable by a late article. */
  readonly lateMs: number;
  /** Most closed stories held in the closed-story index. */
  readonly maxClosedStories: number;
  readonly weights: SignalWeights;
  /** Characters of the body used (the lead carries the event; bounds the time per article). */
  readonly bodyChars: number;
  /** How much more the body's first characters count (see {@link LeadWeight}). */
  readonly lead: LeadWeight;
  /** Terms kept per signal in a story's centroid. */
  readonly centroidTerms: number;
  /** Terms of an article (per signal, by weight) looked up in the inverted index. */
  readonly queryTerms: number;
  /** Candidate stories scored in full (those sharing the most query terms). */
  readonly maxCandidates: number;
  /** Distinct terms the online document frequencies keep before the rarest are pruned. */
  readonly maxVocabulary: number;
  /** What a story's core holds and how close a new article must be to it (see core.ts). */
  readonly core: CoreRule;
}

/**
 * Defaults, tuned on the dev sets (`lagebild eval cluster`): half-life 48 → 72 h and merge 0.3 → 0.25 moved pooled
 * Multi-News BCubed F1 0.884 → 0.887 and MMDS2025 0.808 → 0.812 together; a lower join threshold helps Multi-News
 * and costs MMDS more (0.13: 0.890 / 0.788), so it stays.
 */
export const DEFAULT_CLUSTER_OPTIONS = {
  threshold: 0.15,
  windowHours: 72,
  halfLifeHours: 72,
  mergeEvery: 50,
  mergeThreshold: 0.25,
  lateHours: 720,
  closedStories: 10_000,
} as const;

/**
 * Body terms in the first couple of hundred characters count up to twice (the lead states the event). Measured on the
 * dev sets: boost 0.5 over 300 characters moved SemEval de-de Pearson 0.528 → 0.546; boost 1 over 200 characters
 * then 0.693 → 0.697 (en-en 0.764 → 0.768, all pairs 0.618 → 0.622) and MMDS2025 BCubed F1 0.825 → 0.828,
 * Multi-News unchanged (0.887); a stronger or longer lead cost Multi-News (boost 1.5: 0.884).
 */
export const LEAD: LeadWeight = { boost: 1, chars: 200 };

/**
 * The core rule (docs/clustering.md, "No chaining"): a story keeps up to 6 members; an article joins only when it
 * is linked (article-to-article similarity ≥ `link`) to at least `share` of them. A story splits when its members
 * fall into groups not linked at `splitLink`, the admission's own link level: at the join threshold (0.15) instead,
 * sibling reports of one story that share little split apart (Multi-News dev B3 F1 0.956 → 0.948, MMDS2025 dev
 * 0.857 → 0.852). An article must also score at least `cohesion` of the mean score at which the story's articles
 * joined (capped at the merge threshold; docs/clustering.md, "Cohesion"): 0.4 took MMDS2025 dev B3 F1 0.857 → 0.876
 * (swept without the cap: 0.3: 0.861, 0.35: 0.864, 0.45: 0.880, 0.5: 0.874 with Multi-News dev 0.956 → 0.951),
 * Multi-News unchanged.
 */
export const DEFAULT_CORE: CoreRule = { size: 6, link: 0.1, share: 0.5, splitLink: 0.1, cohesion: 0.4 };

export const DEFAULT_WEIGHTS: SignalWeights = { title: 0.25, body: 0.45, entities: 0.2, numbers: 0.1 };

function check(name: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(
      `${name} must be a number from ${String(min)} to ${String(max)}, not ${String(value)}`,
    );
  }
  return value;
}

/** The forced language as a code (`de-AT` → `de`); `undefined` (detect) when absent, empty or `auto`. */
function forcedLanguage(tag: string | undefined): string | undefined {
  if (tag === undefined || tag.trim() === '' || tag.trim() === 'auto') return undefined;
  const code = normaliseLanguageTag(tag);
  if (code === undefined)
    throw new RangeError(`language must be a language tag such as "de", "en" or "de-AT", got "${tag}"`);
  return code;
}

/** Fills in defaults and checks values; throws a `RangeError` with a user-facing message on a bad value. */
export function normaliseClusterOptions(options: ClusterOptions = {}): NormalisedClusterOptions {
  const d = DEFAULT_CLUSTER_OPTIONS;
  const mergeEvery = check('mergeEvery', options.mergeEvery ?? d.mergeEvery, 0, 1e9);
  if (!Number.isInteger(mergeEvery))
    throw new RangeError(`mergeEvery must be a whole number, not ${String(mergeEvery)}`);
  const closedStories = check('closedStories', options.closedStories ?? d.closedStories, 0, 1e9);
  if (!Number.isInteger(closedStories))
    throw new RangeError(`closedStories must be a whole number, not ${String(closedStories)}`);
  return {
    threshold: check('threshold', options.threshold ?? d.threshold, 0, 1),
    windowMs: check('windowHours', options.windowHours ?? d.windowHours, 1 / 60, 1e6) * HOUR,
    halfLifeMs: check('halfLifeHours', options.halfLifeHours ?? d.halfLifeHours, 1 / 60, 1e6) * HOUR,
    mergeEvery,
    mergeThreshold: check('mergeThreshold', options.mergeThreshold ?? d.mergeThreshold, 0, 1),
    keepClosed: options.keepClosed ?? true,
    language: forcedLanguage(options.language),
    lateMs: check('lateHours', options.lateHours ?? d.lateHours, 0, 1e6) * HOUR,
    maxClosedStories: closedStories,
    weights: { ...DEFAULT_WEIGHTS, ...options.weights },
    bodyChars: check('bodyChars', options.bodyChars ?? 4000, 100, 1e9),
    lead: LEAD,
    centroidTerms: 150,
    queryTerms: 12,
    maxCandidates: 40,
    maxVocabulary: 200_000,
    core: DEFAULT_CORE,
  };
}
