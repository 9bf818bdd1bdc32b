/**
 * The fact matcher of the story stage: whether two sentences state the same fact, in the same words or in other
 * words. A sentence's fact is the set of its content terms — stems of its words and its figures, with the word
 * forms a stemmer leaves apart taken as one (the language's `facts` table: `getroffen` → `treffen`, `erstmals` →
 * `erst`) and, in a language with closed compounds, a compound meeting its head or first part (`Gipfeltreffen` →
 * `Treffen`). Each term weighs what it tells in this story: log(sentences / sentences holding it), so the names
 * every article repeats weigh little and a figure or a rare word much. Two sentences state the same fact when the
 * terms they share make up at least `FACT_OVERLAP` of the lighter sentence's weight and they share at least two
 * terms beyond the story's own terms (see `storyTerms`); with only one such term, when the lighter sentence has no
 * other term of its own and at most one term the other lacks. Either way the lighter sentence is said inside the
 * heavier one.
 */
import { stemmerFor } from '../analyse/index.js';
import type { AnalysedArticle, Carrier, Sentence, Token } from '../core/types.js';
import { keptPer } from '../core/kept.js';
import { tableValue } from '../compare/index.js';
import { rulesFor, type FactRules } from '../lang/index.js';

/** Share of the lighter sentence's weight that the shared terms must make up (two or more beyond the story's). */
export const FACT_OVERLAP = 0.65;
/** Shortest part a compound is matched by (`Treffen` in `Gipfeltreffen`, `Handel` in `Handelsvolumen`). */
const MIN_PART = 4;

/** One sentence's fact: its distinct content terms and their weights in the story. */
export interface Fact {
  readonly terms: readonly string[];
  readonly weights: readonly number[];
  /** Sum of the weights. */
  readonly total: number;
  /** The terms as a set, and the keys of the terms (`termKeys`): what a term of another sentence may meet. */
  readonly set: ReadonlySet<string>;
  readonly keys: ReadonlySet<string>;
  /** `termKeys` of each term (in the order of `terms`). */
  readonly termKeys: readonly (readonly string[])[];
}

/** The facts of a story's sentences (`factOf(facts, article, sentence)`) and how to compare them. */
export interface StoryFacts {
  /**
   * The fact of each sentence by its place among all the story's sentences (see `firstOf`), made when first asked
   * (`factOf`): a brief compares the facts of few of its sentences, and their weights are the story's.
   */
  readonly made: (Fact | undefined)[];
  /**
   * What `sameFactAs` found for each sentence asked (by its place among all the story's sentences): a brief asks it
   * for each of its lines twice (the summary for the line's support, the coverage for what the lines state).
   */
  readonly sameAs: (readonly Carrier[] | undefined)[];
  /** The fact terms of each article's sentences, and how many sentences hold each term among `sentences`. */
  readonly terms: readonly (readonly (readonly string[])[])[];
  readonly sets: readonly (readonly ReadonlySet<string>[])[];
  readonly keySets: readonly (readonly ReadonlySet<string>[])[];
  readonly df: ReadonlyMap<string, number>;
  readonly sentences: number;
  /** Whether parts of closed compounds match (the story's language has a compound table). */
  readonly compounds: boolean;
  /** The story's own terms (in most articles): shared alone, they say nothing. */
  readonly common: ReadonlySet<string>;
  /** `keysOf[article][sentence][term]`: the keys of each fact term (see `termKeys`). */
  readonly keysOf: readonly (readonly (readonly (readonly string[])[])[])[];
  /** The sentences holding a term under each key (article, then sentence order): all terms. */
  readonly all: ReadonlyMap<string, readonly Carrier[]>;
  /** The same for the terms beyond the story's own. */
  readonly own: ReadonlyMap<string, readonly Carrier[]>;
  /**
   * `joinedOf[article][sentence]`: the sentence's fact terms joined, the same for the sentences of the same fact
   * terms (in the same order), which state the same fact as any sentence or none (a sentence repeated by several
   * outlets is compared once).
   */
  readonly joinedOf: readonly (readonly string[])[];
  /** Where each article's sentences begin among all the story's sentences. */
  readonly firstOf: readonly number[];
  /**
   * Scratch of `sameFactAs`: the sentences met in a call are stamped with the call's number (by their place among
   * all the story's sentences), so that each is looked at once without a set of them.
   */
  readonly visits: { readonly stamp: Int32Array; calls: number };
}

