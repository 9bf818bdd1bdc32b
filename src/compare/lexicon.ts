import type { ArticleContext } from './context.js';
import type { EntityType } from './types.js';
import { genitiveBase } from './names.js';
import type { Word } from './words.js';

/**
 * The rule that put a name into the lexicon (the first one that did): shared gazetteer, language table, a person
 * rule (title, first name, family-first, speech verb, quote speaker, known family name, lone family name), an
 * organisation rule (head word, legal form, acronym, organisation noun, organisation ending, place adjective) or a
 * place rule (street, ambiguous place after a preposition, place adjective, discovered after prepositions).
 */
export type EntityRule =
  | 'gazetteer'
  | 'table'
  | 'title'
  | 'first-name'
  | 'family-first'
  | 'speech-verb'
  | 'genitive'
  | 'first-name-alone'
  | 'subject'
  | 'relative'
  | 'repeated'
  | 'context'
  | 'coordinated'
  | 'acronym-definition'
  | 'speaker'
  | 'known-person'
  | 'short-name'
  | 'shared-family'
  | 'org-head'
  | 'org-form'
  | 'org-acronym'
  | 'org-noun'
  | 'org-ending'
  | 'adjective-org'
  | 'street'
  | 'ambiguous-place'
  | 'adjective-place'
  | 'discovered-place'
  | 'caps-place'
  | 'district-place'
  | 'team'
  | 'fuzzy';

/** A name to look for: its words as written, the entity (key) it stands for and the rule that found it. */
export interface LexiconEntry {
  readonly words: readonly string[];
  readonly key: string;
  readonly type: EntityType;
  readonly rule: EntityRule;
}

export interface RawMention {
  readonly key: string;
  readonly type: EntityType;
  readonly rule: EntityRule;
  readonly article: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Word indices `[from, to)`. */
  readonly from: number;
  readonly to: number;
}

/** A lone capital, an initial: its full stop stays inside a name (a constant: `matchAt` runs at every word). */
const INITIAL_LETTER = /^\p{Lu}$/u;

/** An entry's identity: a second entry of the same key and words is not added. */
function idOf(entry: LexiconEntry): string {
  let id = entryIds.get(entry);
  if (id === undefined) {
    id = `${entry.key}|${entry.words.join(' ')}`;
    entryIds.set(entry, id);
  }
  return id;
}

/** Each entry's identity, made once per entry object (the tables' entries and a story's kept names come again). */
const entryIds = new WeakMap<LexiconEntry, string>();

export class Lexicon {
  /** The lists of entries by first word (this lexicon's own: those of `base` are looked up there). */
  private readonly byFirst = new Map<string, LexiconEntry[]>();
  private readonly seen = new Set<string>();
  /**
   * Lists added to since they were last sorted (longest entry first, else in order of adding): sorted when next
   * looked up, once, not once per entry added (the sort is stable, so the order is the same).
   */
  private readonly unsorted = new Set<LexiconEntry[]>();

  /** `base`: the lexicon this one was made over (`over`); its lists are read, never changed, from here. */
  private constructor(private readonly base?: Lexicon) {}

  /** An empty lexicon. */
  static empty(): Lexicon {
    return new Lexicon();
  }

  /**
   * The lexicon `Lexicon.empty()` is after adding `first` and then `base`'s entries in the order they were added
   * to `base`: the same entries, in the same order at every word. Made over `base`'s sorted lists (each copied here
   * only when a word's list changes), so a base of many entries (the gazetteer, a language's tables) is not added
   * again entry by entry. `base` must be a lexicon made by `empty` and must not be added to after this.
   */
  static over(base: Lexicon, first: readonly LexiconEntry[]): Lexicon {
    if (base.base !== undefined) throw new Error('a lexicon is made over a lexicon made by empty()');
    base.sortAll();
    const lexicon = new Lexicon(base);
    for (const entry of first) {
      const id = idOf(entry);
      if (lexicon.seen.has(id) || entry.words.length === 0) continue;
      lexicon.seen.add(id);
      const word = entry.words[0] as string;
      let list = lexicon.byFirst.get(word);
      if (list === undefined) {
        list = [];
        lexicon.byFirst.set(word, list);
        lexicon.unsorted.add(list);
      }
      list.push(entry);
    }
    for (const list of lexicon.byFirst.values()) {
      // added first: before the base's entries of the word (one of the same id stands in for the base's)
      const word = (list[0] as LexiconEntry).words[0] as string;
      for (const entry of base.byFirst.get(word) ?? []) if (!lexicon.seen.has(idOf(entry))) list.push(entry);
    }
    return lexicon;
  }

