/**
 * The story's quotes as items: the same quote in several sources is one item carrying all of them, dated when a
 * source tells when it was said, its speaker taken from any source that names one and shown with the role the
 * text gives. Direct quotes are the same when their words are (punctuation, quotation marks, case and spacing
 * aside), when one is a run of the other's words, or when nearly all their words are shared; reported speech
 * only with the same speaker and most of its content words shared. Every source keeps `{article, start, end}`.
 */
import type { AnalysedArticle, Span, Token } from '../core/types.js';
import type { ArticleContext } from './context.js';
import { quoteDate } from './quote-dates.js';
import { RoleFinder, type FoundRole } from './speaker-roles.js';
import type {
  Entity,
  EntityMention,
  Quote,
  QuoteDate,
  QuoteItem,
  QuoteSource,
  TimelineEvent,
} from './types.js';
import { identical, keptPer, keptPrefix, mapped, refill } from '../core/kept.js';

/** Fewest words of a quote that may stand for a longer one it is part of (a phrase of three words, "problematic side effects", is not). */
const MIN_PART_WORDS = 4;
/** Fewest words of two quotes compared by shared words; share of words (Dice) they need. */
const MIN_NEAR_WORDS = 5;
const NEAR_DICE = 0.8;
/** Reported speech: fewest shared content stems and the share (Dice) of them. */
const MIN_REPORTED_SHARED = 4;
const REPORTED_DICE = 0.6;

const WORD = /[\p{L}\p{N}]+/gu;

export interface QuoteCandidate {
  readonly quote: Quote;
  /** Place of its article in the story. */
  readonly index: number;
  /** Lower-case words, punctuation and quotation marks left out. */
  readonly words: readonly string[];
  /** The words joined by single spaces, with a space at each end (for run containment). */
  readonly joined: string;
  /** Content stems (reported speech). */
  readonly stems: ReadonlySet<string>;
}

function stemsOf(ctx: ArticleContext, q: Span): Set<string> {
  const out = new Set<string>();
  for (const s of ctx.article.sentences) {
    if (s.end <= q.start || s.start >= q.end) continue;
    for (const t of s.tokens as readonly Token[])
      if (t.start >= q.start && t.end <= q.end && !t.stop && t.kind === 'word') out.add(t.stem);
  }
  return out;
}

/**
 * Each quote's candidate, kept per quote object (a growing story's kept quotes are the same objects) while its
 * article has the same object and place.
 */
const keptCandidates = new WeakMap<
  Quote,
  { readonly article: AnalysedArticle; readonly candidate: QuoteCandidate }
>();

function candidate(ctx: ArticleContext, quote: Quote): QuoteCandidate {
  const kept = keptCandidates.get(quote);
  if (kept !== undefined && kept.article === ctx.article && kept.candidate.index === ctx.index)
    return kept.candidate;
  const words = quote.text.toLowerCase().match(WORD) ?? [];
  const made: QuoteCandidate = {
    quote,
    index: ctx.index,
    words,
    joined: ` ${words.join(' ')} `,
    stems: quote.kind === 'indirect' ? stemsOf(ctx, quote) : new Set(),
  };
  keptCandidates.set(quote, { article: ctx.article, candidate: made });
  return made;
}