/** Whether a character changes when lower-cased; ASCII is told by its code (`toLowerCase` makes a new string). */
function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return c !== c.toLowerCase();
}

const SPACE_OR_HYPHEN = /^[\s-]$/u;

/** Whether `text[from, to)` is white space and hyphens only (`/^[\s-]*$/u`, without slicing it out). */
function onlySpaceOrHyphen(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text[k] as string;
    if (c !== ' ' && !SPACE_OR_HYPHEN.test(c)) return false;
  }
  return true;
}

/**
 * The table's form for a word: its own entries only. A plain `forms[word]` also answers the names every object
 * inherits, so "constructor" gave a function, which the stemmer was handed and threw on (the brief of any German
 * text with that word failed).
 */
function formOf(rules: FactRules | undefined, norm: string): string | undefined {
  return rules !== undefined ? tableValue(rules.forms, norm) : undefined;
}

const NO_TERMS: ReadonlySet<string> = new Set();

/** A table's `ignore` list as a set, made once per list. */
const ignoreSet = keptPer((list: readonly string[]): ReadonlySet<string> => new Set(list));

/**
 * The content terms of a sentence for fact matching (distinct, in text order): stems of its words and its
 * figures, forms of the language's `facts` table taken as their word (even a stopword such as `ersten`), its `ignore` words left out, and the other
 * parts of a name that holds one of the story's own terms (`Wladimir` and `Jong` beside `Putin` and `Kim`) left
 * out: they say the name again, not another thing.
 */
export function factTerms(
  sentence: Sentence,
  text: string,
  language: string,
  common: ReadonlySet<string> = NO_TERMS,
): string[] {
  const rules = rulesFor(language).facts;
  const stem = rules !== undefined ? stemmerFor(language) : undefined;
  const ignore = rules !== undefined ? ignoreSet(rules.ignore) : NO_TERMS;
  // the kept tokens, each with its table form (undefined when the table has none)
  const tokens: Token[] = [];
  const forms: (string | undefined)[] = [];
  for (const t of sentence.tokens) {
    const form = formOf(rules, t.norm);
    if ((form !== undefined || !t.stop) && !(t.kind === 'word' && t.norm.length < 2) && !ignore.has(t.norm)) {
      tokens.push(t);
      forms.push(form);
    }
  }
  // Runs of capitalised words next to each other (names); a run holding a story term keeps only that term (without
  // story terms no run holds one).
  const names = new Set<number>();
  if (common.size > 0) {
    let run: number[] = [];
    const close = (): void => {
      if (run.length > 1 && run.some((i) => common.has((tokens[i] as Token).stem)))
        for (const i of run) if (!common.has((tokens[i] as Token).stem)) names.add(i);
      run = [];
    };
    tokens.forEach((t, i) => {
      const capital = t.kind === 'word' && isUpper(text[t.start]);
      const prev = tokens[i - 1];
      const adjacent = prev !== undefined && onlySpaceOrHyphen(text, prev.end, t.start);
      if (!capital || !adjacent) close();
      if (capital) run.push(i);
    });
    close();
  }
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (names.has(i)) continue;
    const form = forms[i];
    out.add(form !== undefined && stem !== undefined ? stem(form) : (tokens[i] as Token).stem);
  }
  return [...out];
}

/**
 * The keys under which a fact term is found by the terms it may meet (see `termsMeet`): itself, and, from
 * `MIN_PART` letters on, its first and its last `MIN_PART` letters (a compound and its first part or head share
 * one of them). Two terms that meet share a key; two that share one need not meet.
 */
