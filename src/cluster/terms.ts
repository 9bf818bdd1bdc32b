import type { Token } from '../core/types.js';
import { isUpper } from '../analyse/chars.js';
import { compareRulesFor } from '../compare/context.js';
import { knownWord } from '../compare/gazetteer-index.js';
import { stemmerFor } from '../analyse/stemmers.js';
import { stopwordsFor } from '../analyse/stopwords.js';
import { cluster as deCluster } from '../lang/de/cluster.js';
import { cluster as enCluster } from '../lang/en/cluster.js';
import { DEFAULT_CLUSTER_RULES, type ClusterRules } from './rules.js';

/**
 * Term extraction for the clusterer: words (stems), entities (capitalised names) and numbers from tokens, and
 * character bigrams for scripts written without spaces. Terms of different signals are kept apart by a prefix
 * (`@` entities, `#` numbers) that no token contains, so one document-frequency table serves them all.
 */

export type TermCounts = Map<string, number>;

export const ENTITY_PREFIX = '@';
export const NUMBER_PREFIX = '#';

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

const CLUSTER_RULES: Readonly<Record<string, ClusterRules>> = { de: deCluster, en: enCluster };

/** What term extraction needs to know about a language. */
export interface TermRules {
  /** Lower-case capitalised words that are not names: weekdays and months (from the language's compare tables). */
  readonly notNames: ReadonlySet<string>;
  /** Whether parts of hyphenated compounds count as terms too (the language's cluster table). */
  readonly hyphenParts: boolean;
  /** The language's stemmer and stopwords (for the parts of hyphenated compounds). */
  readonly stem: (word: string) => string;
  readonly stopwords: ReadonlySet<string>;
}

const termRules = new Map<string, TermRules>();

/** The term rules of a language (built once from its tables; languages without tables use the defaults). */
export function termRulesFor(language: string): TermRules {
  let rules = termRules.get(language);
  if (!rules) {
    const compare = compareRulesFor(language);
    rules = {
      notNames: new Set([...Object.keys(compare.weekdays), ...Object.keys(compare.months)]),
      hyphenParts: (CLUSTER_RULES[language] ?? DEFAULT_CLUSTER_RULES).hyphenParts,
      stem: stemmerFor(language),
      stopwords: stopwordsFor(language),
    };
    termRules.set(language, rules);
  }
  return rules;
}

export function bump(counts: TermCounts, term: string, by = 1): void {
  counts.set(term, (counts.get(term) ?? 0) + by);
}

/** Character bigrams of a run of CJK characters (a lone character stands for itself). */
function addCjkBigrams(counts: TermCounts, norm: string, by: number): boolean {
  if (!isCjk(norm.charCodeAt(0))) return false;
  if (norm.length === 1) bump(counts, norm, by);
  for (let i = 0; i + 1 < norm.length; i++) bump(counts, norm.slice(i, i + 2), by);
  return true;
}

/** Digits of a number token without separators (`50.000` → `50000`); empty for a single digit. */
export function numberKey(norm: string): string {
  const digits = norm.replace(/[.,']/gu, '');
  return digits.length >= 2 ? digits : '';
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
  // eslint-disable-next-line no-control-regex
  return /^[\u0000-\u007f]*$/u.test(norm) ? norm : norm.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The key of a capitalised word as a name, or '' when it is none (a weekday or month). A gazetteer name stands for
 * its canonical form (`Russia` and `Russland` → `russland`), so articles in German and English meet on places;
 * other names lose a possessive (`Moore's` → `moore`) and their diacritics.
 */
export function entityKey(written: string, norm: string, rules: TermRules): string {
  const known = knownWord(written);
  if (known) return foldKey(known.canonical.toLowerCase());
  const base = norm.replace(/['’]s?$/u, '');
  return base.length < 2 || rules.notNames.has(base) ? '' : foldKey(base);
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
 * The parts of a hyphenated word as terms of their own (`Corona-Impfpflicht` → `corona`, `impfpflicht`), a
 * capitalised part also as a name (`CDU-Spitze` → `@cdu`). Parts that are numbers, stopwords or single letters
 * are skipped.
 */
function addHyphenParts(text: string, token: Token, into: SignalCounts, rules: TermRules, by: number): void {
  const starts = hyphenPartStarts(token.norm);
  starts.forEach((from, k) => {
    const to = (starts[k + 1] ?? token.norm.length + 1) - 1;
    const part = token.norm.slice(from, to);
    if (part.length < 2 || rules.stopwords.has(part) || !/\p{L}/u.test(part)) return;
    bump(into.words, rules.stem(part), by);
    const at = token.start + from;
    // Offsets of the parts hold only when lower-casing kept the word's length (it nearly always does).
    if (token.end - token.start !== token.norm.length || !isUpper(text.charCodeAt(at))) return;
    const key = entityKey(text.slice(at, at + part.length), part, rules);
    if (key !== '') bump(into.entities, ENTITY_PREFIX + key, by);
  });
}

function leadWeight(lead: LeadWeight, offset: number): number {
  return lead.boost === 0 ? 1 : 1 + lead.boost * Math.exp(-offset / lead.chars);
}

/**
 * Adds the terms of `tokens` (from `text`, in a language with `rules`) to the counts of each signal, each occurrence
 * weighted by where it stands (`lead`).
 */
export function collectTerms(
  text: string,
  tokens: readonly Token[],
  into: SignalCounts,
  rules: TermRules,
  lead: LeadWeight = NO_LEAD,
): void {
  for (const token of tokens) {
    const by = leadWeight(lead, token.start);
    if (token.kind === 'number') {
      const key = numberKey(token.norm);
      if (key !== '') bump(into.numbers, NUMBER_PREFIX + key, by);
      continue;
    }
    if (addCjkBigrams(into.words, token.norm, by)) continue;
    if (token.stop || token.norm.length < 2) continue;
    bump(into.words, token.stem, by);
    if (rules.hyphenParts && token.norm.includes('-')) addHyphenParts(text, token, into, rules, by);
    if (isUpper(text.charCodeAt(token.start)) && !sentenceInitial(text, token.start)) {
      const key = entityKey(text.slice(token.start, token.end), token.norm, rules);
      if (key !== '') bump(into.entities, ENTITY_PREFIX + key, by);
    }
  }
}

export function emptySignalCounts(): SignalCounts {
  return { words: new Map(), entities: new Map(), numbers: new Map() };
}
