import { escapeRegExp } from '../core/regexp.js';
import type { TemplateMarkers } from '../lang/cluster-rules.js';

/**
 * Same-source templates: the fixed wording of a feed's format (a police press office's contact footer, an ad-hoc
 * notice's legal lines, e-mail addresses, web addresses and phone lines) says who sent a text, not what happened.
 * Two releases of one sender about different events share all of it, so its words, names and numbers are not
 * evidence: the term extraction skips every token inside a template span.
 */

/** Text spans `[start, end)` that are template, sorted by start and not overlapping. */
export type Spans = readonly (readonly [number, number])[];

/** The compiled markers of a language. */
export interface TemplateRules {
  /** Opens a footer: the text from the first match on is template. */
  readonly footer: RegExp | undefined;
  /** Fixed phrases and contact lines (each a global pattern, run on its own): a match is template. */
  readonly phrases: readonly RegExp[];
  /** How the footer names the sender (group `sender`): every other mention of that name is template too. */
  readonly sender: RegExp | undefined;
  /** The same patterns case-insensitive, for a text whose lower case has another length (compiled when needed). */
  readonly caseless: () => Omit<TemplateRules, 'caseless'>;
}

/**
 * Where contact details may stand, in any language: an `@` (an e-mail address), a scheme or `www.`, or a host name's
 * ending (`polizei.bwl.de`). Each hit marks the whole run of characters around it up to spaces or brackets — the
 * address — as template. Found by a literal search and widened by hand: a pattern for the address itself costs
 * ~1 ms per 4 000 characters on Unicode letter classes, this ~0.01 ms.
 */
const ADDRESS_HIT = /@|:\/\/|\bwww\.|\.(?:de|at|ch|com|org|net|eu|info)\b/gu;

/** Characters that end an address (white space, brackets, quotes). */
function endsAddress(c: string | undefined): boolean {
  return c === undefined || /[\s<>"'()[\]{}«»„“”]/u.test(c);
}

/** The address around position `at` (spaces and brackets apart, without trailing punctuation). */
function addressAround(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && !endsAddress(text[start - 1])) start--;
  let end = at + 1;
  while (end < text.length && !endsAddress(text[end])) end++;
  while (end > start && /[.,;:!?]/u.test(text[end - 1] ?? '')) end--;
  return [start, end];
}

function addressSpans(text: string, end: number): [number, number][] {
  const out: [number, number][] = [];
  ADDRESS_HIT.lastIndex = 0;
  for (let m = ADDRESS_HIT.exec(text); m !== null && m.index < end; m = ADDRESS_HIT.exec(text)) {
    const span = addressAround(text, m.index);
    // an `@` or `://` alone, or a host ending without a name before it, is no address
    if (span[1] - span[0] > m[0].length + 1) out.push(span);
    ADDRESS_HIT.lastIndex = Math.max(ADDRESS_HIT.lastIndex, span[1]);
  }
  return out;
}

/** Compiles a language's markers (once per language, in `termRulesFor`); `i` adds case-insensitivity. */
function compiled(markers: TemplateMarkers | undefined, i: '' | 'i'): Omit<TemplateRules, 'caseless'> {
  const footers = markers?.footers ?? [];
  return {
    footer: footers.length === 0 ? undefined : new RegExp(footers.map((f) => `(?:${f})`).join('|'), `${i}u`),
    phrases: (markers?.phrases ?? []).map((phrase) => new RegExp(phrase, `g${i}u`)),
    sender: markers?.sender === undefined ? undefined : new RegExp(markers.sender, `${i}u`),
  };
}

/** A language's markers, compiled (once per language, in `termRulesFor`). */
export function templateRules(markers: TemplateMarkers | undefined): TemplateRules {
  let caseless: Omit<TemplateRules, 'caseless'> | undefined;
  return { ...compiled(markers, ''), caseless: () => (caseless ??= compiled(markers, 'i')) };
}

/** Every match of a global `pattern` in `text[0, end)` as a span. */
function matches(pattern: RegExp, text: string, end: number): [number, number][] {
  const out: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null && m.index < end; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex++;
    else out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** The spans sorted and merged where they touch or overlap. */
function merged(spans: [number, number][]): Spans {
  spans.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * The template spans of `text` (looked for in its first `end` characters): addresses and fixed phrases
 * anywhere, a footer from its opening phrase to the end of the text, and the sender the footer names wherever
 * else it is mentioned (`Polizeipräsidium Pforzheim` in the release's header).
 */
export function templateSpans(text: string, rules: TemplateRules, end = text.length): Spans {
  const spans = addressSpans(text, end);
  // The patterns are lower case and match the lower-cased text (a literal search, several times faster than a
  // case-insensitive one); offsets hold as lower-casing kept the length, else the text is matched case-insensitively.
  const lower = text.toLowerCase();
  const folded = lower.length === text.length;
  const [haystack, compiled] = folded ? [lower, rules] : [text, rules.caseless()];
  for (const phrase of compiled.phrases) spans.push(...matches(phrase, haystack, end));
  const footer = compiled.footer?.exec(haystack);
  if (footer && footer.index < end) {
    spans.push([footer.index, text.length]);
    const sender = compiled.sender?.exec(haystack.slice(footer.index))?.groups?.['sender']?.trim();
    if (sender !== undefined && sender.length >= 4)
      spans.push(...matches(new RegExp(escapeRegExp(sender), 'giu'), haystack, footer.index));
  }
  return merged(spans);
}

/**
 * A cursor over sorted spans for tokens in text order: `covers(start)` tells whether a position lies in a span.
 * Positions must not decrease between calls.
 */
export function spanCursor(spans: Spans): (at: number) => boolean {
  let k = 0;
  return (at) => {
    while (k < spans.length && (spans[k]?.[1] ?? 0) <= at) k++;
    const span = spans[k];
    return span !== undefined && span[0] <= at;
  };
}
