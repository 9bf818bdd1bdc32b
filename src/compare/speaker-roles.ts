/**
 * The role a text gives a person next to their name, and how it is shown beside a quote's speaker: "der russische
 * Präsident Wladimir Putin" and "Putin, Russlands Präsident," (German), "Russian President Vladimir Putin" and
 * "Putin, Russia's president," (English) give "russischer Präsident", "Russlands Präsident", "Russian president".
 * The words come from the language's role table (`src/lang/<code>/roles.ts`); a language without one finds none.
 */
import { rulesFor, type RoleGender, type RoleRules } from '../lang/index.js';
import type { ArticleContext } from './context.js';
import type { AnalysedArticle, Span } from '../core/types.js';
import { isCapitalised, scanWords, wordIndexAt, type Word } from './words.js';

/** Most words qualifying a role noun ("ehemalige nordkoreanische Banker": two). */
const MAX_MODIFIERS = 3;
/** Most words of a complement after the noun ("Sprecher des Auswärtigen Amtes"). */
const MAX_COMPLEMENT = 3;
/** Fewest letters a compound keeps before its role noun ("Außenminister"), so that "Chef" is not a compound. */
const MIN_PREFIX = 2;

/** A role next to a name: how it is shown, and the phrase as written (with its article) and where it stands. */
export interface FoundRole extends Span {
  /** As shown beside the name ("russischer Präsident"). */
  readonly display: string;
  /** The phrase as written, article included ("der russische Präsident"). */
  readonly text: string;
}

interface NounEntry {
  readonly noun: string;
  readonly gender: RoleGender;
  readonly adjectival: boolean;
}

/** A role noun as found: its display form, gender, and whether it declines like an adjective. */
interface FoundNoun {
  readonly display: string;
  readonly gender: RoleGender;
  readonly adjectival: boolean;
}

interface RoleIndex {
  readonly rules: RoleRules;
  readonly nouns: ReadonlyMap<string, NounEntry>;
  readonly determiners: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
  readonly complements: ReadonlySet<string>;
}

const indexCache = new WeakMap<RoleRules, RoleIndex>();

function roleIndex(rules: RoleRules): RoleIndex {
  const kept = indexCache.get(rules);
  if (kept) return kept;
  const nouns = new Map<string, NounEntry>();
  for (const n of rules.nouns) {
    const entry = { noun: n.noun, gender: n.gender ?? 'm', adjectival: n.adjectival === true };
    for (const form of [n.noun.toLowerCase(), ...(n.forms ?? [])])
      if (!nouns.has(form)) nouns.set(form, entry);
  }
  const index: RoleIndex = {
    rules,
    nouns,
    determiners: new Set(rules.determiners),
    modifiers: new Set(rules.modifiers),
    complements: new Set(rules.complementWords),
  };
  indexCache.set(rules, index);
  return index;
}

/** A role noun as written ("US-Präsidenten") → its display form ("US-Präsident") and gender; undefined if none. */
function roleNoun(index: RoleIndex, word: Word): FoundNoun | undefined {
  const whole = index.nouns.get(word.lower);
  const show = (noun: string): string => (index.rules.lowerCaseNoun ? noun.toLowerCase() : noun);
  if (whole) return { display: show(whole.noun), gender: whole.gender, adjectival: whole.adjectival };
  // A compound ending in a role noun: the longest such ending ("Außenministerin", "Kremlchef", "US-Präsident");
  // without closed compounds, only after a hyphen ("then-candidate").
  const hyphen = word.lower.lastIndexOf('-');
  const from = index.rules.compounds ? MIN_PREFIX : hyphen + 1;
  for (let i = from; i < word.lower.length - 2 && (index.rules.compounds || hyphen > 0); i++) {
    const entry = index.nouns.get(word.lower.slice(i));
    if (!entry) continue;
    const prefix = word.text.slice(0, i);
    const noun = prefix.endsWith('-') ? entry.noun : entry.noun.toLowerCase();
    return { display: show(`${prefix}${noun}`), gender: entry.gender, adjectival: entry.adjectival };
  }
  return undefined;
}

type ModifierKind = 'listed' | 'adjective' | 'genitive' | 'capitalised';

function modifierKind(index: RoleIndex, word: Word, ctx: RoleContext): ModifierKind | undefined {
  const { rules } = index;
  if (index.modifiers.has(word.lower)) return 'listed';
  if (index.determiners.has(word.lower) || ctx.stops.has(word.start)) return undefined;
  const lower = !isCapitalised(word.text);
  if (lower && word.lower.length > 3 && rules.adjectiveEndings.some((e) => word.lower.endsWith(e)))
    return 'adjective';
  if (lower) return undefined;
  if (ctx.calendar.has(word.lower)) return undefined;
  // A genitive may be a person ("Putins Berater"); another capitalised word of a name is not a qualifier.
  if (rules.genitiveEndings.some((e) => word.text.length > e.length + 1 && word.text.endsWith(e)))
    return 'genitive';
  return rules.capitalisedModifiers && !ctx.person(word.start) ? 'capitalised' : undefined;
}