  add(entry: LexiconEntry): void {
    const id = idOf(entry);
    if (this.seen.has(id) || this.base?.seen.has(id) === true || entry.words.length === 0) return;
    this.seen.add(id);
    const first = entry.words[0] as string;
    let list = this.byFirst.get(first);
    if (list === undefined) {
      // the base's list of the word, copied before it changes
      list = [...(this.base?.byFirst.get(first) ?? [])];
      this.byFirst.set(first, list);
    }
    list.push(entry);
    this.unsorted.add(list);
  }

  /** Sorts every list added to since it was last sorted. */
  private sortAll(): void {
    for (const list of this.unsorted) list.sort((a, b) => b.words.length - a.words.length);
    this.unsorted.clear();
  }

  /** The list of entries of a word: this lexicon's own, else its base's. */
  private listOf(first: string): LexiconEntry[] | undefined {
    return this.byFirst.get(first) ?? this.base?.byFirst.get(first);
  }

  private entries(first: string): readonly LexiconEntry[] {
    const list = this.listOf(first);
    if (list === undefined) return [];
    if (this.unsorted.delete(list)) list.sort((a, b) => b.words.length - a.words.length);
    return list;
  }

  has(word: string): boolean {
    return this.listOf(word) !== undefined;
  }

  /** Whether the word alone is a name of the lexicon (not only the first word of a longer one: "Chicago Tribune"). */
  hasAlone(word: string): boolean {
    return this.entries(word).some((e) => e.words.length === 1);
  }

  /**
   * The entries a match at a word written `word` tries, in the order it tries them (the list sorted first, as a
   * match sorts it), as one string ('' when none).
   */
  signature(word: string): string {
    const list = this.entries(word);
    return list.length === 0 ? '' : list.map((e) => `${e.type}|${e.key}|${e.words.join(' ')}`).join('\n');
  }

  /** The words a scan of `words` looks entries up by: each word as written and its genitive base. */
  static lookups(words: readonly Word[]): string[] {
    const out = new Set<string>();
    for (const w of words) {
      out.add(w.text);
      out.add(genitiveBase(w.text) ?? '');
    }
    return [...out];
  }

  /**
   * The entry that matches exactly these words, as written and joined (a name outside any text: a speaker's words, a
   * name joined across a broken hyphen), as `matchAt` finds it; undefined when the longest match is shorter.
   */
  matchWords(words: readonly string[]): { entry: LexiconEntry; to: number; genitive: boolean } | undefined {
    const asWords = words.map((text, i): Word => ({
      start: 0,
      end: 0,
      text,
      lower: text.toLowerCase(),
      tightBefore: i > 0,
    }));
    const hit = this.matchAt(asWords, 0);
    return hit !== undefined && hit.to === words.length ? hit : undefined;
  }

  /** The longest entry matching at word `i`; the last word may carry a genitive `-s` (left out of the span). */
  matchAt(
    words: readonly Word[],
    i: number,
  ): { entry: LexiconEntry; to: number; genitive: boolean } | undefined {
    const w = words[i] as Word;
    // The entries of the word as written, then those of its genitive base (no list made of both).
    const own = this.entries(w.text);
    const base = genitiveBase(w.text);
    const more = base === undefined ? this.entries('') : this.entries(base);
    const count = own.length + more.length;
    for (let e = 0; e < count; e++) {
      const entry = (e < own.length ? own[e] : more[e - own.length]) as LexiconEntry;
      const n = entry.words.length;
      let ok = true;
      let genitive = false;
      for (let k = 0; k < n && ok; k++) {
        const word = words[i + k];
        const want = entry.words[k] as string;
        // An initial keeps its full stop inside a name ("George W. Bush").
        const joined = word?.tightBefore === true || INITIAL_LETTER.test(words[i + k - 1]?.text ?? '');
        if (!word || (k > 0 && !joined)) ok = false;
        else if (word.text === want) continue;
        else if (k === n - 1 && genitiveBase(word.text) === want) genitive = true;
        else ok = false;
      }
      if (ok) return { entry, to: i + n, genitive };
    }
    return undefined;
  }