export function termKeys(term: string): string[] {
  if (term.length < MIN_PART) return [ownKey(term)];
  return [ownKey(term), `<${term.slice(0, MIN_PART)}`, `>${term.slice(-MIN_PART)}`];
}

/** A term's own key: what finds the terms equal to it. */
const ownKey = (term: string): string => `=${term}`;

/** What the fact matcher keeps of one article between briefs: its sentences' fact terms and their keys. */
export interface ArticleFacts {
  /** The story's own terms the terms were found with (the key of the entry). */
  readonly common: string;
  /** Whether the keys are those of a story whose compounds match (`termKeys`), else a term's own key only. */
  readonly compounds: boolean;
  readonly terms: readonly (readonly string[])[];
  readonly keys: readonly (readonly (readonly string[])[])[];
  /** Per sentence, its terms and all their keys as sets. */
  readonly sets: readonly ReadonlySet<string>[];
  readonly keySets: readonly ReadonlySet<string>[];
  /** Per sentence, its terms joined (the key of its shape, see `StoryFacts.joinedOf`). */
  readonly joined: readonly string[];
}

/** Fact terms per article, kept between briefs of a growing story (keyed by the article object). */
export type FactMemo = Map<AnalysedArticle, ArticleFacts>;

/**
 * The key lists of the terms met in one story (`termKeys`, or a term's own key alone where compounds do not
 * match), one list per distinct term: the same term in many sentences shares it. Each occurrence made its own list
 * and strings before, about 400 000 objects in a 200-article story's memo that every full garbage collection marked.
 */
interface KeyLists {
  readonly compound: Map<string, readonly string[]>;
  readonly own: Map<string, readonly string[]>;
}

/** The key lists of each memo's story (let go with the memo). */
const keyListsOf = new WeakMap<FactMemo, KeyLists>();

function keyLists(memo: FactMemo | undefined): KeyLists {
  let lists = memo !== undefined ? keyListsOf.get(memo) : undefined;
  if (lists === undefined) {
    lists = { compound: new Map(), own: new Map() };
    if (memo !== undefined) keyListsOf.set(memo, lists);
  }
  return lists;
}

/** The keys of `term` from `lists` (made and put there when not yet). */
function keysOfTerm(lists: KeyLists, term: string, compounds: boolean): readonly string[] {
  const map = compounds ? lists.compound : lists.own;
  let keys = map.get(term);
  if (keys === undefined) {
    keys = compounds ? termKeys(term) : [ownKey(term)];
    map.set(term, keys);
  }
  return keys;
}

/**
 * The fact terms (and their keys) of one article's sentences, from `memo` when they were found with `common` and
 * the same `compounds`. Where compounds do not match, two terms meet only when equal (`termsMeet`), so a term's
 * own key (`=term`) is the only one that can find a sentence stating the same fact: the part keys are not made.
 */
function articleFacts(
  article: AnalysedArticle,
  common: ReadonlySet<string>,
  commonKey: string,
  compounds: boolean,
  memo: FactMemo | undefined,
  lists: KeyLists,
): ArticleFacts {
  const kept = memo?.get(article);
  if (kept !== undefined && kept.common === commonKey && kept.compounds === compounds) return kept;
  const terms: string[][] = [];
  const keys: (readonly string[])[][] = [];
  const sets: Set<string>[] = [];
  const keySets: Set<string>[] = [];
  const joined: string[] = [];
  for (const s of article.sentences) {
    const list = factTerms(s, article.text, article.language, common);
    const listKeys: (readonly string[])[] = [];
    const keySet = new Set<string>();
    for (const term of list) {
      const termKeyList = keysOfTerm(lists, term, compounds);
      listKeys.push(termKeyList);
      for (const key of termKeyList) keySet.add(key);
    }
    terms.push(list);
    keys.push(listKeys);
    sets.push(new Set(list));
    keySets.push(keySet);
    joined.push(list.join('\u0000'));
  }
  const found: ArticleFacts = { common: commonKey, compounds, terms, keys, sets, keySets, joined };
  memo?.set(article, found);
  return found;
}