/** A German adjective with its strong nominative ending for the noun's gender ("russische" → "russischer"). */
function strongAdjective(rules: RoleRules, word: string, gender: RoleGender): string {
  if (!rules.strongEndings) return word;
  const ending = [...rules.adjectiveEndings]
    .sort((a, b) => b.length - a.length)
    .find((e) => word.endsWith(e));
  return ending === undefined ? word : `${word.slice(0, -ending.length)}${rules.strongEndings[gender]}`;
}

/**
 * The noun's gender where the article decides it (an adjectival noun: "die Vorsitzende" is feminine), and its
 * display with the strong ending ("der GdP-Vorsitzende" → "GdP-Vorsitzender").
 */
function agreed(index: RoleIndex, noun: FoundNoun, determiner: Word | undefined): FoundNoun {
  if (!noun.adjectival) return noun;
  const feminine =
    determiner !== undefined && (index.rules.feminineArticles ?? []).includes(determiner.lower);
  const gender: RoleGender = feminine ? 'f' : 'm';
  return { ...noun, gender, display: strongAdjective(index.rules, noun.display, gender) };
}

/** What the role finder needs of an article besides its words. */
interface RoleContext {
  readonly text: string;
  readonly words: readonly Word[];
  /** Starts of stopword tokens. */
  readonly stops: ReadonlySet<number>;
  readonly calendar: ReadonlySet<string>;
  /** Whether a word at this offset is part of a person's name. */
  readonly person: (offset: number) => boolean;
}

/** Whether only spaces stand between two words. */
const spaced = (text: string, a: Word, b: Word): boolean => /^[ \t]+$/u.test(text.slice(a.end, b.start));

/** The qualifying words before `words[head]`, and the article before them (if any), as indexes. */
function modifiersBefore(
  index: RoleIndex,
  ctx: RoleContext,
  head: number,
): { first: number; determiner: number | undefined; kinds: ModifierKind[] } {
  const { words, text } = ctx;
  const kinds: ModifierKind[] = [];
  let first = head;
  while (kinds.length < MAX_MODIFIERS && first > 0) {
    const w = words[first - 1] as Word;
    if (!spaced(text, w, words[first] as Word)) break;
    const kind = modifierKind(index, w, ctx);
    if (!kind) break;
    kinds.unshift(kind);
    first--;
  }
  const before = words[first - 1];
  const determiner =
    before && index.determiners.has(before.lower) && spaced(text, before, words[first] as Word)
      ? first - 1
      : undefined;
  // An adjective ending alone ("sagte") is only an adjective after an article ("der russische").
  if (determiner === undefined)
    while (kinds[0] === 'adjective') {
      kinds.shift();
      first++;
    }
  return { first, determiner, kinds };
}

function display(
  index: RoleIndex,
  ctx: RoleContext,
  from: number,
  kinds: readonly ModifierKind[],
  noun: FoundNoun,
  complement: readonly Word[],
): string {
  const parts = kinds.map((kind, k) => {
    const w = ctx.words[from + k] as Word;
    if (kind === 'adjective') return strongAdjective(index.rules, w.text, noun.gender);
    // "Attorney General", "Prime Minister": words of the tables are shown as the noun is.
    const tabled = kind === 'listed' || (kind === 'capitalised' && roleNoun(index, w) !== undefined);
    return tabled && index.rules.lowerCaseNoun ? w.lower : w.text;
  });
  return [...parts, noun.display, ...complement.map((w) => w.text)].join(' ');
}

/**
 * The role whose noun is word `head`, read back over its modifiers and article to where it starts and on to word
 * `end` (the noun, or the last word of its `complement`), as written and as shown.
 */
function roleAt(
  index: RoleIndex,
  ctx: RoleContext,
  head: number,
  noun: FoundNoun,
  end: Word,
  complement: readonly Word[],
  article: string,
): FoundRole {
  const { first, determiner, kinds } = modifiersBefore(index, ctx, head);
  const start = (ctx.words[determiner ?? first] as Word).start;
  const agreeing = agreed(index, noun, determiner === undefined ? undefined : ctx.words[determiner]);
  return {
    article,
    start,
    end: end.end,
    text: ctx.text.slice(start, end.end),
    display: display(index, ctx, first, kinds, agreeing, complement),
  };
}

/**
 * The role written right before the name starting at word `at` ("der russische Präsident Wladimir Putin"), also
 * before an abbreviated honorific there ("Zoodirektor Dr. Karl Brandt", "Klinikdirektor Prof. Dr. Anna Berger").
 */
