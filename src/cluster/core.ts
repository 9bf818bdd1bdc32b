/**
 * A story's core: a bounded set of member articles (their signals) that stand for the story, and the similarities
 * between them. What keeps a story from chaining: an article joins only when it is close to several core members,
 * not only to the centroid, which drifts as members are added (see docs/clustering.md, "No chaining").
 *
 * Members are kept packed by term id (packed.ts): an article (or a member of another core) loaded in the dense
 * probes is compared with a member by one array read per member term instead of a string lookup per term; a member
 * holds its ids (in the clusterer's {@link TermIds}) until it leaves the core.
 */
import type { Signals } from './features.js';
import type { CoreRule, SignalWeights } from './options.js';
import { packVector, releasePacked, type PackedVector } from './packed.js';
import { clearProbes, pairWeights, sameLanguage, SIGNALS, type Probes, type SignalName } from './scoring.js';
import type { TermIds } from './term-ids.js';

export type { CoreRule } from './options.js';

/** One member of a core: its article id and signals (as weighted when it joined), packed by term id. */
export interface CoreMember {
  readonly id: string;
  readonly signals: Readonly<Record<SignalName, PackedVector>>;
  /** The script of its language (see `Signals.script`). */
  readonly script?: string;
  /** Its language (see `Signals.language`). */
  readonly language?: string;
}

/** The script and language of a side of a comparison (an article's signals, a member). */
export interface Side {
  readonly script?: string;
  readonly language?: string;
}

/** The number of members an article must be linked to, to join a core of `size` members. */
export function required(size: number, share: number): number {
  return size === 0 ? 0 : Math.max(1, Math.ceil(share * size - 1e-9));
}

/**
 * Similarity of an article (loaded in `article`, see `loadArticle`; or a member, see `loadMember`) to a member: the
 * weighted mean of the per-signal cosines over the signals both have, as `articleToArticle` computes it on the
 * unpacked vectors.
 */
function toMember(article: Probes, member: CoreMember, weights: SignalWeights, side: Side = {}): number {
  const { script, language } = side;
  const meet = script === undefined || member.script === undefined || script === member.script;
  const titles = sameLanguage(language, member.language);
  weights = pairWeights(weights, meet, titles);
  let sum = 0;
  let total = 0;
  for (const signal of SIGNALS) {
    if (weights[signal] === 0) continue;
    const x = article[signal];
    const y = member.signals[signal];
    if (x.size === 0 || y.ids.length === 0) continue;
    sum += weights[signal] * x.cosinePacked(y);
    total += weights[signal];
  }
  return total === 0 ? 0 : sum / total;
}

/**
 * The members of a core: the story's first article and others spread over the story's life (by arrival), so that
 * a new article is measured against where the story began as much as against where it went. When the core is
 * full, the member whose neighbours in arrival order are closest together leaves (never the first nor the newest):
 * the kept members thin out evenly, as a story grows, without any similarity computed to keep them.
 */
export class Core {
  readonly #members: CoreMember[] = [];
  /** Arrival number of each member in its story (0 for the first article). */
  readonly #arrival: number[] = [];
  #count = 0;

  constructor(
    readonly rule: CoreRule,
    private readonly ids: TermIds,
  ) {}

  get members(): readonly CoreMember[] {
    return this.#members;
  }

  get size(): number {
    return this.#members.length;
  }

  /**
   * Links of an article (loaded in `article`, see `loadArticle`; its script and language in `side`) to the members
   * (similarity, unscaled by time).
   */
  links(article: Probes, weights: SignalWeights, side: Side = {}): number[] {
    return this.#members.map((m) => toMember(article, m, weights, side));
  }

