import type { FoundFigure } from './figures.js';
import type { Conflict, ConflictValue, FigureGroup } from './types.js';
import { identical, keptPer, keptPrefix, refill } from '../core/kept.js';

/** The range a hedged value stands for: "rund 20" ≈ 17–23, "fast 2" = 1.6–2, "mindestens 80" ≥ 80. */
export function valueRange(value: number, hedge: string | null): [number, number] {
  switch (hedge) {
    case null:
      return [value, value];
    case 'fast':
    case 'almost':
      return [value * 0.8, value];
    case 'mindestens':
    case 'über':
    case 'over':
    case 'at least':
      return [value, Infinity];
    case 'höchstens':
    case 'unter':
    case 'under':
    case 'at most':
      return [0, value];
    default:
      return [value * 0.85, value * 1.15];
  }
}

/** Seconds per time unit: durations are compared in one unit ("50 Minuten" vs "zwei Stunden"). */
const SECONDS: Readonly<Record<string, number>> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 604_800,
  month: 2_629_800,
  year: 31_557_600,
};

const base = (f: FoundFigure): number => f.value * (SECONDS[f.unit ?? ''] ?? 1);

export function agree(a: FoundFigure, b: FoundFigure): boolean {
  const [a0, a1] = valueRange(base(a), a.hedge);
  const [b0, b1] = valueRange(base(b), b.hedge);
  return a0 <= b1 && b0 <= a1;
}

/** Each figure as a value of its group, kept per figure object (a growing story's kept figures are the same). */
const toValue: (f: FoundFigure) => ConflictValue = keptPer((f) => makeValue(f));

const makeValue = (f: FoundFigure): ConflictValue => ({
  value: f.value,
  unit: f.unit,
  hedge: f.hedge,
  article: f.article,
  start: f.start,
  end: f.end,
});

/**
 * Figures keyed by what they count and how (modality + unit kind + counted head or duration topic; an added number
 * apart from a total): a plan is never compared with an outcome, nor "drei weitere Leichen" with "zwei Leichen".
 * Figures without a head are left out.
 */
function byWhatTheyCount(figures: readonly FoundFigure[]): Map<string, FoundFigure[]> {
  const byKey = new Map<string, FoundFigure[]>();
  for (const f of figures) {
    if (f.head === null) continue;
    const unitKey = SECONDS[f.unit ?? ''] !== undefined ? 'time' : (f.unit ?? '');
    const key = `${f.modality}${f.increment ? '+' : ''}|${unitKey}|${f.head}`;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [f]);
    else list.push(f);
  }
  return byKey;
}

/** Pairs of figures of one group in different articles that agree within their hedges. */
function agreeingPairs(list: readonly FoundFigure[]): [FoundFigure, FoundFigure][] {
  const pairs: [FoundFigure, FoundFigure][] = [];
  // Each figure's range once (what `agree` compares), not once per pair.
  const low = new Float64Array(list.length);
  const high = new Float64Array(list.length);
  list.forEach((f, i) => {
    const [lo, hi] = valueRange(base(f), f.hedge);
    low[i] = lo;
    high[i] = hi;
  });
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as FoundFigure;
    for (let j = i + 1; j < list.length; j++) {
      const b = list[j] as FoundFigure;
      if (
        a.articleIndex !== b.articleIndex &&
        (low[i] as number) <= (high[j] as number) &&
        (low[j] as number) <= (high[i] as number)
      )
        pairs.push([a, b]);
    }
  }
  return pairs;
}

/**
 * Figures about the same thing (same modality, same unit, same counted head noun; durations: same topic, any time
 * unit) in two or more articles. Two articles agree when some value of one lies within the hedges of some value of the other
 * (an article may give several values, e.g. today's and the target); a group where two articles share no value
 * is a conflict. `agreeing` lists the pairs of figures in different articles that agree ("fast zwei Stunden" /
 * "etwa zwei Stunden"): the sentences carrying them corroborate each other.
 */
