import { mapped, objects } from '../core/kept.js';
import type { AnalysedArticle, Carrier, Corroboration, LineLabel, Sentence, Span } from '../core/types.js';
import { MAX_SINGLE_CLAIMS, singleSourceClaims } from './single-claims.js';
import { SentenceSet, shownSentences } from './shown-lines.js';
import type {
  ArticleCoverage,
  ConsensusClaim,
  Coverage,
  CoverageHints,
  CorroboratedSpan,
  CoverageSpan,
} from './types.js';

/** Two places in different articles known to report the same thing (e.g. agreeing figures). */
export type EvidenceLink = readonly [Span, Span];

const NONE: readonly Carrier[] = [];

const carriersOf = (corroboration: Corroboration, article: number, sentence: number): readonly Carrier[] =>
  corroboration[article]?.[sentence] ?? NONE;

/**
 * What a sentence's carriers count towards the consensus: with `publishers`, the distinct known publishers among its
 * article and its carriers (`mark` stamps one publisher once per `at`); without, its article and carriers.
 */
function consensusCount(
  article: number,
  by: readonly Carrier[],
  at: number,
  mark: ((article: number, at: number) => number) | undefined,
): number {
  if (mark === undefined) return by.length + 1;
  let count = mark(article, at);
  for (let k = 0; k < by.length; k++) count += mark((by[k] as Carrier).article, at);
  return count;
}

/** A sentence carried widely enough, with its count, its place among all sentences and whether it is labelled. */
interface ConsensusItem {
  readonly article: number;
  readonly sentence: number;
  readonly by: readonly Carrier[];
  readonly count: number;
  readonly index: number;
  readonly labelled: number;
}

/**
 * The items in the order of sorting them counted more widely first, then with more carriers, unlabelled first, then in
 * text order (`index`). The items come in text order, so a counting sort by the first three keys (stable) gives
 * that order, with no comparison of two items.
 */
function inClaimOrder(items: readonly ConsensusItem[]): ConsensusItem[] {
  let low = Infinity;
  let high = 0;
  let most = 0;
  for (const item of items) {
    low = Math.min(low, item.count);
    high = Math.max(high, item.count);
    most = Math.max(most, item.by.length);
  }
  // The place of an item's keys among all of them: the first keys first.
  const rank = (item: ConsensusItem): number =>
    ((high - item.count) * (most + 1) + (most - item.by.length)) * 2 + item.labelled;
  const start = new Int32Array(items.length === 0 ? 1 : (high - low + 1) * (most + 1) * 2 + 1);
  for (const item of items) start[rank(item) + 1] = (start[rank(item) + 1] as number) + 1;
  for (let k = 1; k < start.length; k++) start[k] = (start[k] as number) + (start[k - 1] as number);
  // Where each place's item stands in `items`.
  const from = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const at = rank(items[i] as ConsensusItem);
    from[start[at] as number] = i;
    start[at] = (start[at] as number) + 1;
  }
  const ordered = objects<ConsensusItem>();
  for (let k = 0; k < items.length; k++) ordered.push(items[from[k] as number] as ConsensusItem);
  return ordered;
}

/**
 * The claims most sources carry, each listed once with its carriers: without `publishers`, at least half the
 * articles and at least two; with them, at least half the independent publishers the story knows and at least
 * two (an outlet's several articles and one wire text count once, an unknown outlet not at all). `counted[a][s]`,
 * when not negative, is sentence s of article a's count (see `consensusCount`) as the last brief of the story found
 * it with the same carrier list and publishers; the counts made are written there.
 */