/** Dice coefficient of two word lists as multisets, from their sorted copies (a merge: no map per pair). */
function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 0;
  const x = sortedWords(a);
  const y = sortedWords(b);
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const p = x[i] as string;
    const q = y[j] as string;
    if (p === q) {
      shared++;
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/** Each word list's sorted copy (kept per list: a quote's candidate keeps its list). */
const sortedWords: (words: readonly string[]) => readonly string[] = keptPer((words) => [...words].sort());

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Whether two quotes say the same (see the module comment); speakers are checked by the caller. */
export function sameQuote(a: QuoteCandidate, b: QuoteCandidate): boolean {
  if ((a.quote.kind ?? 'direct') !== (b.quote.kind ?? 'direct')) return false;
  if (a.words.length === 0 || b.words.length === 0) return false;
  // Two places of one article: a quote repeated (teaser and body), never one quote inside another's span.
  if (overlapping(a, b)) return false;
  if (a.joined === b.joined) return true;
  if (a.quote.kind === 'indirect') {
    // Two statements of one speaker in one article are two, however alike.
    if (a.index === b.index || a.quote.speaker === null || a.quote.speaker !== b.quote.speaker) return false;
    const shared = sharedCount(a.stems, b.stems);
    return shared >= MIN_REPORTED_SHARED && (2 * shared) / (a.stems.size + b.stems.size) >= REPORTED_DICE;
  }
  return nearWords(a, b);
}

/** Two direct quotes' words (not the same): one a run of the other's, or nearly all of them shared. */
function nearWords(a: QuoteCandidate, b: QuoteCandidate): boolean {
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (short.words.length >= MIN_PART_WORDS && long.joined.includes(short.joined)) return true;
  // Dice is at most what it would be if every word of the shorter were shared: below the bar then, it is below it.
  const most = (2 * short.words.length) / (a.words.length + b.words.length);
  return short.words.length >= MIN_NEAR_WORDS && most >= NEAR_DICE && dice(a.words, b.words) >= NEAR_DICE;
}

/** Two places of one article that overlap: never the same quote (see `sameQuote`). */
const overlapping = (a: QuoteCandidate, b: QuoteCandidate): boolean =>
  a.index === b.index && a.quote.start < b.quote.end && b.quote.start < a.quote.end;

/**
 * Whether some member of a group of direct quotes, given by its members of the same words (`joined`), is the same
 * quote as direct quote `c` (`sameQuote`): for direct quotes that depends on the words, and on the place only
 * where two overlap in one article, so the words are compared once per wording of the group.
 */
function holdsDirect(byWords: ReadonlyMap<string, readonly QuoteCandidate[]>, c: QuoteCandidate): boolean {
  if (c.words.length === 0) return false;
  for (const [joined, same] of byWords) {
    const first = same[0] as QuoteCandidate;
    if (first.words.length === 0 || (joined !== c.joined && !nearWords(first, c))) continue;
    if (same.some((m) => !overlapping(m, c))) return true;
  }
  return false;
}

/** The lower-case words of a name, as a list and a set (kept: a story's few speakers are compared again and again). */
const wordsOfName = new Map<
  string,
  { readonly list: readonly string[]; readonly set: ReadonlySet<string> }
>();

function nameWordsOf(name: string): { readonly list: readonly string[]; readonly set: ReadonlySet<string> } {
  let words = wordsOfName.get(name);
  if (words === undefined) {
    if (wordsOfName.size >= 10_000) wordsOfName.clear();
    const list = name.toLowerCase().split(/\s+/u);
    words = { list, set: new Set(list) };
    wordsOfName.set(name, words);
  }
  return words;
}

const nameWords = (name: string): readonly string[] => nameWordsOf(name).list;

/**
 * Whether two speakers can be one: either unknown, the same name, or the words of one all in the other ("Kate" and
 * "Kate Gosselin"); the fuller name is kept.
 */
export function compatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  const [short, long] = nameWords(a).length <= nameWords(b).length ? [a, b] : [b, a];
  const words = nameWordsOf(long).set;
  return nameWords(short).every((w) => words.has(w));
}

const fuller = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null || nameWords(a).length >= nameWords(b).length ? a : b;

/** One quote of the story: its sources and its speaker (the fullest name any source gives, or null). */
export interface QuoteGroup {
  readonly members: readonly QuoteCandidate[];
  readonly speaker: string | null;
}

/** A group while quotes are grouped: its members, its speaker so far and its members by their words. */
interface OpenGroup {
  readonly members: QuoteCandidate[];
  speaker: string | null;
  readonly joined: Map<string, QuoteCandidate[]>;
}

/** The groups of one kind of quote (direct or reported) as grouping the kind's candidates, in order, left them. */
interface KindGroups {
  readonly candidates: QuoteCandidate[];
  readonly groups: OpenGroup[];
}

/**
 * The story's last grouping of each kind of quote, kept between briefs of a growing story: grouping is a function
 * of a kind's candidates in order (a group of one kind never holds a quote of the other), so a kind whose
 * candidates begin with the kept ones (the same objects) goes on from the kept groups with the ones after them.
 */