/** The story-wide counts and indexes of the fact terms of some articles (see `StoryFacts`). */
interface FactIndex {
  /** The articles' fact terms the index was made of, in story order. */
  readonly found: ArticleFacts[];
  /** In how many sentences each term is, and how many sentences there are. */
  readonly df: Map<string, number>;
  n: number;
  readonly all: Map<string, Carrier[]>;
  readonly own: Map<string, Carrier[]>;
}

/** The index last made with each memo: a story grown at its end extends it instead of making it again. */
const kept = new WeakMap<FactMemo, FactIndex>();

/** Adds `at` to the list of `key` (once: a sentence's terms may share a key). */
function putCarrier(map: Map<string, Carrier[]>, key: string, at: Carrier): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [at]);
  else if (list[list.length - 1] !== at) list.push(at);
}

/** Adds the article at `article` (its fact terms `a`) to `index`. */
function indexArticle(index: FactIndex, a: ArticleFacts, article: number, common: ReadonlySet<string>): void {
  for (const list of a.terms) {
    index.n++;
    for (const t of list) index.df.set(t, (index.df.get(t) ?? 0) + 1);
  }
  for (let sentence = 0; sentence < a.keys.length; sentence++) {
    const keys = a.keys[sentence] as readonly (readonly string[])[];
    const terms = a.terms[sentence];
    const at: Carrier = { article, sentence };
    for (let k = 0; k < keys.length; k++) {
      const mine = !common.has(terms?.[k] as string);
      for (const key of keys[k] as readonly string[]) {
        putCarrier(index.all, key, at);
        if (mine) putCarrier(index.own, key, at);
      }
    }
  }
  index.found.push(a);
}

/**
 * The counts and indexes of the articles' fact terms. With a `memo`, the index made last with it is extended when
 * its articles' fact terms (the same objects: the same articles found with the same story terms) begin these; it
 * is then no longer the index of the earlier story (whose brief is made). Otherwise it is made anew.
 */
function factIndex(found: readonly ArticleFacts[], common: ReadonlySet<string>, memo?: FactMemo): FactIndex {
  const last = memo !== undefined ? kept.get(memo) : undefined;
  const grown =
    last !== undefined && last.found.length <= found.length && last.found.every((a, i) => a === found[i]);
  const index: FactIndex =
    last !== undefined && grown ? last : { found: [], df: new Map(), n: 0, all: new Map(), own: new Map() };
  for (let article = index.found.length; article < found.length; article++)
    indexArticle(index, found[article] as ArticleFacts, article, common);
  if (memo !== undefined) kept.set(memo, index);
  return index;
}

/**
 * The facts of every sentence of a story; `common` are the story's own terms (see `storyTerms`). With a `memo`,
 * each article's fact terms are taken from it when found with the same story terms (and put there when not).
 */
export function storyFacts(
  articles: readonly AnalysedArticle[],
  common: ReadonlySet<string>,
  memo?: FactMemo,
): StoryFacts {
  const language = articles[0]?.language ?? 'und';
  const commonKey = [...common].sort().join('\u0000');
  const compounds = rulesFor(language).compounds !== undefined;
  const lists = keyLists(memo);
  const found = articles.map((a) => articleFacts(a, common, commonKey, compounds, memo, lists));
  const { df, n, all, own } = factIndex(found, common, memo);
  const firstOf: number[] = [];
  let sentences = 0;
  for (const a of found) {
    firstOf.push(sentences);
    sentences += a.terms.length;
  }
  return {
    made: new Array<Fact | undefined>(sentences),
    sameAs: new Array<readonly Carrier[] | undefined>(sentences),
    terms: found.map((a) => a.terms),
    sets: found.map((a) => a.sets),
    keySets: found.map((a) => a.keySets),
    df,
    sentences: n,
    compounds,
    common,
    keysOf: found.map((a) => a.keys),
    all,
    own,
    joinedOf: found.map((a) => a.joined),
    firstOf,
    visits: { stamp: new Int32Array(sentences), calls: 0 },
  };
}

