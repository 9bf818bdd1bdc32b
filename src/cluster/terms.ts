import type { Token } from '../core/types.js';
import { withoutEdges } from '../core/trim.js';
import { isUpper } from '../analyse/chars.js';
import { KNOWN_NAMES, knownWord } from '../lang/gazetteer-index.js';
import { PEOPLE } from '../lang/gazetteer.js';
import { rulesFor, type LanguageRules } from '../lang/index.js';
import { stemmerFor } from '../analyse/stemmers.js';
import { stopwordsFor } from '../analyse/stopwords.js';
import { cjkNames } from './cjk-names.js';
import { compoundSplitter, type CompoundSplitter } from './compounds.js';
import { spanCursor, templateRules, templateSpans, type TemplateRules } from './templates.js';

/**
 * Term extraction for the clusterer: words (stems), entities (capitalised names) and numbers from tokens, and
 * character bigrams for scripts written without spaces. Terms of different signals are kept apart by a prefix
 * (`@` entities, `#` numbers) that no token contains, so one document-frequency table serves them all.
 */

export type TermCounts = Map<string, number>;

export const ENTITY_PREFIX = '@';
export const NUMBER_PREFIX = '#';

// Patterns tested per word or mention are module constants: a regular expression literal makes a new object
// each time it is evaluated.
const LEADING_ZERO = /^0\d/u;
const DIGIT_HYPHEN_DIGIT = /\d-\d/u;
const HAS_LETTER = /\p{L}/u;
const GENITIVE_END = /['’]s?$/u;
// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\u0000-\u007f]*$/u;

/** Han, kana, Hangul: scripts written without spaces between words. */
function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/**
 * How much a body term counts by where it stands: `1 + boost · e^(−offset / chars)`, so the lead (which carries the
 * event) weighs up to `1 + boost` times as much as the rest. Every occurrence counts at least 1.
 */
export interface LeadWeight {
  readonly boost: number;
  readonly chars: number;
}

export const NO_LEAD: LeadWeight = { boost: 0, chars: 1 };

/** What term extraction needs to know about a language. */
export interface TermRules {
  /** Lower-case capitalised words that are not names: weekdays and months (from the language's compare tables). */
  readonly notNames: ReadonlySet<string>;
  /** Whether parts of hyphenated compounds count as terms too (the language's cluster table). */
  readonly hyphenParts: boolean;
  /** The language's stemmer and stopwords (for the parts of hyphenated compounds). */
  readonly stem: (word: string) => string;
  readonly stopwords: ReadonlySet<string>;
  /** The stems of a closed compound's known parts (the language's compound table), if the language has one. */
  readonly compounds: CompoundSplitter | undefined;
  /** Words that name the sender (wire service, press-release feed), left out of every signal. */
  readonly sourceMarkers: ReadonlySet<string>;
  /** Whether phone and release numbers (`07231`, `186-1111`) are left out of the numbers. */
  readonly dropIdentifierNumbers: boolean;
  /** Same-source template wording (contact footers, legal lines, addresses): tokens inside are skipped. */
  readonly templates: TemplateRules;
}

const termRules = new Map<string, { readonly of: LanguageRules; readonly rules: TermRules }>();

/**
 * The term rules of a language (built once from its tables, `rulesFor(language)`; languages without tables get the
 * English compare tables and the default cluster rules). Stemmer and stopwords follow the language's own code.
 */
export function termRulesFor(language: string): TermRules {
  const of = rulesFor(language);
  const cached = termRules.get(language);
  if (cached?.of === of) return cached.rules;
  const { dates } = of.compare;
  const table = of.cluster;
  const stem = stemmerFor(language);
  const rules: TermRules = {
    notNames: new Set([...Object.keys(dates.weekdays), ...Object.keys(dates.months)]),
    hyphenParts: table.hyphenParts,
    stem,
    stopwords: stopwordsFor(language),
    compounds: of.compounds && compoundSplitter(of.compounds, stem),
    sourceMarkers: new Set(table.sourceMarkers),
    dropIdentifierNumbers: table.dropIdentifierNumbers ?? false,
    templates: templateRules(table.templates),
  };
  termRules.set(language, { of, rules });
  return rules;
}

export function bump(counts: TermCounts, term: string, by = 1): void {
  counts.set(term, (counts.get(term) ?? 0) + by);
}

/** Character bigrams of a run of CJK characters (a lone character stands for itself). */
function addCjkBigrams(counts: TermCounts, run: string, by: number): void {
  if (run.length === 1) bump(counts, run, by);
  for (let i = 0; i + 1 < run.length; i++) bump(counts, run.slice(i, i + 2), by);
}

/** True when `norm` has a CJK character. */
function hasCjk(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) if (isCjk(norm.charCodeAt(i))) return true;
  return false;
}

