import type { CleanRules, LanguageRules } from '../lang/index.js';
import { AGENCIES, OUTLETS } from '../lang/outlets.js';
import { consentMatcher, type ConsentMatcher } from './consent.js';
import { escapeRegExp } from '../core/regexp.js';
import { withoutTrailing } from '../core/trim.js';

// Patterns tested per line are module constants: a regular expression literal makes a new object
// each time it is evaluated.
const SPACE = /\s/u;

/** The cleaning tables of every configured language, merged once and prepared for fast lookup. */
export interface CleanTables {
  readonly navigation: readonly Matcher[];
  readonly promotion: readonly Matcher[];
  readonly prefixes: CleanRules['boilerplatePrefixes'];
  /** `boilerplatePhrases`, lower-cased. */
  readonly phrases: NonNullable<CleanRules['boilerplatePhrases']>;
  readonly imagePlaceholders: ReadonlySet<string>;
  /** `mediaAvailability`, lower-cased. */
  readonly mediaAvailability: readonly string[];
  readonly creditWords: readonly string[];
  /** Lower-case, each with a space after it (`photos by `): see `CleanRules.creditLeads`. */
  readonly creditLeads: readonly string[];
  readonly bylineWords: readonly string[];
  readonly commentaryMarkers: readonly string[];
  readonly placePrepositions: readonly string[];
  readonly dateLinkWords: readonly string[];
  readonly months: Readonly<Record<string, number>>;
  /** The words a timestamp line may hold: the tables' `timestampWords`, weekday and month names. */
  readonly timestampWords: ReadonlySet<string>;
  readonly outlets: ReadonlySet<string>;
  readonly agencies: readonly string[];
  readonly consent: ConsentMatcher;
  /**
   * Runs of `inlineMarkers` phrases as one pattern (global), and the phrases longest first. A run may be glued
   * to a lower-case letter before it or a capital after it ("zurechtAnzeige Anzeige", "AnzeigeUm die …").
   */
  readonly inlineMarkers: {
    readonly pattern: RegExp | undefined;
    readonly phrases: readonly {
      readonly phrase: string;
      readonly reason: string;
      readonly repeated: boolean;
    }[];
  };
}

/** A whole-line pattern: exact text, or with `*` standing for any run of non-space characters. */
export type Matcher = (key: string) => boolean;

/** What `lineKey` drops at the end of a line (whitespace is trimmed as well). */
const TRAILING: ReadonlySet<string> = new Set(['.', ':', '!', '…', '›', '»', '>']);

/**
 * Lower-case, whitespace-collapsed, without trailing `.:!…›»>` and spaces — the form lines are compared in. The
 * end is trimmed in one pass from the back (a pattern `[…]+$` is quadratic on a long run of dots).
 */
export function lineKey(line: string): string {
  const collapsed = line.toLowerCase().replace(/\s+/gu, ' ');
  return withoutTrailing(collapsed, (c) => TRAILING.has(c) || SPACE.test(c)).trim();
}

/** The pattern of a table entry with `*` (a run of non-space characters) in its line key; none without. */
function wildcardPattern(key: string): RegExp | undefined {
  if (!key.includes('*')) return undefined;
  const escaped = key.split('*').map(escapeRegExp);
  return new RegExp(`^${escaped.join('\\S*')}$`, 'u');
}

function matcher(entry: string): Matcher {
  const key = lineKey(entry);
  const re = wildcardPattern(key);
  return re === undefined ? (k) => k === key : (k) => re.test(k);
}

/** Every regular expression the tables of `languages` compile to (checked for catastrophic backtracking). */
export function tablePatterns(languages: readonly LanguageRules[]): RegExp[] {
  const entries = languages.flatMap((l) => [...l.clean.navigation, ...l.clean.promotion]);
  const wildcards = entries.map((e) => wildcardPattern(lineKey(e))).filter((re) => re !== undefined);
  const { pattern } = cleanTables(languages).inlineMarkers;
  return pattern === undefined ? wildcards : [...wildcards, pattern];
}

function inlineMarkers(entries: CleanRules['inlineMarkers']): CleanTables['inlineMarkers'] {
  const phrases = entries
    .map((e) => ({ phrase: e.phrase, reason: e.reason, repeated: e.repeated === true }))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  const one = `(?:${phrases.map((p) => escapeRegExp(p.phrase)).join('|')})`;
  const pattern =
    phrases.length === 0
      ? undefined
      : new RegExp(`(?<![\\p{Lu}\\p{N}])${one}(?:\\s+${one})*(?![\\p{Ll}\\p{N}])`, 'gu');
  return { pattern, phrases };
}

const cache = new WeakMap<readonly LanguageRules[], CleanTables>();

export function cleanTables(languages: readonly LanguageRules[]): CleanTables {
  const cached = cache.get(languages);
  if (cached) return cached;
  const all = <K extends keyof CleanRules>(key: K): CleanRules[K][] => languages.map((l) => l.clean[key]);
  const tables: CleanTables = {
    navigation: all('navigation').flat().map(matcher),
    promotion: all('promotion').flat().map(matcher),
    prefixes: all('boilerplatePrefixes').flat(),
    phrases: all('boilerplatePhrases')
      .flatMap((p) => p ?? [])
      .map((p) => ({ ...p, phrase: p.phrase.toLowerCase() })),
    imagePlaceholders: new Set(all('imagePlaceholders').flat().map(lineKey)),
    mediaAvailability: all('mediaAvailability').flatMap((m) => (m ?? []).map((w) => w.toLowerCase())),
    creditWords: all('creditWords').flat(),
    creditLeads: all('creditLeads').flatMap((m) => (m ?? []).map((w) => `${w.toLowerCase()} `)),
    bylineWords: all('bylineWords').flat(),
    commentaryMarkers: all('commentaryMarkers').flat(),
    placePrepositions: all('placePrepositions').flat(),
    dateLinkWords: all('dateLinkWords').flat(),
    months: Object.assign({}, ...all('months')) as Record<string, number>,
    timestampWords: new Set(
      languages.flatMap((l) => [
        ...(l.clean.timestampWords ?? []),
        ...Object.keys(l.clean.months),
        ...Object.keys(l.compare.dates.weekdays),
      ]),
    ),
    outlets: new Set([...OUTLETS, ...AGENCIES].map(lineKey)),
    agencies: AGENCIES,
    inlineMarkers: inlineMarkers(all('inlineMarkers').flat()),
    consent: consentMatcher(
      all('consent'),
      languages.flatMap((l) => l.sentences.sentenceStarters),
    ),
  };
  cache.set(languages, tables);
  return tables;
}