function consensusOf(
  articles: readonly AnalysedArticle[],
  corroboration: Corroboration,
  max: number,
  hints: CoverageHints,
  counted: readonly Int32Array[],
  shown: SentenceSet,
): ConsensusClaim[] {
  const { publishers, labels } = hints;
  const labelOf = (article: number): LineLabel | undefined => labels?.[article];
  const known = publishers !== undefined ? new Set(publishers.filter((p) => p !== undefined)).size : 0;
  const need = Math.max(2, Math.ceil((publishers !== undefined ? known : articles.length) / 2));
  // Only the sentences carried widely enough, each with its place among all sentences (the last tie-break).
  const items: ConsensusItem[] = [];
  // Each article's publisher as a number (-1: unknown), so that a sentence's distinct publishers are counted with
  // a stamp per publisher (the sentence's index) before any list of them is made.
  const publisherIds = new Map<string, number>();
  const publisherOf = mapped(publishers ?? [], (p) => {
    if (p === undefined) return -1;
    let id = publisherIds.get(p);
    if (id === undefined) publisherIds.set(p, (id = publisherIds.size));
    return id;
  });
  const stamp = new Int32Array(publisherIds.size).fill(-1);
  const mark =
    publishers === undefined
      ? undefined
      : (article: number, at: number): number => {
          const p = publisherOf[article] ?? -1;
          if (p < 0 || stamp[p] === at) return 0;
          stamp[p] = at;
          return 1;
        };
  let index = 0;
  articles.forEach((a, article) => {
    const carried = corroboration[article];
    const counts = counted[article] as Int32Array;
    for (let sentence = 0; sentence < a.sentences.length; sentence++) {
      const by = carried?.[sentence] ?? NONE;
      const at = index++;
      if (by.length + 1 < need) continue;
      let count = counts[sentence] as number;
      if (count < 0) counts[sentence] = count = consensusCount(article, by, at, mark);
      if (count < need) continue;
      items.push({
        article,
        sentence,
        by,
        count,
        index: at,
        labelled: labelOf(article) === undefined ? 0 : 1,
      });
    }
  });
  // Among claims carried as widely, one told by a report comes before a preview's or an opinion piece's wording.
  // What the brief's lines state is not listed again (`shown`: see `shownSentences`); nor a claim one of them carries,
  // nor one a claim listed above carries (`covered`).
  const covered = new SentenceSet();
  const out: ConsensusClaim[] = [];
  // Nor a claim that states the fact of one listed above in other words (the fact matcher).
  const listed: Carrier[] = [];
  const { sameFact } = hints;
  const again = (at: Carrier): boolean => sameFact !== undefined && listed.some((l) => sameFact(l, at));
  for (const item of inClaimOrder(items)) {
    if (out.length >= max) break;
    if (shown.has(item.article, item.sentence) || covered.has(item.article, item.sentence)) continue;
    if (shown.size > 0 && item.by.some((c) => shown.has(c.article, c.sentence))) continue;
    const at: Carrier = { article: item.article, sentence: item.sentence };
    if (again(at)) continue;
    listed.push(at);
    covered.add(item.article, item.sentence);
    for (const c of item.by) covered.add(c.article, c.sentence);
    const article = articles[item.article] as AnalysedArticle;
    const { start, end } = article.sentences[item.sentence] as Sentence;
    out.push({
      text: article.text.slice(start, end),
      article: article.id,
      start,
      end,
      sources: [article.id, ...item.by.map((c) => (articles[c.article] as AnalysedArticle).id)],
      ...(publishers !== undefined ? { publishers: independentOf(publishers, item.article, item.by) } : {}),
      ...sharedLabel([item.article, ...item.by.map((c) => c.article)].map(labelOf)),
    });
  }
  return out;
}

/** The distinct known publishers of an article and its carriers, in that order. */
function independentOf(
  publishers: readonly (string | undefined)[],
  article: number,
  by: readonly Carrier[],
): string[] {
  const seen = new Set<string>();
  const own = publishers[article];
  if (own !== undefined) seen.add(own);
  for (const c of by) {
    const p = publishers[c.article];
    if (p !== undefined) seen.add(p);
  }
  return [...seen];
}

/** The label every carrier shares (all previews, or all opinion pieces), as `{label}`; else nothing. */
function sharedLabel(labels: readonly (LineLabel | undefined)[]): { label?: LineLabel } {
  const [first] = labels;
  return first !== undefined && labels.every((l) => l === first) ? { label: first } : {};
}

/**
 * The corroborated span of each carrier list (a sentence's carriers, the same list object while its sentence's
 * choices stay: see the story stage's corroboration), kept so that a growing story's briefs do not make its hundreds
 * of thousands of carrier ids again. Used only when it is still the sentence's span with the carriers' ids.
 */
const spans = new WeakMap<readonly Carrier[], CorroboratedSpan>();