/** End of the run of characters from `from` that are all CJK (`cjk`) or all not. */
function scriptRunEnd(norm: string, from: number, cjk: boolean): number {
  let i = from;
  while (i < norm.length && isCjk(norm.charCodeAt(i)) === cjk) i++;
  return i;
}

/** Digits of a number token without separators (`50.000` → `50000`); empty for a single digit. */
export function numberKey(norm: string): string {
  const digits = norm.replace(/[.,']/gu, '');
  return digits.length >= 2 ? digits : '';
}

/**
 * A number that identifies rather than counts: a leading zero (`07231`, a dialling code; `0,5` is a figure) or
 * digit groups joined by a hyphen (`186-1111`, `200618-3`).
 */
export function identifierNumber(norm: string): boolean {
  return LEADING_ZERO.test(norm) || DIGIT_HYPHEN_DIGIT.test(norm);
}

/** True when the token starts a sentence (only spaces and quotes since a full stop, or the start of the text). */
function sentenceInitial(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x22 || c === 0x27 || c === 0x201e || c === 0x201c || c === 0xab || c === 0xbb)
      continue;
    return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x3a;
  }
  return true;
}

/** Lower-case without diacritics (`Peña` → `pena`): names meet across languages and spellings. */
function foldKey(norm: string): string {
  return ASCII_ONLY.test(norm) ? norm : norm.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Latin spellings of well-known people, each to its row's first (`Zelensky` → `Selenskyj`). */
const ALIASES: ReadonlyMap<string, string> = new Map(
  PEOPLE.flatMap((p) => p.latin.map((name) => [name, p.latin[0] ?? name] as const)),
);

function possessiveBase(written: string): string | undefined {
  return written.endsWith("'s") || written.endsWith('’s') ? written.slice(0, -2) : undefined;
}

/** The canonical name a capitalised word stands for: a gazetteer entry's or a well-known person's, if any. */
function canonicalOf(written: string): string | undefined {
  const known = knownWord(written);
  if (known) return known.canonical;
  const alias = ALIASES.get(written);
  if (alias !== undefined) return alias;
  const base = possessiveBase(written);
  return base === undefined ? undefined : ALIASES.get(base);
}

/** The entity key of a canonical name (`Singapur` → `singapur`), as {@link entityKey} gives for its mentions. */
export function canonicalKey(canonical: string): string {
  return foldKey(canonical.toLowerCase());
}

/**
 * The key of a capitalised word as a name, or '' when it is none (a weekday or month). A gazetteer name stands for
 * its canonical form (`Russia` and `Russland` → `russland`), so articles in German and English meet on places, and
 * a well-known person's spellings for one (`Zelensky` and `Selenskyj` → `selenskyj`); other names lose a
 * possessive (`Moore's` → `moore`) and their diacritics.
 */
export function entityKey(written: string, norm: string, rules: TermRules): string {
  const canonical = canonicalOf(written);
  if (canonical !== undefined) return canonicalKey(canonical);
  const base = norm.replace(GENITIVE_END, '');
  return base.length < 2 || rules.notNames.has(base) ? '' : foldKey(base);
}

/** Gazetteer names of several words as written (`United States`, `Amerika Syarikat`) to their canonical name. */
const MULTI_WORD = new Map<string, string>();
/** First words of those names, and the most words one has. */
const MULTI_FIRST = new Set<string>();
let multiMax = 1;
for (const k of KNOWN_NAMES) {
  if (k.words.length < 2) continue;
  MULTI_WORD.set(k.words.join(' '), k.canonical);
  MULTI_FIRST.add(k.words[0] ?? '');
  multiMax = Math.max(multiMax, k.words.length);
}

/**
 * The gazetteer name of several words (one space apart) that starts at token `i`: its canonical name and how many
 * tokens it spans (longest first; the last word may carry a possessive).
 */
function multiWordName(
  text: string,
  tokens: readonly Token[],
  i: number,
): { readonly canonical: string; readonly span: number } | undefined {
  const first = tokens[i];
  if (first === undefined || !MULTI_FIRST.has(text.slice(first.start, first.end))) return undefined;
  for (let n = Math.min(multiMax, tokens.length - i); n >= 2; n--) {
    const written = text.slice(first.start, tokens[i + n - 1]?.end ?? first.end);
    const canonical = MULTI_WORD.get(written) ?? MULTI_WORD.get(possessiveBase(written) ?? '');
    if (canonical !== undefined) return { canonical, span: n };
  }
  return undefined;
}

export interface SignalCounts {
  readonly words: TermCounts;
  readonly entities: TermCounts;
  readonly numbers: TermCounts;
}

/** Starts of the parts of a hyphenated word, relative to the word (`cdu-spitze` → [0, 4]). */
function hyphenPartStarts(norm: string): number[] {
  const starts = [0];
  for (let i = norm.indexOf('-'); i >= 0; i = norm.indexOf('-', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * A word cut out of a token (`part`, at `offset` in `token.norm`) as a term of its own, and as a name when written
 * with a capital. Stopwords, source markers and single letters are skipped.
 */
function addWordPart(
  text: string,
  token: Token,
  offset: number,
  part: string,
  into: SignalCounts,
  rules: TermRules,
  by: number,
): void {
  if (part.length < 2 || rules.stopwords.has(part) || rules.sourceMarkers.has(part)) return;
  bump(into.words, rules.stem(part), by);
  const at = token.start + offset;
  // Offsets of the parts hold only when lower-casing kept the word's length (it nearly always does).
  if (token.end - token.start !== token.norm.length || !isUpper(text.charCodeAt(at))) return;
  const key = entityKey(text.slice(at, at + part.length), part, rules);
  if (key !== '') bump(into.entities, ENTITY_PREFIX + key, by);
}

/**
 * The parts of a hyphenated word as terms of their own (`Corona-Impfpflicht` → `corona`, `impfpflicht`), a
 * capitalised part also as a name (`CDU-Spitze` → `@cdu`). Parts that are numbers, stopwords or single letters
 * are skipped.
 */
function addHyphenParts(text: string, token: Token, into: SignalCounts, rules: TermRules, by: number): void {
  const starts = hyphenPartStarts(token.norm);
  starts.forEach((from, k) => {
    const to = (starts[k + 1] ?? token.norm.length + 1) - 1;
    const part = token.norm.slice(from, to);
    if (HAS_LETTER.test(part)) addWordPart(text, token, from, part, into, rules, by);
  });
}

function leadWeight(lead: LeadWeight, offset: number): number {
  return lead.boost === 0 ? 1 : 1 + lead.boost * Math.exp(-offset / lead.chars);
}

/** The names in a run of CJK characters as entities, besides its character bigrams as words. */
function addCjkRun(into: SignalCounts, run: string, by: number): void {
  addCjkBigrams(into.words, run, by);
  for (const canonical of cjkNames(run)) bump(into.entities, ENTITY_PREFIX + canonicalKey(canonical), by);
}

/** Hyphens and apostrophes at either end of a part cut out of a mixed-script token. */
const EDGE_JOINERS = "-'’‐‑";
const isEdgeJoiner = (c: string): boolean => EDGE_JOINERS.includes(c);

/**
 * A part of a token in another script than CJK (`COVID-19` in `对COVID-19的`, `10` in `10分钟`): a number, or a
 * word that is also a name when capitalised (Chinese has no capitals of its own, so none stands for a sentence start).
 */
function addOtherPart(
  text: string,
  token: Token,
  from: number,
  to: number,
  into: SignalCounts,
  rules: TermRules,
  by: number,
): void {
  const raw = token.norm.slice(from, to);
  const part = withoutEdges(raw, isEdgeJoiner);
  if (part === '') return;
  if (HAS_LETTER.test(part)) {
    addWordPart(text, token, from + raw.indexOf(part), part, into, rules, by);
    return;
  }
  const key = numberKey(part);
  if (key !== '') bump(into.numbers, NUMBER_PREFIX + key, by);
}

/**
 * A token with CJK characters, cut into runs of one script (Chinese text runs on into Latin names and digits
 * without a space: `继Optus后新加坡电信`): CJK runs give bigrams and names, the others words, names and numbers.
 */
function addMixedToken(text: string, token: Token, into: SignalCounts, rules: TermRules, by: number): void {
  const { norm } = token;
  for (let i = 0; i < norm.length;) {
    const cjk = isCjk(norm.charCodeAt(i));
    const end = scriptRunEnd(norm, i, cjk);
    if (cjk) addCjkRun(into, norm.slice(i, end), by);
    else addOtherPart(text, token, i, end, into, rules, by);
    i = end;
  }
}

/**
 * True for a stopword that the gazetteer knows as written (`US`, `UN`, `WHO` in English; Malay's list holds
 * `Jepun`, `Malaysia`, `Singapura`): a name when capitalised, though a stopword in lower case.
 */
function knownStopword(written: string): boolean {
  return knownWord(written) !== undefined;
}

/**
 * The name a capitalised word stands for, unless it starts a sentence (where every word is capitalised) or marks a
 * currency (`US$`, `S$`: an amount, not a mention of the country).
 */
function addName(text: string, token: Token, into: SignalCounts, rules: TermRules, by: number): void {
  if (!isUpper(text.charCodeAt(token.start)) || sentenceInitial(text, token.start)) return;
  if (text.charCodeAt(token.end) === 0x24) return;
  const key = entityKey(text.slice(token.start, token.end), token.norm, rules);
  if (key !== '') bump(into.entities, ENTITY_PREFIX + key, by);
}

/** A word token: its stem (unless a stopword), the parts of a hyphenated word, and a name unless `named` already. */
function addWordToken(
  text: string,
  token: Token,
  into: SignalCounts,
  rules: TermRules,
  by: number,
  named: boolean,
): void {
  if (token.stop || token.norm.length < 2) {
    if (!named && token.stop && knownStopword(text.slice(token.start, token.end)))
      addName(text, token, into, rules, by);
    return;
  }
  if (rules.sourceMarkers.has(token.norm)) return;
  bump(into.words, token.stem, by);
  if (rules.hyphenParts && token.norm.includes('-')) addHyphenParts(text, token, into, rules, by);
  else if (rules.compounds) for (const part of rules.compounds(token.norm)) bump(into.words, part, by);
  if (!named) addName(text, token, into, rules, by);
}

/**
 * Adds the terms of `tokens` (from `text`, in a language with `rules`) to the counts of each signal, each occurrence
 * weighted by where it stands (`lead`). A gazetteer name of several words (`United States`) counts as one name,
 * its words as words. Tokens inside the text's template spans (`templateSpans`: contact footers, addresses, a
 * format's fixed phrases) are skipped.
 */
export function collectTerms(
  text: string,
  tokens: readonly Token[],
  into: SignalCounts,
  rules: TermRules,
  lead: LeadWeight = NO_LEAD,
): void {
  let namedUntil = 0;
  const inTemplate = spanCursor(templateSpans(text, rules.templates, tokens[tokens.length - 1]?.end ?? 0));
  tokens.forEach((token, i) => {
    if (inTemplate(token.start)) return;
    const by = leadWeight(lead, token.start);
    if (token.kind === 'number') {
      if (rules.dropIdentifierNumbers && identifierNumber(token.norm)) return;
      const key = numberKey(token.norm);
      if (key !== '') bump(into.numbers, NUMBER_PREFIX + key, by);
      return;
    }
    if (hasCjk(token.norm)) {
      addMixedToken(text, token, into, rules, by);
      return;
    }
    if (i >= namedUntil && isUpper(text.charCodeAt(token.start))) {
      const multi = multiWordName(text, tokens, i);
      if (multi !== undefined) {
        bump(into.entities, ENTITY_PREFIX + canonicalKey(multi.canonical), by);
        namedUntil = i + multi.span;
      }
    }
    addWordToken(text, token, into, rules, by, i < namedUntil);
  });
}

export function emptySignalCounts(): SignalCounts {
  return { words: new Map(), entities: new Map(), numbers: new Map() };
}