export function groupFigures(
  figures: readonly FoundFigure[],
  memo?: FigureGroupMemo,
): {
  groups: FigureGroup[];
  conflicts: Conflict[];
  agreeing: [FoundFigure, FoundFigure][];
} {
  const groups: FigureGroup[] = [];
  const conflicts: Conflict[] = [];
  const agreeing: [FoundFigure, FoundFigure][] = [];
  const kept = new Map<string, KeptGroup>();
  for (const [key, list] of byWhatTheyCount(figures)) {
    const old = memo?.get(key);
    const found = old !== undefined && sameFigures(old.list, list) ? old : figureGroup(list);
    kept.set(key, found);
    agreeing.push(...found.pairs);
    if (found.group === undefined) continue;
    groups.push(found.group);
    if (found.conflict)
      conflicts.push({
        about: found.group.about,
        modality: found.group.modality,
        values: found.group.values,
      });
  }
  if (memo !== undefined) refill(memo, kept);
  return { groups, conflicts, agreeing };
}

/** One group's figures, their agreeing pairs and the group they make (undefined: in one article only). */
interface KeptGroup {
  readonly list: readonly FoundFigure[];
  readonly pairs: readonly [FoundFigure, FoundFigure][];
  readonly group: FigureGroup | undefined;
  /**
   * Whether the group is a conflict: two of its figures told of one event (`ofOneEvent`) stand in two articles that
   * share no agreeing value.
   */
  readonly conflict: boolean;
}

/**
 * How many content stems of their sentences two figures must share to be told of one event: a measured amount (a
 * unit: "Der Schaden wird auf 1,2 Billionen Dollar geschätzt") one, a bare count of something ("86 people", "three
 * times", "34 women": the same noun counts many things in one story) two.
 */
const sharedNeeded = (f: FoundFigure): number => (f.unit === null ? 2 : 1);

/**
 * Whether two figures of one group are told of one event: their sentences share content stems besides the counted
 * noun (`sharedNeeded`) ("the attack that killed 86 people in Nice" / "the Nice attack killed 84 people"; not "the
 * truck attack that killed 86 people" / "Breivik, who killed 77 people", nor "more than 50 people were at the mosque" /
 * "19 people were wounded"). Figures without a context (made elsewhere) are.
 */
function ofOneEvent(a: FoundFigure, b: FoundFigure): boolean {
  const x = a.context;
  const y = b.context;
  // A duration of a known kind ("length of the talks") is of one event by its topic already.
  if (x === undefined || y === undefined || a.topic !== undefined) return true;
  let shared = 0;
  const needed = sharedNeeded(a);
  // Both lists are sorted: one walk through them.
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    const xi = x[i] as string;
    const yj = y[j] as string;
    if (xi === yj) {
      if (++shared >= needed) return true;
      i++;
      j++;
    } else if (xi < yj) i++;
    else j++;
  }
  return false;
}

/**
 * The groups of the story's last `groupFigures`, by what they count, kept between briefs of a growing story: a
 * group of the same figure objects in the same order is the same group with the same pairs.
 */
export type FigureGroupMemo = Map<string, KeptGroup>;

const sameFigures = (a: readonly FoundFigure[], b: readonly FoundFigure[]): boolean =>
  a.length === b.length && keptPrefix(a, b, identical) === a.length;

function figureGroup(list: readonly FoundFigure[]): KeptGroup {
  const pairs = agreeingPairs(list);
  const articles = [...new Set(list.map((f) => f.articleIndex))];
  if (articles.length < 2) return { list, pairs, group: undefined, conflict: false };
  // Each pair of articles with agreeing figures once, as a number (the smaller index, then the larger).
  let span = 0;
  for (const a of articles) span = Math.max(span, a + 1);
  const pairOf = (x: number, y: number): number => (x < y ? x * span + y : y * span + x);
  const agreeingArticles = new Set(pairs.map(([a, b]) => pairOf(a.articleIndex, b.articleIndex)));
  // Every two of the group's articles agree when the distinct agreeing pairs are all pairs of them.
  const allAgree = agreeingArticles.size === (articles.length * (articles.length - 1)) / 2;
  const first = list[0] as FoundFigure;
  const about = first.topic ?? [first.counted, first.unit].filter((x) => x !== null).join(', ');
  const listed = list.map(toValue);
  const { modality } = first;
  // Two figures of one event in two articles that share no agreeing value.
  let conflict = false;
  for (let i = 0; i < list.length && !allAgree && !conflict; i++)
    for (let j = i + 1; j < list.length && !conflict; j++) {
      const a = list[i] as FoundFigure;
      const b = list[j] as FoundFigure;
      conflict =
        a.articleIndex !== b.articleIndex &&
        !agreeingArticles.has(pairOf(a.articleIndex, b.articleIndex)) &&
        ofOneEvent(a, b);
    }
  return { list, pairs, group: { about, modality, agree: allAgree, values: listed }, conflict };
}