export type QuoteGroupMemo = Map<string, KindGroups>;

const kindOf = (c: QuoteCandidate): string => c.quote.kind ?? 'direct';

/** Whether group `g` (of its first member's kind) holds candidate `c` of the same kind. */
function holds(g: OpenGroup, c: QuoteCandidate): boolean {
  // A member with the same words is the likeliest match (the same quote in another source): tried first; direct
  // quotes are compared once per wording.
  if (kindOf(c) === 'direct') return holdsDirect(g.joined, c);
  return (
    (g.joined.get(c.joined) ?? []).some((m) => sameQuote(m, c)) || g.members.some((m) => sameQuote(m, c))
  );
}

/** Groups `candidates` (all of one kind) on from `state`: each joins the first group that holds it, else opens one. */
function groupOn(state: KindGroups, candidates: readonly QuoteCandidate[], from: number): void {
  const { groups } = state;
  for (let k = from; k < candidates.length; k++) {
    const c = candidates[k] as QuoteCandidate;
    state.candidates.push(c);
    let group: OpenGroup | undefined;
    for (const g of groups)
      if (compatible(g.speaker, c.quote.speaker) && holds(g, c)) {
        group = g;
        break;
      }
    if (group) {
      group.members.push(c);
      group.speaker = fuller(group.speaker, c.quote.speaker);
      const same = group.joined.get(c.joined);
      if (same === undefined) group.joined.set(c.joined, [c]);
      else same.push(c);
    } else groups.push({ members: [c], speaker: c.quote.speaker, joined: new Map([[c.joined, [c]]]) });
  }
}

/**
 * Groups of the same quote, in the order of their first source, with speakers that can be one person. A group's
 * members are of one kind. With a `memo` (see `QuoteGroupMemo`) the same groups, without grouping the kept
 * candidates again.
 */
export function groupQuotes(candidates: readonly QuoteCandidate[], memo?: QuoteGroupMemo): QuoteGroup[] {
  const byKind = new Map<string, QuoteCandidate[]>();
  for (const c of candidates) {
    const list = byKind.get(kindOf(c));
    if (list === undefined) byKind.set(kindOf(c), [c]);
    else list.push(c);
  }
  const all: OpenGroup[] = [];
  const states = new Map<string, KindGroups>();
  for (const [kind, list] of byKind) {
    const kept = memo?.get(kind);
    const from = kept === undefined ? 0 : keptPrefix(kept.candidates, list, identical);
    const state: KindGroups = from > 0 && kept !== undefined ? kept : { candidates: [], groups: [] };
    groupOn(state, list, from);
    states.set(kind, state);
    all.push(...state.groups);
  }
  if (memo !== undefined) refill(memo, states);
  // In the order of their first source (a group is opened by its first member).
  const place = new Map<QuoteCandidate, number>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as QuoteCandidate;
    if (!place.has(c)) place.set(c, k);
  }
  // Pushed lists and module-level helpers (see `mapped`; a comparator made per call loses its optimised code at every
  // major collection, session 23).
  const placed: PlacedGroup[] = [];
  for (const g of all) placed.push({ g, at: place.get(g.members[0] as QuoteCandidate) ?? 0 });
  placed.sort(byPlace);
  return mapped(placed, publicGroup);
}

/** A group with the place of its first member among the candidates. */
interface PlacedGroup {
  readonly g: OpenGroup;
  readonly at: number;
}

const byPlace = (x: PlacedGroup, y: PlacedGroup): number => x.at - y.at;

const publicGroup = ({ g: { members, speaker } }: PlacedGroup): QuoteGroup => ({
  members: [...members],
  speaker,
});

/** What the items need of the story besides its quotes. */
export interface QuoteItemInput {
  readonly ctxs: readonly ArticleContext[];
  /** The quotes of every article, in the order they are shown (direct first). */
  readonly quotes: readonly Quote[];
  readonly entities: readonly Entity[];
  /** Every dated mention of the story. */
  readonly dates: readonly TimelineEvent[];
  /** The story's first day (UTC midnight), to tell earlier remarks; undefined when no article is dated. */
  readonly storyStart: Date | undefined;
  /** Per article (by place in the story): whether it has a date of its own that relative phrases resolve against. */
  readonly dated: readonly boolean[];
  /** The story's last quote groups (kept between briefs of a growing story). */
  readonly groups?: QuoteGroupMemo;
}