  /**
   * True when the article (loaded in `article`, see `loadArticle`) is linked (similarity ≥ `rule.link`) to enough
   * members to join. Stops as soon as the answer is known, so a clear case costs a few similarities, not one per
   * member.
   */
  admits(article: Probes, weights: SignalWeights, side: Side = {}): boolean {
    const need = required(this.#members.length, this.rule.share);
    let linked = 0;
    let left = this.#members.length;
    for (let i = this.#members.length - 1; i >= 0 && linked < need && linked + left >= need; i--, left--) {
      const member = this.#members[i];
      if (member && toMember(article, member, weights, side) >= this.rule.link) linked++;
    }
    return linked >= need;
  }

  /**
   * Takes a new member (its signals packed, holding their term ids) and returns it; when full, one member other than
   * the new one leaves (see the class).
   */
  add(article: { readonly id: string; readonly signals: Signals }): CoreMember {
    const signals = {} as Record<SignalName, PackedVector>;
    for (const signal of SIGNALS) signals[signal] = packVector(article.signals[signal], this.ids);
    const { script, language } = article.signals;
    const member: CoreMember = {
      id: article.id,
      signals,
      ...(script === undefined ? {} : { script }),
      ...(language === undefined ? {} : { language }),
    };
    this.#members.push(member);
    this.#arrival.push(this.#count++);
    if (this.#members.length > this.rule.size) this.#drop(this.#densest());
    return member;
  }

  /**
   * Takes the members of another core (a merge), as if they came after this story's own; the other core is empty
   * afterwards (its members, and their term ids, are this core's now). Both cores must number terms alike.
   */
  absorb(other: Core): void {
    if (other.ids !== this.ids) throw new RangeError('cores of two clusterers cannot be merged');
    const offset = this.#count;
    other.#members.forEach((member, i) => {
      this.#members.push(member);
      this.#arrival.push(offset + (other.#arrival[i] ?? 0));
    });
    this.#count += other.#count;
    other.#members.length = 0;
    other.#arrival.length = 0;
    while (this.#members.length > this.rule.size) this.#drop(this.#densest());
  }

  /**
   * Empties the core without giving back its members' term ids: they go on to the cores of the parts of a split
   * story (see `adopt`), in their arrival order.
   */
  handOver(): CoreMember[] {
    const members = [...this.#members];
    this.#members.length = 0;
    this.#arrival.length = 0;
    return members;
  }

  /** Takes a member packed by a core of the same clusterer (handed over in a split) as its newest member. */
  adopt(member: CoreMember): void {
    this.#members.push(member);
    this.#arrival.push(this.#count++);
    if (this.#members.length > this.rule.size) this.#drop(this.#densest());
  }

  /** Gives back the members' term ids (the story is closed or merged away; the core is empty afterwards). */
  release(): void {
    for (const member of this.#members)
      for (const signal of SIGNALS) releasePacked(member.signals[signal], this.ids);
    this.#members.length = 0;
    this.#arrival.length = 0;
  }

  /** The member (not the first, not the last) whose neighbours in arrival order are closest together. */
  #densest(): number {
    let best = -1;
    let bestGap = Infinity;
    for (let i = 1; i < this.#arrival.length - 1; i++) {
      const gap = (this.#arrival[i + 1] ?? 0) - (this.#arrival[i - 1] ?? 0);
      if (gap < bestGap) {
        best = i;
        bestGap = gap;
      }
    }
    return best;
  }

  #drop(i: number): void {
    const member = this.#members[i];
    if (member === undefined) return;
    for (const signal of SIGNALS) releasePacked(member.signals[signal], this.ids);
    this.#members.splice(i, 1);
    this.#arrival.splice(i, 1);
  }
}

/** Loads a member's signals into the probes (to be compared with other members, as an article is). */
function loadMember(probes: Probes, member: CoreMember): Probes {
  for (const signal of SIGNALS) probes[signal].loadPacked(member.signals[signal]);
  return probes;
}

/**
 * Whether two cores are mutually close: at least `share` of each core's members is linked to some member of the
 * other. A story that is a chain of two events is not mutually close to either event's story. `scratch`: probes
 * over the cores' term ids, free to be loaded (cleared again before this returns).
 */
export function mutuallyClose(a: Core, b: Core, weights: SignalWeights, scratch: Probes): boolean {
  if (a.size === 0 || b.size === 0) return true;
  const link = Math.max(a.rule.link, b.rule.link);
  const known = new Map<number, boolean>();
  const key = (i: number, j: number): number => i * b.size + j;
  // whether member `i` of `from` is linked to some member of `to`: `from`'s member loaded once, the pairs known
  // already not computed again, and no more once one is linked
  const reachesOne = (from: Core, to: Core, i: number, keyOf: (i: number, j: number) => number): boolean => {
    if (to.members.some((_, j) => known.get(keyOf(i, j)) === true)) return true;
    const x = from.members[i];
    if (x === undefined) return false;
    let loaded = false;
    for (let j = 0; j < to.size; j++) {
      const k = keyOf(i, j);
      const y = to.members[j];
      if (known.has(k) || y === undefined) continue;
      if (!loaded) loadMember(scratch, x);
      loaded = true;
      const linked = toMember(scratch, y, weights, x) >= link;
      known.set(k, linked);
      if (linked) break;
    }
    return to.members.some((_, j) => known.get(keyOf(i, j)) === true);
  };
  try {
    return (
      reaches(a.size, required(a.size, a.rule.share), (i) => reachesOne(a, b, i, key)) &&
      reaches(b.size, required(b.size, b.rule.share), (j) => reachesOne(b, a, j, (jj, i) => key(i, jj)))
    );
  } finally {
    clearProbes(scratch);
  }
}

/** Whether at least `need` of `n` members reach the other core; stops as soon as the answer is known. */
function reaches(n: number, need: number, reachesOther: (i: number) => boolean): boolean {
  let count = 0;
  for (let i = 0; i < n && count < need && count + (n - i) >= need; i++) if (reachesOther(i)) count++;
  return count >= need;
}

/** How a story's members fall apart (see `memberGroups`). */
export interface MemberGroups {
  /**
   * The parts, ordered by the first member of their group: `group` the members of the connected group the part
   * was found as, `members` those and the members placed with it (each list in arrival order).
   */
  readonly parts: readonly { readonly group: readonly number[]; readonly members: readonly number[] }[];
  /** The highest similarity between members of different groups (under `link`: they are not linked). */
  readonly across: number;
}

/** The connected groups of the members but `without` (-1: none), members linked when `linked(i, j)`. */
function connected(n: number, without: number, linked: (i: number, j: number) => boolean): number[][] {
  const seen = new Array<boolean>(n).fill(false);
  if (without >= 0) seen[without] = true;
  const groups: number[][] = [];
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    const members: number[] = [];
    const stack = [start];
    seen[start] = true;
    for (let i = stack.pop(); i !== undefined; i = stack.pop()) {
      members.push(i);
      for (let j = 0; j < n; j++)
        if (!seen[j] && linked(i, j)) {
          seen[j] = true;
          stack.push(j);
        }
    }
    groups.push(members.sort((a, b) => a - b));
  }
  return groups;
}

/**
 * The member graph of a core: members linked when their similarity reaches `link` (the join threshold). The core
 * falls apart when the graph has two or more connected groups of at least two members — or has them once one
 * member is taken out (the earliest such member): a bridge, the one article that joined two events. Those groups
 * are the parts; each member outside them (linked to no other, or the bridge) goes with the part it is most
 * similar to (ties to the part of the earlier member). One part: the core coheres. `scratch`: probes over the core's term
 * ids, free to be loaded (cleared again before this returns).
 */
export function memberGroups(
  core: Core,
  weights: SignalWeights,
  link: number,
  scratch: Probes,
): MemberGroups {
  const n = core.size;
  const sim: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  try {
    for (let i = 0; i < n; i++) {
      const x = core.members[i];
      if (x === undefined) continue;
      loadMember(scratch, x);
      for (let j = i + 1; j < n; j++) {
        const y = core.members[j];
        const s = y === undefined ? 0 : toMember(scratch, y, weights, x);
        (sim[i] as number[])[j] = s;
        (sim[j] as number[])[i] = s;
      }
    }
  } finally {
    clearProbes(scratch);
  }
  const at = (i: number, j: number): number => sim[i]?.[j] ?? 0;
  const linked = (i: number, j: number): boolean => at(i, j) >= link;
  let parts: number[][] = [];
  for (let without = -1; without < n && parts.length < 2; without++)
    parts = connected(n, without, linked).filter((g) => g.length >= 2);
  const all = Array.from({ length: n }, (_, i) => i);
  if (parts.length < 2) return { parts: [{ group: all, members: all }], across: 0 };
  const members = parts.map((part) => [...part]);
  const placed = new Set(parts.flat());
  for (const i of all.filter((m) => !placed.has(m))) {
    let best = 0;
    let bestSim = -1;
    parts.forEach((part, k) => {
      const s = Math.max(...part.map((j) => at(i, j)));
      if (s > bestSim) {
        best = k;
        bestSim = s;
      }
    });
    members[best]?.push(i);
  }
  for (const part of members) part.sort((a, b) => a - b);
  let across = 0;
  parts.forEach((part, k) => {
    for (const other of parts.slice(k + 1))
      for (const i of part) for (const j of other) across = Math.max(across, at(i, j));
  });
  // the groups come in order of their first member already (the walk starts from each member in turn)
  return { parts: parts.map((group, k) => ({ group, members: members[k] ?? group })), across };
}