function roleBefore(index: RoleIndex, ctx: RoleContext, at: number, article: string): FoundRole | undefined {
  const found = roleRightBefore(index, ctx, at, article);
  if (found) return found;
  let k = at;
  while (k > 1 && honorificBefore(index, ctx, k)) k--;
  return k < at ? roleRightBefore(index, ctx, k, article) : undefined;
}

/** Whether word `k - 1` is an honorific written with a full stop before word `k` ("Dr. Karl"). */
function honorificBefore(index: RoleIndex, ctx: RoleContext, k: number): boolean {
  const h = ctx.words[k - 1];
  const next = ctx.words[k];
  return (
    h !== undefined &&
    next !== undefined &&
    index.rules.honorifics.includes(h.lower) &&
    /^\.[ \t]+$/u.test(ctx.text.slice(h.end, next.start))
  );
}

/** The role whose noun is the word right before word `at`. */
function roleRightBefore(
  index: RoleIndex,
  ctx: RoleContext,
  at: number,
  article: string,
): FoundRole | undefined {
  const head = at - 1;
  const headWord = ctx.words[head];
  const name = ctx.words[at];
  if (!headWord || !name || !spaced(ctx.text, headWord, name)) return undefined;
  const noun = roleNoun(index, headWord);
  return noun ? roleAt(index, ctx, head, noun, headWord, [], article) : undefined;
}

/**
 * A role with its complement before the name, set off by a comma ("der Sprecher des Auswärtigen Amtes, Martin
 * Schäfer"): the role noun stands at most `MAX_COMPLEMENT` + 1 words before the comma, its complement after it.
 */
function roleBeforeComma(
  index: RoleIndex,
  ctx: RoleContext,
  at: number,
  article: string,
): FoundRole | undefined {
  const { words, text } = ctx;
  const name = words[at];
  const before = words[at - 1];
  if (!name || !before || !/^\s*,\s*$/u.test(text.slice(before.end, name.start))) return undefined;
  for (let head = at - 3; head >= Math.max(0, at - 2 - MAX_COMPLEMENT); head--) {
    const headWord = words[head] as Word;
    const noun = roleNoun(index, headWord);
    const next = words[head + 1] as Word;
    if (!noun || !index.complements.has(next.lower)) continue;
    for (let k = head; k < at - 1; k++)
      if (!spaced(text, words[k] as Word, words[k + 1] as Word)) return undefined;
    return roleAt(index, ctx, head, noun, before, words.slice(head + 1, at), article);
  }
  return undefined;
}

/** The role in apposition after the name ending at word `last` ("Putin, Russlands Präsident,"). */
function roleAfter(index: RoleIndex, ctx: RoleContext, last: number, article: string): FoundRole | undefined {
  const { words, text } = ctx;
  const name = words[last];
  if (!name || !/^\s*,\s*$/u.test(text.slice(name.end, words[last + 1]?.start ?? name.end))) return undefined;
  let i = last + 1;
  const determiner = words[i] && index.determiners.has((words[i] as Word).lower) ? i++ : undefined;
  const from = i;
  const kinds: ModifierKind[] = [];
  while (i < words.length && kinds.length <= MAX_MODIFIERS) {
    const w = words[i] as Word;
    if (roleNoun(index, w)) break;
    const kind = modifierKind(index, w, ctx);
    if (!kind || (kind === 'adjective' && determiner === undefined)) return undefined;
    kinds.push(kind);
    i++;
  }
  const headWord = words[i];
  const noun = headWord ? roleNoun(index, headWord) : undefined;
  if (!headWord || !noun || kinds.length > MAX_MODIFIERS) return undefined;
  for (let k = from; k < i; k++) if (!spaced(text, words[k] as Word, words[k + 1] as Word)) return undefined;
  // A complement ("des Auswärtigen Amtes", "of the ministry") up to the punctuation that closes the apposition.
  let end = i;
  const next = words[i + 1];
  if (next && index.complements.has(next.lower) && spaced(text, headWord, next)) {
    let j = i + 1;
    while (
      j + 1 < words.length &&
      j - i < MAX_COMPLEMENT &&
      spaced(text, words[j] as Word, words[j + 1] as Word)
    )
      j++;
    const last = words[j] as Word;
    // A full stop after an abbreviation ("Indiana's U.S. Senate seat") does not close the apposition.
    const closes =
      /^\s*[,;)–—]/u.test(text.slice(last.end)) ||
      (/^\.(?:\s|$)/u.test(text.slice(last.end)) && !/\./u.test(last.text));
    if (j > i + 1 && closes) end = j;
  }
  const endWord = words[end] as Word;
  // The apposition ends at punctuation, or the noun is shown alone before a complement too long to show.
  const ofSomething = end === i && next !== undefined && index.complements.has(next.lower);
  if (!ofSomething && !/^\s*(?:[,;.)–—]|$)/u.test(text.slice(endWord.end))) return undefined;
  const start = (words[determiner ?? from] as Word).start;
  return {
    article,
    start,
    end: endWord.end,
    text: text.slice(start, endWord.end),
    display: display(
      index,
      ctx,
      from,
      kinds,
      agreed(index, noun, determiner === undefined ? undefined : words[determiner]),
      words.slice(i + 1, end + 1),
    ),
  };
}

