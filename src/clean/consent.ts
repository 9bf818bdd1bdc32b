import type { ConsentCueGroup, ConsentCues } from '../lang/types.js';
import { countMatches, escapeRegExp, wordSpans } from '../core/regexp.js';

/** A span of a line: `text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** `marker` for the table's markers, else the cue group. */
type CueKind = ConsentCueGroup | 'marker';

/** One cue entry: its words, each an exact word or (ending in `*`) a word prefix. */
interface Cue {
  readonly kind: CueKind;
  readonly words: readonly string[];
}

/** The consent tables of every configured language, prepared for matching. */
export interface ConsentMatcher {
  /**
   * Cheap first tests: a line with no marker and no cue but `address` ones cannot hold a notice. `quick` looks for
   * the cue words anywhere, ignoring case (fast); `prefilter` then for their forms at a word start.
   */
  readonly quick: RegExp;
  readonly prefilter: RegExp;
  /** Cues by every form of their first word (`website`, `Website`, `WEBSITE`). */
  readonly byFirstWord: ReadonlyMap<string, readonly Cue[]>;
  /** Cues whose first word is a prefix (`Cookie*`), by the first `PREFIX_KEY` letters of each form. */
  readonly byPrefix: ReadonlyMap<string, readonly { readonly form: string; readonly cue: Cue }[]>;
  /** Words that open a sentence (lower-case, from the sentence tables): capitalised after a lower-case word they start one. */
  readonly starters: ReadonlySet<string>;
}

/** A segment with no cue of this many words or fewer, between two parts of a notice, belongs to it ("gen."). */
const BRIDGE_MAX_WORDS = 3;

/** Prefix entries are looked up by this many first letters (shorter prefixes are kept whole as the key). */
const PREFIX_KEY = 4;

const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const formsOf = (w: string): string[] => [...new Set([w, capitalised(w), w.toUpperCase()])];

export function consentMatcher(tables: readonly ConsentCues[], starters: readonly string[]): ConsentMatcher {
  const cues: Cue[] = [];
  for (const t of tables) {
    cues.push(...t.markers.map((e) => ({ kind: 'marker' as const, words: e.split(' ') })));
    for (const [kind, entries] of Object.entries(t.groups) as [ConsentCueGroup, readonly string[]][]) {
      cues.push(...entries.map((e) => ({ kind, words: e.split(' ') })));
    }
  }
  const byFirstWord = new Map<string, Cue[]>();
  const byPrefix = new Map<string, { form: string; cue: Cue }[]>();
  for (const cue of cues) {
    const first = cue.words[0] ?? '';
    const forms = formsOf(first.replace(/\*$/u, ''));
    for (const form of forms) {
      if (!first.endsWith('*')) byFirstWord.set(form, [...(byFirstWord.get(form) ?? []), cue]);
      else {
        if (form.length < PREFIX_KEY)
          throw new Error(`consent cue prefix "${first}" is shorter than ${PREFIX_KEY}`);
        const key = form.slice(0, PREFIX_KEY);
        byPrefix.set(key, [...(byPrefix.get(key) ?? []), { form, cue }]);
      }
    }
  }
  const firstForms = cues
    .filter((c) => c.kind !== 'address')
    .flatMap((c) => formsOf((c.words[0] ?? '').replace(/\*$/u, '')));
  const alternatives = [...new Set(firstForms)].map(escapeRegExp);
  const prefilter = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|') || '(?!)'})`, 'u');
  const lower = [...new Set(alternatives.map((a) => a.toLowerCase()))];
  const quick = new RegExp(lower.join('|') || '(?!)', 'i');
  return {
    quick,
    prefilter,
    byFirstWord,
    byPrefix,
    starters: new Set(starters.filter((w) => w.length >= 2)),
  };
}

function wordMatches(entry: string, token: string): boolean {
  const prefix = entry.endsWith('*');
  const w = prefix ? entry.slice(0, -1) : entry;
  const forms = [w, capitalised(w)];
  if (token.length > 1 && token === token.toUpperCase()) forms.push(w.toUpperCase());
  return forms.some((f) => (prefix ? token.startsWith(f) : token === f));
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** `TOKEN` from exactly `lastIndex`, and the character each match of it starts with (see `wordSpans`). */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');
const TOKEN_FIRST = /[\p{L}\p{N}]/gu;

/** A cue found in a line: its kind and where its words start and end. */
interface Hit {
  readonly kind: CueKind;
  readonly start: number;
  readonly end: number;
}

function hitsIn(text: string, matcher: ConsentMatcher): Hit[] {
  // token i is text[spans[2i], spans[2i + 1]): no match array per token
  const spans = wordSpans(text, TOKEN_FIRST, TOKEN_AT);
  const tokens: string[] = [];
  for (let k = 0; k < spans.length; k += 2) tokens.push(text.slice(spans[k], spans[k + 1]));
  const hits: Hit[] = [];
  tokens.forEach((token, i) => {
    const exact = matcher.byFirstWord.get(token);
    const prefixed = matcher.byPrefix.get(token.slice(0, PREFIX_KEY));
    if (!exact && !prefixed) return;
    const fromPrefix = (prefixed ?? []).filter((p) => token.startsWith(p.form)).map((p) => p.cue);
    for (const cue of [...(exact ?? []), ...fromPrefix]) {
      if (!cue.words.every((w, j) => j === 0 || wordMatches(w, tokens[i + j] ?? ''))) continue;
      const last = i + cue.words.length - 1;
      const start = spans[2 * i] as number;
      hits.push({
        kind: cue.kind,
        start,
        end: last < tokens.length ? (spans[2 * last + 1] as number) : start,
      });
    }
  });
  return hits;
}

type Kind = 'seed' | 'weak' | 'none';

/** `seed`: a notice on its own; `weak`: a notice next to one; `none`: no sign of one. */
function kindOf(hits: readonly Hit[]): Kind {
  const kinds = new Set(hits.map((h) => h.kind));
  if (kinds.has('marker') || kinds.size >= 3) return 'seed';
  return kinds.size === 2 && [...kinds].some((k) => k !== 'address') ? 'weak' : 'none';
}

const ENDERS: ReadonlySet<string> = new Set(['.', '!', '?', '…']);
/** What may close a sentence after its end mark: quotation marks, brackets, a footnote star. */
const CLOSERS: ReadonlySet<string> = new Set(['"', "'", '“', '”', '„', '«', '»', ')', ']', '*']);
const SPACE_OR_CAPITAL = /^[\s\p{Lu}]/u;

/**
 * Sentence ends, also glued ("Datenschutzerklärung.Details"): after a run of end marks and the closing marks after
 * it, where white space or a capital follows — what `/[.!?…]+["'“”„«»)\]*]*(?=\s|\p{Lu})/gu` finds, in one pass.
 * That pattern tried the rest of a run of marks again from each of them, quadratic in a run that no space or
 * capital follows ("…" × 8 000 on a line with a consent phrase: 0.47 s, × 64 000 about 30 s).
 */
export function sentenceEnds(text: string): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (!ENDERS.has(text[i] as string)) {
      i++;
      continue;
    }
    while (i < text.length && ENDERS.has(text[i] as string)) i++;
    while (i < text.length && CLOSERS.has(text[i] as string)) i++;
    const next = text.codePointAt(i);
    if (next !== undefined && SPACE_OR_CAPITAL.test(String.fromCodePoint(next))) out.push(i);
  }
  return out;
}