  /** Every mention in one article, longest first, left to right, without overlaps. */
  scan(ctx: ArticleContext): RawMention[] {
    const out: RawMention[] = [];
    const { words } = ctx;
    for (let i = 0; i < words.length;) {
      const hit = this.matchAt(words, i);
      if (!hit) {
        i++;
        continue;
      }
      out.push(mentionOf(ctx, i, hit));
      i = hit.to;
    }
    return out;
  }

  /**
   * `scan(ctx)`, from `old`, a scan of the same article (at the same index) by a lexicon that had the same entries
   * as this one at every word except those flagged in `changed` (by word index: the word's own or genitive base's
   * entries differ). A match at a word depends only on the entries of that word, so the scan steps as the old one
   * did and matches afresh only at flagged words and at words the old scan stepped over (inside its mentions); an
   * unflagged word it stepped on keeps its old mention (the same object) or its lack of one.
   */
  rescan(ctx: ArticleContext, old: readonly RawMention[], changed: Uint8Array): RawMention[] {
    const out: RawMention[] = [];
    const { words } = ctx;
    let o = 0;
    for (let i = 0; i < words.length;) {
      while (o < old.length && (old[o] as RawMention).from < i) o++;
      // The old scan stepped on word i unless the last old mention before it covers it.
      const covered = o > 0 && (old[o - 1] as RawMention).to > i;
      if (!covered && changed[i] === 0) {
        const m = old[o];
        if (m !== undefined && m.from === i) {
          out.push(m);
          i = m.to;
        } else i++;
        continue;
      }
      const hit = this.matchAt(words, i);
      if (!hit) {
        i++;
        continue;
      }
      out.push(mentionOf(ctx, i, hit));
      i = hit.to;
    }
    return out;
  }
}

/** A name's last initial before its full stop ("Monika T. gestand", "Frank Wi., der"). */
const INITIAL = /^\p{Lu}\p{Ll}?$/u;
/** The full stop of an abbreviation inside the sentence: a lower-case word or a comma follows it. */
const STOP_INSIDE = /^\.(?:\s+\p{Ll}|[,;])/u;

/**
 * Whether a person's name ends in an initial whose full stop stands inside the sentence: the full stop is the
 * name's ("Monika T. gestand", "Frank Wi., der …"), not a sentence's end.
 */
function initialWithStop(text: string, last: Word): boolean {
  return INITIAL.test(last.text) && STOP_INSIDE.test(text.slice(last.end, last.end + 4));
}

/** The ordinal "1." that opens a club's name before its head word ("1. FC Köln", "1. FSV Mainz 05"). */
const CLUB_ORDINAL = /(?:^|[\s("„])1\. $/u;

/** How many characters before an organisation's mention starting with a head word belong to it: "1. " or none. */
function clubOrdinal(ctx: ArticleContext, entry: LexiconEntry, start: number): number {
  if (entry.type !== 'organization' || !ctx.sets.names.organisationHeads.has(entry.words[0] as string))
    return 0;
  return CLUB_ORDINAL.test(ctx.article.text.slice(Math.max(0, start - 4), start)) ? 3 : 0;
}

/** The mention of a lexicon match at word `i` of an article. */
function mentionOf(
  ctx: ArticleContext,
  i: number,
  hit: { entry: LexiconEntry; to: number; genitive: boolean },
): RawMention {
  const { words } = ctx;
  const first = words[i] as Word;
  const last = words[hit.to - 1] as Word;
  const end = hit.genitive
    ? last.start + (hit.entry.words[hit.entry.words.length - 1] as string).length
    : last.end + (hit.entry.type === 'person' && initialWithStop(ctx.article.text, last) ? 1 : 0);
  const start = first.start - clubOrdinal(ctx, hit.entry, first.start);
  return {
    key: hit.entry.key,
    type: hit.entry.type,
    rule: hit.entry.rule,
    article: ctx.index,
    start,
    end,
    text: ctx.article.text.slice(start, end),
    from: i,
    to: hit.to,
  };
}