/** What `roleOf` reads of the story, made once per story: role finders, article places and person entities. */
interface RoleLookup {
  /** The role finder of the article at a place in the story (made when first asked). */
  readonly finder: (index: number) => RoleFinder | undefined;
  /** The place in the story of an article id (the last article of that id). */
  readonly indexOf: ReadonlyMap<string, number>;
  /** The first person entity of each name. */
  readonly person: ReadonlyMap<string, Entity>;
  /** A person entity's mentions in one article, in order (made when first asked). */
  readonly mentionsIn: (entity: Entity, article: string) => readonly EntityMention[];
  /** A person entity's mentions in the story's order (by the article's place, then text order). */
  readonly inOrder: (entity: Entity) => readonly EntityMention[];
}

function roleLookup(input: QuoteItemInput, personsIn: ReadonlyMap<string, readonly Span[]>): RoleLookup {
  const finders: (RoleFinder | undefined)[] = [];
  const indexOf = new Map(input.ctxs.map((c, i) => [c.article.id, i]));
  const person = new Map<string, Entity>();
  for (const e of input.entities) if (e.type === 'person' && !person.has(e.name)) person.set(e.name, e);
  const byArticle = new Map<Entity, Map<string, EntityMention[]>>();
  const ordered = new Map<Entity, readonly EntityMention[]>();
  return {
    finder: (index) => {
      let f = finders[index];
      const ctx = input.ctxs[index];
      if (f === undefined && ctx !== undefined) {
        f = new RoleFinder(ctx, personsIn.get(ctx.article.id) ?? []);
        finders[index] = f;
      }
      return f;
    },
    indexOf,
    person,
    mentionsIn: (entity, article) => {
      let lists = byArticle.get(entity);
      if (lists === undefined) {
        lists = new Map();
        for (const m of entity.mentions) {
          const list = lists.get(m.article);
          if (list === undefined) lists.set(m.article, [m]);
          else list.push(m);
        }
        byArticle.set(entity, lists);
      }
      return lists.get(article) ?? [];
    },
    inOrder: (entity) => {
      let all = ordered.get(entity);
      if (all === undefined) {
        all = [...entity.mentions].sort(
          (a, b) => (indexOf.get(a.article) ?? 0) - (indexOf.get(b.article) ?? 0) || a.start - b.start,
        );
        ordered.set(entity, all);
      }
      return all;
    },
  };
}

/** The role of a speaker for a quote item: as the quote finder read it at a source, else next to their name. */
function roleOf(
  group: readonly QuoteCandidate[],
  speaker: string,
  lookup: RoleLookup,
): FoundRole | undefined {
  for (const c of group) {
    if (c.quote.speaker === null || !compatible(c.quote.speaker, speaker) || c.quote.role === undefined)
      continue;
    const found = lookup.finder(c.index)?.written(c.quote.role, c.quote.start);
    if (found) return found;
  }
  const entity = lookup.person.get(speaker);
  if (!entity) return undefined;
  // The mention nearest before a source in its article, then any mention of the story in text order.
  for (const c of group) {
    const mentions = lookup.mentionsIn(entity, c.quote.article);
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k] as EntityMention;
      if (m.end > c.quote.start) continue;
      const found = lookup.finder(c.index)?.at(m.start, m.end);
      if (found) return found;
    }
  }
  for (const m of lookup.inOrder(entity)) {
    const i = lookup.indexOf.get(m.article);
    const found = i === undefined ? undefined : lookup.finder(i)?.at(m.start, m.end);
    if (found) return found;
  }
  return undefined;
}

/** Each quote as a source of its item, kept per quote object (a growing story's kept quotes are the same). */
const quoteSource: (q: Quote) => QuoteSource = keptPer((q) => ({
  text: q.text,
  speaker: q.speaker,
  article: q.article,
  start: q.start,
  end: q.end,
}));