/**
 * The fact of sentence `sentence` of article `article` (undefined when there is none), made on first need: each
 * term weighs log((sentences + 1) / sentences holding it). Read before the next `storyFacts` with the same memo
 * (which extends the counts in place).
 */
export function factOf(facts: StoryFacts, article: number, sentence: number): Fact | undefined {
  const list = facts.terms[article]?.[sentence];
  if (list === undefined) return undefined;
  const u = (facts.firstOf[article] as number) + sentence;
  const kept = facts.made[u];
  if (kept !== undefined) return kept;
  const { df, sentences: n } = facts;
  const weights = list.map((t) => Math.log((n + 1) / (df.get(t) ?? 1)));
  const fact: Fact = {
    terms: list,
    weights,
    total: weights.reduce((x, y) => x + y, 0),
    set: facts.sets[article]?.[sentence] as ReadonlySet<string>,
    keys: facts.keySets[article]?.[sentence] as ReadonlySet<string>,
    termKeys: facts.keysOf[article]?.[sentence] as readonly (readonly string[])[],
  };
  facts.made[u] = fact;
  return fact;
}

/** Whether two terms name the same thing: equal, or (with compounds) one the head or first part of the other. */
function termsMeet(a: string, b: string, compounds: boolean): boolean {
  if (a === b) return true;
  if (!compounds) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return (
    short.length >= MIN_PART &&
    long.length >= short.length + 3 &&
    (long.endsWith(short) || long.startsWith(short)) &&
    !/^\d/u.test(short)
  );
}

interface Shared {
  /** Weight of `x`'s terms that `y` holds too. */
  readonly weight: number;
  readonly count: number;
  /** How many of them are beyond the story's own terms. */
  readonly own: number;
  /** How many of `x`'s terms beyond the story's own `y` does not hold. */
  readonly ownMissing: number;
}

/**
 * Whether term `i` of `x` meets a term of `y` (`termsMeet`): its own terms and keys answer most cases without
 * reading the terms (a term that meets another shares a key with it).
 */
function meetsAny(x: Fact, i: number, y: Fact, compounds: boolean): boolean {
  const t = x.terms[i] as string;
  if (y.set.has(t)) return true;
  if (!compounds) return false;
  const keys = x.termKeys[i] ?? [];
  if (!keys.some((k) => y.keys.has(k))) return false;
  return y.terms.some((u) => termsMeet(t, u, compounds));
}

function shared(x: Fact, y: Fact, facts: StoryFacts): Shared {
  let weight = 0;
  let count = 0;
  let own = 0;
  let ownMissing = 0;
  x.terms.forEach((t, i) => {
    const mine = !facts.common.has(t);
    if (!meetsAny(x, i, y, facts.compounds)) {
      if (mine) ownMissing++;
      return;
    }
    weight += x.weights[i] as number;
    count++;
    if (mine) own++;
  });
  return { weight, count, own, ownMissing };
}

/** Whether two sentences state the same fact (see the module comment). */
export function sameFact(x: Fact, y: Fact, facts: StoryFacts): boolean {
  const [light, heavy] = x.total <= y.total ? [x, y] : [y, x];
  if (light.total <= 0) return false;
  const s = shared(light, heavy, facts);
  if (s.count < 2 || s.own < 1) return false;
  if (s.own >= 2) return s.weight >= FACT_OVERLAP * light.total;
  return s.ownMissing === 0 && s.count >= light.terms.length - 1;
}

/** `sameFact` for two sentences of the story given by article and sentence index. */
export function sameFactAt(facts: StoryFacts, a: Carrier, b: Carrier): boolean {
  const x = factOf(facts, a.article, a.sentence);
  const y = factOf(facts, b.article, b.sentence);
  return x !== undefined && y !== undefined && sameFact(x, y, facts);
}