/** Glued words ("InformationenDieses"), spaced dashes (sentence ends: `sentenceEnds`). */
const BOUNDARIES: readonly { re: RegExp; at: (m: RegExpExecArray) => number }[] = [
  { re: /\p{Ll}{2}(?=\p{Lu}\p{Ll})/gu, at: (m) => m.index + m[0].length },
  { re: /\s[-–—]\s/gu, at: (m) => m.index + 1 },
];

/**
 * Where a flattened page glued a title to the next sentence without a period ("… Schutzausrüstung ein Um die
 * Funktion unserer Website …", "… Resources This site is …"), a capitalised sentence starter after a word ending
 * in a lower-case letter starts a new segment — unless it is an `address` cue, capitalised anywhere ("über Sie").
 */
function gluedStarts(text: string, hits: readonly Hit[], matcher: ConsentMatcher): number[] {
  const address = new Set(hits.filter((h) => h.kind === 'address').map((h) => h.start));
  const cuts: number[] = [];
  for (const m of text.matchAll(/(?<=\p{Ll}\s+)\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/gu)) {
    if (matcher.starters.has(m[0].toLowerCase()) && !address.has(m.index)) cuts.push(m.index);
  }
  return cuts;
}

/**
 * A notice often ends on its policy word and the page goes on without a period ("… in unseren
 * Datenschutzrichtlinien Die Hintergründe …", "privacy policy Thanks for subscribing"): a capitalised word right
 * after a `policy` cue starts a new segment.
 */
function policyEnds(text: string, hits: readonly Hit[]): number[] {
  return hits
    .filter((h) => h.kind === 'policy' && /^\s+\p{Lu}/u.test(text.slice(h.end, h.end + 4)))
    .map((h) => h.end);
}

/** Splits a line into contiguous segments (sentences, roughly) that cover it exactly; `extra` adds cut points. */
export function segments(text: string, extra: readonly number[] = []): Span[] {
  const cuts = new Set<number>([0, text.length, ...extra, ...sentenceEnds(text)]);
  for (const { re, at } of BOUNDARIES) {
    for (const m of text.matchAll(re)) cuts.add(at(m as RegExpExecArray));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.slice(1).map((end, i) => ({ start: sorted[i] ?? 0, end }));
}

const NON_SPACE = /\S+/gu;
const wordCount = (s: string): number => countMatches(NON_SPACE, s);

/** Segments in a run: notice segments, and short cue-less ones between two of them. */
function inRuns(text: string, segs: readonly Span[], kinds: readonly Kind[]): boolean[] {
  return kinds.map((k, i) => {
    if (k !== 'none') return true;
    const seg = segs[i];
    const short = seg !== undefined && wordCount(text.slice(seg.start, seg.end)) <= BRIDGE_MAX_WORDS;
    return short && (kinds[i - 1] ?? 'none') !== 'none' && (kinds[i + 1] ?? 'none') !== 'none';
  });
}

/** The notices in one line: maximal runs of notice segments, each holding a `seed`. Empty when there is none. */
export function consentRuns(text: string, matcher: ConsentMatcher): Span[] {
  if (!matcher.quick.test(text) || !matcher.prefilter.test(text)) return [];
  const hits = hitsIn(text, matcher);
  if (kindOf(hits) !== 'seed') return [];
  const extra = [...policyEnds(text, hits), ...gluedStarts(text, hits, matcher)];
  const segs = segments(text, extra).filter((s) => text.slice(s.start, s.end).trim() !== '');
  const kinds = segs.map((s) => kindOf(hits.filter((h) => h.start >= s.start && h.start < s.end)));
  const inRun = inRuns(text, segs, kinds);
  const runs: Span[] = [];
  for (let i = 0; i < segs.length; i++) {
    if (!inRun[i]) continue;
    let j = i;
    while (j + 1 < segs.length && inRun[j + 1]) j++;
    const first = segs[i];
    const last = segs[j];
    if (first && last && kinds.slice(i, j + 1).includes('seed'))
      runs.push({ start: first.start, end: last.end });
    i = j;
  }
  return runs;
}
