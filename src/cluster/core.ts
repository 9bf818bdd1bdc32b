/**
 * A story's core: a bounded set of member articles (their signals) that stand for the story, and the similarities
 * between them. What keeps a story from chaining: an article joins only when it is close to several core members,
 * not only to the centroid, which drifts as members are added (see docs/clustering.md, "No chaining").
 */
import type { Signals } from './features.js';
import type { CoreRule, SignalWeights } from './options.js';
import { articleToArticle } from './scoring.js';

export type { CoreRule } from './options.js';

/** One member of a core: its article id and signals (as weighted when it joined). */
export interface CoreMember {
  readonly id: string;
  readonly signals: Signals;
}

/** The number of members an article must be linked to, to join a core of `size` members. */
export function required(size: number, share: number): number {
  return size === 0 ? 0 : Math.max(1, Math.ceil(share * size - 1e-9));
}

/** Similarities of `signals` to each member of `members`. */
export function linksTo(signals: Signals, members: readonly CoreMember[], weights: SignalWeights): number[] {
  return members.map((m) => articleToArticle(signals, m.signals, weights));
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

  constructor(readonly rule: CoreRule) {}

  get members(): readonly CoreMember[] {
    return this.#members;
  }

  get size(): number {
    return this.#members.length;
  }

  /** Links of an article to the members (similarity, unscaled by time). */
  links(signals: Signals, weights: SignalWeights): number[] {
    return linksTo(signals, this.#members, weights);
  }

  /**
   * True when the article is linked (similarity ≥ `rule.link`) to enough members to join. Stops as soon as the
   * answer is known, so a clear case costs a few similarities, not one per member.
   */
  admits(signals: Signals, weights: SignalWeights): boolean {
    const need = required(this.#members.length, this.rule.share);
    let linked = 0;
    let left = this.#members.length;
    for (let i = this.#members.length - 1; i >= 0 && linked < need && linked + left >= need; i--, left--) {
      const member = this.#members[i];
      if (member && articleToArticle(signals, member.signals, weights) >= this.rule.link) linked++;
    }
    return linked >= need;
  }

  /** Takes a new member; when the core is full, one member leaves (see the class). */
  add(member: CoreMember): void {
    this.#members.push(member);
    this.#arrival.push(this.#count++);
    if (this.#members.length > this.rule.size) this.#drop(this.#densest());
  }

  /** Takes the members of another core (a merge), as if they came after this story's own. */
  absorb(other: Core): void {
    const offset = this.#count;
    other.#members.forEach((member, i) => {
      this.#members.push(member);
      this.#arrival.push(offset + (other.#arrival[i] ?? 0));
    });
    this.#count += other.#count;
    while (this.#members.length > this.rule.size) this.#drop(this.#densest());
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
    if (i < 0) return;
    this.#members.splice(i, 1);
    this.#arrival.splice(i, 1);
  }
}

/**
 * Whether two cores are mutually close: at least `share` of each core's members is linked to some member of the
 * other. A story that is a chain of two events is not mutually close to either event's story.
 */
export function mutuallyClose(a: Core, b: Core, weights: SignalWeights): boolean {
  if (a.size === 0 || b.size === 0) return true;
  const link = Math.max(a.rule.link, b.rule.link);
  const known = new Map<number, boolean>();
  const linked = (i: number, j: number): boolean => {
    const key = i * b.size + j;
    let value = known.get(key);
    if (value === undefined) {
      const [x, y] = [a.members[i], b.members[j]];
      value = x !== undefined && y !== undefined && articleToArticle(x.signals, y.signals, weights) >= link;
      known.set(key, value);
    }
    return value;
  };
  return (
    reaches(a.size, b.size, required(a.size, a.rule.share), linked) &&
    reaches(b.size, a.size, required(b.size, b.rule.share), (j, i) => linked(i, j))
  );
}

/**
 * Whether at least `need` of `n` members are linked to one of `m` others; stops as soon as the answer is known
 * (each pair is computed once, by `linked`, which remembers it).
 */
function reaches(n: number, m: number, need: number, linked: (i: number, j: number) => boolean): boolean {
  let count = 0;
  for (let i = 0; i < n && count < need && count + (n - i) >= need; i++) {
    for (let j = 0; j < m; j++) {
      if (linked(i, j)) {
        count++;
        break;
      }
    }
  }
  return count >= need;
}