/** The offsets of an article's stop words (kept per article object: the article alone decides them). */
const stopOffsets = new WeakMap<AnalysedArticle, ReadonlySet<number>>();

function stopsOf(article: AnalysedArticle): ReadonlySet<number> {
  let stops = stopOffsets.get(article);
  if (stops === undefined) {
    const found = new Set<number>();
    for (const s of article.sentences) for (const t of s.tokens) if (t.stop) found.add(t.start);
    stops = found;
    stopOffsets.set(article, stops);
  }
  return stops;
}

/** Finds roles next to the names of one article. */
/** Whether a word is a role noun of the language's role table, or a compound ending in one ("Militärexperte"). */
export function isRoleNoun(ctx: ArticleContext, word: Word): boolean {
  const rules = rulesFor(ctx.article.language).roles;
  return rules !== undefined && roleNoun(roleIndex(rules), word) !== undefined;
}

/** Whether a word is a role noun or a modifier of one in the language's role tables ("deputy", "former"). */
export function isRoleWord(ctx: ArticleContext, word: Word): boolean {
  const rules = rulesFor(ctx.article.language).roles;
  if (rules === undefined) return false;
  const index = roleIndex(rules);
  return index.modifiers.has(word.lower) || roleNoun(index, word) !== undefined;
}

export class RoleFinder {
  private readonly index: RoleIndex | undefined;
  private readonly ctx: RoleContext;

  constructor(
    private readonly article: ArticleContext,
    /** Spans of person names in the article (a capitalised word inside one is not a qualifier). */
    persons: readonly Span[],
  ) {
    const rules = rulesFor(article.article.language).roles;
    this.index = rules ? roleIndex(rules) : undefined;
    const stops = stopsOf(article.article);
    const spans = persons.filter((p) => p.article === article.article.id);
    this.ctx = {
      text: article.article.text,
      words: article.words,
      stops,
      calendar: article.sets.calendar,
      person: (offset) => spans.some((p) => p.start <= offset && offset < p.end),
    };
  }

  /** The id of the article. */
  get articleId(): string {
    return this.article.article.id;
  }

  /** The role written next to the name at `[start, end)` (before it, in apposition after it, or before it and a comma). */
  at(start: number, end: number): FoundRole | undefined {
    if (!this.index) return undefined;
    const first = wordIndexAt(this.ctx.words, start);
    const last = wordIndexAt(this.ctx.words, end) - 1;
    if (first > last) return undefined;
    const id = this.article.article.id;
    return (
      roleBefore(this.index, this.ctx, first, id) ??
      roleAfter(this.index, this.ctx, last, id) ??
      roleBeforeComma(this.index, this.ctx, first, id)
    );
  }

  /**
   * A role as the quote finder wrote it ("mexikanische Präsident"), shown the same way (a noun the tables do not
   * know as written, its adjectives agreeing) and placed at its last occurrence before `before` (else its first);
   * undefined when it is not in the text.
   */
  written(role: string, before: number): FoundRole | undefined {
    if (!this.index) return undefined;
    const { text } = this.ctx;
    const prior = text.lastIndexOf(role, before);
    const at = prior >= 0 ? prior : text.indexOf(role);
    if (at < 0) return undefined;
    const words = scanWords(text, at, at + role.length);
    // "Autor des Berichts", "Vorsitzende des Gremiums": the role noun stands before its genitive complement.
    const cut = words.findIndex((w, k) => k > 0 && this.index?.complements.has(w.lower) === true);
    const complement = cut > 0 ? words.slice(cut, cut + 1 + MAX_COMPLEMENT) : [];
    const headWord = words[cut > 0 ? cut - 1 : words.length - 1];
    const endWord = complement.at(-1) ?? headWord;
    if (!headWord || !endWord) return undefined;
    const head = wordIndexAt(this.ctx.words, headWord.start);
    const { rules } = this.index;
    if (rules.honorifics.includes(headWord.lower)) return undefined;
    // A role word the tables do not know ("Bürgerrechtler"): masculine unless it has the feminine ending.
    const noun = roleNoun(this.index, headWord) ?? {
      display: headWord.text,
      gender: rules.feminineEnding !== undefined && headWord.lower.endsWith(rules.feminineEnding) ? 'f' : 'm',
      adjectival: false,
    };
    return roleAt(this.index, this.ctx, head, noun, endWord, complement, this.article.article.id);
  }
}