function item(
  { members: group, speaker }: QuoteGroup,
  datesOf: ReadonlyMap<string, readonly TimelineEvent[]>,
  input: QuoteItemInput,
  lookup: RoleLookup,
  personsIn: ReadonlyMap<string, readonly Span[]>,
): QuoteItem {
  const first = (group[0] as QuoteCandidate).quote;
  const named = group.find((c) => c.quote.speaker === speaker)?.quote;
  const sources: QuoteSource[] = group.map(({ quote }) => quoteSource(quote));
  let said: QuoteDate | undefined;
  for (const c of group) {
    const ctx = input.ctxs[c.index];
    if (!ctx) continue;
    said = quoteDate(c.quote, ctx, datesOf.get(c.quote.article) ?? [], {
      storyStart: input.storyStart,
      relative: input.dated[c.index] === true,
      persons: personsIn.get(c.quote.article) ?? [],
    });
    if (said) break;
  }
  const found = speaker === null ? undefined : roleOf(group, speaker, lookup);
  // A role the name already carries ("Professor Giovanna Mallucci", "Queen Victoria") is not shown twice.
  const inName = new Set(speaker === null ? [] : nameWords(speaker));
  const role = found !== undefined && nameWords(found.display).some((w) => inName.has(w)) ? undefined : found;
  const { role: _written, ...rest } = first;
  void _written;
  return {
    ...rest,
    speaker,
    attribution: named?.attribution ?? first.attribution,
    ...(role
      ? {
          role: role.display,
          roleSource: { article: role.article, start: role.start, end: role.end, text: role.text },
        }
      : {}),
    ...(said ? { said } : {}),
    sources,
  };
}

/**
 * The story's quote items (see the module comment), in the order of their first source; among direct quotes and
 * among reported speech, those said well before the story (an earlier remark quoted again) come after the story's
 * own; quotes without a speaker after all others.
 */
export function quoteItems(input: QuoteItemInput): QuoteItem[] {
  const byId = new Map(input.ctxs.map((c) => [c.article.id, c]));
  const persons = input.entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions);
  const datesOf = new Map<string, TimelineEvent[]>();
  for (const d of input.dates) {
    const list = datesOf.get(d.article);
    if (list === undefined) datesOf.set(d.article, [d]);
    else list.push(d);
  }
  const candidates: QuoteCandidate[] = [];
  for (const q of input.quotes) {
    const ctx = byId.get(q.article);
    if (ctx) candidates.push(candidate(ctx, q));
  }
  // Each article's person mentions, in the story's order (looked up once per quote source, not filtered).
  const personsIn = new Map<string, Span[]>();
  for (const p of persons) {
    const list = personsIn.get(p.article);
    if (list === undefined) personsIn.set(p.article, [p]);
    else list.push(p);
  }
  const lookup = roleLookup(input, personsIn);
  // Pushed lists, not `map`s (see `mapped`: a `map`'s list changes kind as this function runs optimised or not).
  const items = mapped(groupQuotes(candidates, input.groups), (g) =>
    item(g, datesOf, input, lookup, personsIn),
  );
  // In order of rank, each rank's items in their own order (a stable sort by rank without a comparator: the sort's
  // per-call comparator was compiled again in every first update after a full brief, and deoptimised there).
  const ranks: QuoteItem[][] = [[], [], [], [], [], []];
  for (const q of items) (ranks[rank(q)] as QuoteItem[]).push(q);
  const out: QuoteItem[] = [];
  for (const list of ranks) for (const q of list) out.push(q);
  return out;
}

/**
 * A quote item's rank: direct quotes before reported speech, and each's earlier remarks after the story's own; a
 * quote no one is named for comes last (who said what is what a reader looks for: "misfolded proteins", "on" set in
 * quotation marks by the writer filled the first places of many English briefs' quote lists).
 */
const rank = (q: QuoteItem): number =>
  (q.speaker === null ? 4 : q.kind === 'indirect' ? 2 : 0) + (q.said?.earlier === true ? 1 : 0);