function corroboratedSpan(
  articles: readonly AnalysedArticle[],
  sentence: CoverageSpan,
  by: readonly Carrier[],
  memo: boolean,
): CorroboratedSpan {
  // With the story's coverage memo (which holds the spans of the lists it kept) a list asked for is mostly new: the
  // span is made, not looked up and kept per list (the same span).
  if (memo)
    return {
      start: sentence.start,
      end: sentence.end,
      by: by.map((c) => (articles[c.article] as AnalysedArticle).id),
    };
  const kept = spans.get(by);
  if (kept !== undefined && kept.start === sentence.start && kept.end === sentence.end) {
    let same = kept.by.length === by.length;
    for (let k = 0; same && k < by.length; k++)
      same = kept.by[k] === articles[(by[k] as Carrier).article]?.id;
    if (same) return kept;
  }
  const span: CorroboratedSpan = {
    start: sentence.start,
    end: sentence.end,
    by: by.map((c) => (articles[c.article] as AnalysedArticle).id),
  };
  spans.set(by, span);
  return span;
}

/**
 * What `storyCoverage` made of a story's corroboration, kept by the story stage between briefs of a growing story:
 * the articles, each sentence's carrier list and corroborated span, each article's coverage, how many of each
 * article's sentences each other article carries, and each sentence's consensus count (-1: not counted) for the
 * publishers it was counted with. A later brief whose articles begin with the same article objects takes what
 * belongs to a sentence whose carrier list is the same object (a list holds article numbers, and the articles they
 * number are the same), and counts again only the lists that changed.
 */
export interface CoverageMemo {
  last?:
    | {
        readonly articles: readonly AnalysedArticle[];
        readonly lists: readonly (readonly (readonly Carrier[])[])[];
        readonly spans: readonly (readonly (CorroboratedSpan | undefined)[])[];
        /** Per article, how many of its sentences each article carries (a row may end before the story's last article). */
        readonly perArticle: readonly ArticleCoverage[];
        readonly counts: readonly (readonly number[])[];
        readonly publishers: readonly (string | undefined)[] | undefined;
        readonly consensus: readonly Int32Array[];
        /** The overlap matrix, a row per article. */
        readonly matrix: readonly (readonly number[])[];
      }
    | undefined;
}

/** An empty memo, its field there from the start (one shape whether filled or not: see `lexicalMemo`). */
export function coverageMemo(): CoverageMemo {
  return { last: undefined };
}

/** The kept coverage when `articles` begin with its articles (the same objects), else undefined. */
function keptCoverage(
  articles: readonly AnalysedArticle[],
  memo: CoverageMemo | undefined,
): CoverageMemo['last'] {
  const last = memo?.last;
  if (last === undefined || last.articles.length > articles.length) return undefined;
  for (let i = 0; i < last.articles.length; i++) if (last.articles[i] !== articles[i]) return undefined;
  return last;
}

