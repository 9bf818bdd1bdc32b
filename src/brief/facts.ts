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
import type { AnalysedArticle, Carrier, Sentence } from '../core/types.js';
import { rulesFor } from '../lang/index.js';

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
}

/** The facts of a story's sentences (`of[article][sentence]`) and how to compare them. */
export interface StoryFacts {
  readonly of: readonly (readonly Fact[])[];
  /** Whether parts of closed compounds match (the story's language has a compound table). */
  readonly compounds: boolean;
  /** The story's own terms (in most articles): shared alone, they say nothing. */
  readonly common: ReadonlySet<string>;
}

const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase();

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
  common: ReadonlySet<string> = new Set(),
): string[] {
  const rules = rulesFor(language).facts;
  const stem = rules !== undefined ? stemmerFor(language) : undefined;
  const ignore = new Set(rules?.ignore ?? []);
  const tokens = sentence.tokens.filter(
    (t) =>
      (rules?.forms[t.norm] !== undefined || !t.stop) &&
      !(t.kind === 'word' && t.norm.length < 2) &&
      !ignore.has(t.norm),
  );
  // Runs of capitalised words next to each other (names); a run holding a story term keeps only that term.
  const names = new Set<number>();
  let run: number[] = [];
  const close = (): void => {
    if (run.length > 1 && run.some((i) => common.has((tokens[i] as (typeof tokens)[number]).stem)))
      for (const i of run) if (!common.has((tokens[i] as (typeof tokens)[number]).stem)) names.add(i);
    run = [];
  };
  tokens.forEach((t, i) => {
    const capital = t.kind === 'word' && isUpper(text[t.start]);
    const prev = tokens[i - 1];
    const adjacent = prev !== undefined && /^[\s-]*$/u.test(text.slice(prev.end, t.start));
    if (!capital || !adjacent) close();
    if (capital) run.push(i);
  });
  close();
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (names.has(i)) return;
    const form = rules?.forms[t.norm];
    out.add(form !== undefined && stem !== undefined ? stem(form) : t.stem);
  });
  return [...out];
}

/** The facts of every sentence of a story; `common` are the story's own terms (see `storyTerms`). */
export function storyFacts(articles: readonly AnalysedArticle[], common: ReadonlySet<string>): StoryFacts {
  const language = articles[0]?.language ?? 'und';
  const terms = articles.map((a) => a.sentences.map((s) => factTerms(s, a.text, a.language, common)));
  const df = new Map<string, number>();
  let n = 0;
  for (const list of terms.flat()) {
    n++;
    for (const t of list) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const weight = (t: string): number => Math.log((n + 1) / (df.get(t) ?? 1));
  return {
    of: terms.map((sentences) =>
      sentences.map((list) => {
        const weights = list.map(weight);
        return { terms: list, weights, total: weights.reduce((x, y) => x + y, 0) };
      }),
    ),
    compounds: rulesFor(language).compounds !== undefined,
    common,
  };
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

function shared(x: Fact, y: Fact, facts: StoryFacts): Shared {
  let weight = 0;
  let count = 0;
  let own = 0;
  let ownMissing = 0;
  x.terms.forEach((t, i) => {
    const mine = !facts.common.has(t);
    if (!y.terms.some((u) => termsMeet(t, u, facts.compounds))) {
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
  const x = facts.of[a.article]?.[a.sentence];
  const y = facts.of[b.article]?.[b.sentence];
  return x !== undefined && y !== undefined && sameFact(x, y, facts);
}
