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

/** Similarities of an article to each member of a core, in the core's order. */
export type Links = readonly number[];

/** The number of members an article must be linked to, to join a core of `size` members. */
export function required(size: number, share: number): number {
  return size === 0 ? 0 : Math.max(1, Math.ceil(share * size - 1e-9));
}

/** Similarities of `signals` to each member of `members`. */
export function linksTo(signals: Signals, members: readonly CoreMember[], weights: SignalWeights): number[] {
  return members.map((m) => articleToArticle(signals, m.signals, weights));
}

/** The members of a core and the similarity of every pair of them. */
export class Core {
  readonly #members: CoreMember[] = [];
  /** `#sims[i][j]`: similarity of members i and j (symmetric; the diagonal unused). */
  readonly #sims: number[][] = [];

  constructor(readonly rule: CoreRule) {}

  get members(): readonly CoreMember[] {
    return this.#members;
  }

  get size(): number {
    return this.#members.length;
  }

  /** Similarity of members i and j. */
  sim(i: number, j: number): number {
    return this.#sims[i]?.[j] ?? 0;
  }

  /** Links of an article to the members (similarity, unscaled by time). */
  links(signals: Signals, weights: SignalWeights): number[] {
    return linksTo(signals, this.#members, weights);
  }

  /** True when `links` (of an article to this core) reach enough members: the article may join. */
  admits(links: Links): boolean {
    let linked = 0;
    for (const s of links) if (s >= this.rule.link) linked++;
    return linked >= required(this.#members.length, this.rule.share);
  }

  /**
   * Takes a new member (its `links` to the current members, computed when it was admitted, or here). When the core
   * is full, the member least central to the others (lowest sum of similarities) leaves — never the first, which
   * is the story's origin.
   */
  add(member: CoreMember, weights: SignalWeights, links?: Links): void {
    const sims = links ? [...links] : this.links(member.signals, weights);
    this.#members.push(member);
    sims.forEach((s, i) => this.#sims[i]?.push(s));
    this.#sims.push([...sims, 0]);
    if (this.#members.length > this.rule.size) this.#drop(this.#leastCentral());
  }

  /** Takes the members of another core (a merge), keeping the most central ones within the bound. */
  absorb(other: Core, weights: SignalWeights): void {
    for (const member of other.#members) this.add(member, weights);
  }

  /** Removes the members whose ids are in `ids` (a split). */
  remove(ids: ReadonlySet<string>): void {
    for (let i = this.#members.length - 1; i >= 0; i--) {
      if (ids.has(this.#members[i]?.id ?? '')) this.#drop(i);
    }
  }

  #leastCentral(): number {
    let worst = -1;
    let worstSum = Infinity;
    for (let i = 1; i < this.#members.length; i++) {
      const row = this.#sims[i] ?? [];
      let sum = 0;
      for (let j = 0; j < row.length; j++) if (j !== i) sum += row[j] ?? 0;
      if (sum < worstSum) {
        worst = i;
        worstSum = sum;
      }
    }
    return worst;
  }

  #drop(i: number): void {
    if (i < 0) return;
    this.#members.splice(i, 1);
    this.#sims.splice(i, 1);
    for (const row of this.#sims) row.splice(i, 1);
  }
}

/**
 * Whether two cores are mutually close: at least `share` of each core's members is linked to some member of the
 * other. A story that is a chain of two events is not mutually close to either event's story.
 */
export function mutuallyClose(a: Core, b: Core, weights: SignalWeights): boolean {
  if (a.size === 0 || b.size === 0) return true;
  const cross = a.members.map((m) => b.links(m.signals, weights));
  const link = Math.max(a.rule.link, b.rule.link);
  const aLinked = cross.filter((row) => row.some((s) => s >= link)).length;
  const bLinked = b.members.filter((_, j) => cross.some((row) => (row[j] ?? 0) >= link)).length;
  return aLinked >= required(a.size, a.rule.share) && bLinked >= required(b.size, b.rule.share);
}