const samePublishers = (
  a: readonly (string | undefined)[] | undefined,
  b: readonly (string | undefined)[] | undefined,
  n: number,
): boolean => {
  if (a === undefined || b === undefined) return a === b;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * Which sentences other sources corroborate and which rest on one source, a source × source overlap matrix, the
 * claims most sources carry and the most important claims only one source makes — all read from the story's one
 * corroboration (see `Corroboration`); the story stage's `hints` (independent publishers, the fact matcher) make
 * consensus and single-source claims count publishers, not articles. With a `memo` (see `CoverageMemo`) what the
 * story's last coverage made of an unchanged carrier list is taken from it: the same coverage.
 */
export function storyCoverage(
  articles: readonly AnalysedArticle[],
  corroboration: Corroboration,
  maxConsensus: number,
  hints: CoverageHints = {},
  memo?: CoverageMemo,
): Coverage {
  const n = articles.length;
  const last = keptCoverage(articles, memo);
  const sameCounts =
    last !== undefined && samePublishers(last.publishers, hints.publishers, last.articles.length);
  // Lists of objects begun as such (see `objects`): each brief makes them anew, and an empty literal changes kind at
  // its first push, which threw away this code's optimised form in the next brief (session 24).
  const lists = objects<readonly (readonly Carrier[])[]>();
  const spanLists = objects<readonly (CorroboratedSpan | undefined)[]>();
  const counts = objects<readonly number[]>();
  const consensus = objects<Int32Array>();
  // The articles whose counts are the last brief's (the articles added since carry none of their sentences).
  const sameRow = new Uint8Array(n);
  const perArticle: ArticleCoverage[] = articles.map((a, ai) => {
    const oldLists = last?.lists[ai];
    const oldCounts = last?.counts[ai];
    const kept = last?.perArticle[ai];
    // An article whose every carrier list is the last brief's (the same objects): all it had is kept as it was (its
    // row of counts may be shorter than the story: the articles added since carry none of its sentences).
    if (oldLists !== undefined && oldCounts !== undefined && kept !== undefined) {
      let same = oldLists.length === a.sentences.length;
      for (let si = 0; same && si < a.sentences.length; si++)
        same = carriersOf(corroboration, ai, si) === oldLists[si];
      if (same) {
        lists.push(oldLists);
        spanLists.push(last?.spans[ai] ?? []);
        counts.push(oldCounts);
        consensus.push(
          (sameCounts ? last?.consensus[ai] : undefined) ?? new Int32Array(a.sentences.length).fill(-1),
        );
        sameRow[ai] = 1;
        return kept;
      }
    }
    const mine: (readonly Carrier[])[] = [];
    const spanned: (CorroboratedSpan | undefined)[] = [];
    const row: number[] = new Array<number>(n).fill(0);
    const counted = new Int32Array(a.sentences.length).fill(-1);
    const keptCounted = sameCounts ? last?.consensus[ai] : undefined;
    if (oldCounts !== undefined) for (let j = 0; j < oldCounts.length; j++) row[j] = oldCounts[j] as number;
    let changed = oldLists === undefined;
    for (let si = 0; si < a.sentences.length; si++) {
      const by = carriersOf(corroboration, ai, si);
      mine.push(by);
      const old = oldLists?.[si];
      if (old === by) {
        spanned.push(last?.spans[ai]?.[si]);
        if (keptCounted !== undefined) counted[si] = keptCounted[si] as number;
        continue;
      }
      changed = true;
      // The carriers both lists begin with (by article) count as they did: only the rest of each is counted.
      let common = 0;
      if (old !== undefined) {
        const most = Math.min(old.length, by.length);
        while (common < most && (old[common] as Carrier).article === (by[common] as Carrier).article)
          common++;
        for (let k = common; k < old.length; k++) (row[(old[k] as Carrier).article] as number) -= 1;
      }
      for (let k = common; k < by.length; k++) (row[(by[k] as Carrier).article] as number) += 1;
      spanned.push(
        by.length > 0
          ? corroboratedSpan(articles, a.sentences[si] as Sentence, by, memo !== undefined)
          : undefined,
      );
    }
    lists.push(mine);
    spanLists.push(spanned);
    counts.push(row);
    consensus.push(counted);
    if (!changed && kept !== undefined) {
      sameRow[ai] = 1;
      return kept;
    }
    const corroborated: CorroboratedSpan[] = [];
    const single: CoverageSpan[] = [];
    a.sentences.forEach((sentence, si) => {
      const span = spanned[si];
      if (span !== undefined) corroborated.push(span);
      else single.push({ start: sentence.start, end: sentence.end });
    });
    return { article: a.id, corroborated, single };
  });
  const matrix = articles.map((a, i) => {
    // Such an article's row is the last one's, with a 0 for each article added since.
    const kept = sameRow[i] === 1 ? last?.matrix[i] : undefined;
    if (kept !== undefined) {
      const row = kept.slice();
      for (let j = kept.length; j < n; j++) row.push(0);
      return row;
    }
    return articles.map((_, j) => {
      if (i === j) return 1;
      const total = a.sentences.length;
      return total === 0 ? 0 : Math.round((((counts[i] as number[])[j] ?? 0) / total) * 1000) / 1000;
    });
  });
  // The sentences whose fact the brief's lines state, once for both lists.
  const shown = shownSentences(corroboration, hints);
  const made: Coverage = {
    articles: perArticle,
    matrix,
    consensus: consensusOf(articles, corroboration, maxConsensus, hints, consensus, shown),
    singleClaims: singleSourceClaims(articles, corroboration, hints, MAX_SINGLE_CLAIMS, shown),
  };
  if (memo !== undefined)
    memo.last = {
      articles: [...articles],
      lists,
      spans: spanLists,
      perArticle,
      counts,
      publishers: hints.publishers,
      consensus,
      matrix,
    };
  return made;
}