/**
 * Every other sentence of the story that states the fact of sentence `x` (`sameFactAt`), in article then sentence
 * order: only the sentences that share a key with it are compared. Two sentences state the same fact only when a
 * term beyond the story's own of one meets a term of the other, and terms that meet share a key (`termKeys`): the
 * sentences found are those a comparison with every sentence finds. The list is kept with `facts` (`sameAs`) and
 * given again when the sentence is asked again.
 */
export function sameFactAs(facts: StoryFacts, x: Carrier): readonly Carrier[] {
  const first = facts.firstOf[x.article];
  const u =
    first !== undefined && x.sentence < (facts.terms[x.article]?.length ?? 0) ? first + x.sentence : -1;
  const kept = u >= 0 ? facts.sameAs[u] : undefined;
  if (kept !== undefined) return kept;
  const out: Carrier[] = [];
  sameFactWhere(facts, x, (at) => {
    out.push(at);
    return false;
  });
  out.sort((a, b) => a.article - b.article || a.sentence - b.sentence);
  if (u >= 0) facts.sameAs[u] = out;
  return out;
}

/**
 * Whether another sentence that states the fact of `x` is one `wanted` accepts (`sameFactAs(facts, x).some(wanted)`,
 * without the list): the sentences sharing a key with it are read once, each asked `wanted` before the fact matcher
 * (which is dearer), and the search ends at the first found. `wanted` returning false for every one visits them all.
 */
export function someSameFact(facts: StoryFacts, x: Carrier, wanted: (at: Carrier) => boolean): boolean {
  return sameFactWhere(facts, x, wanted, true);
}

/**
 * The sentences sharing a key with `x` (see `termKeys`) that state its fact, in the order the index gives them,
 * handed to `found` until it returns true (then true). With `askFirst`, `found` is asked before the fact matcher
 * and a sentence it refuses is not matched.
 */
function sameFactWhere(
  facts: StoryFacts,
  x: Carrier,
  found: (at: Carrier) => boolean,
  askFirst = false,
): boolean {
  const fact = factOf(facts, x.article, x.sentence);
  const keys = facts.keysOf[x.article]?.[x.sentence];
  if (fact === undefined || keys === undefined) return false;
  const { visits, firstOf } = facts;
  if (visits.calls === 0x7fffffff) {
    visits.stamp.fill(0);
    visits.calls = 0;
  }
  const call = ++visits.calls;
  const verdicts = new Map<string, boolean>();
  // Whether sentence `at` states the fact and `found` takes it (then the search ends).
  const meets = (at: Carrier): boolean => {
    if (at.article === x.article && at.sentence === x.sentence) return false;
    if (askFirst && !found(at)) return false;
    const shape = facts.joinedOf[at.article]?.[at.sentence];
    if (shape === undefined) return false;
    let same = verdicts.get(shape);
    if (same === undefined) {
      const y = factOf(facts, at.article, at.sentence);
      if (y === undefined) return false;
      same = sameFact(fact, y, facts);
      verdicts.set(shape, same);
    }
    return same && (askFirst || found(at));
  };
  // Each sentence is matched when first met, in the order the index gives them (no list of them made first: a search
  // that finds one early ends there).
  const look = (index: ReadonlyMap<string, readonly Carrier[]>, key: string): boolean => {
    const list = index.get(key);
    if (list === undefined) return false;
    for (let k = 0; k < list.length; k++) {
      const at = list[k] as Carrier;
      const u = (firstOf[at.article] as number) + at.sentence;
      if (visits.stamp[u] === call) continue;
      visits.stamp[u] = call;
      if (meets(at)) return true;
    }
    return false;
  };
  for (let k = 0; k < fact.terms.length; k++) {
    const mine = !facts.common.has(fact.terms[k] as string);
    for (const key of keys[k] ?? []) if (look(facts.own, key) || (mine && look(facts.all, key))) return true;
  }
  return false;
}
