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
  /** A fixed phrase, a contact line, an e-mail or web address: the match is template. */
  readonly phrases: RegExp;
  /** How the footer names the sender (group `sender`): every other mention of that name is template too. */
  readonly sender: RegExp | undefined;
}

/**
 * Contact details in any language: e-mail addresses, web addresses (with a scheme or `www.`, and bare host names
 * such as `polizei.bwl.de`) — a sender's, whatever the event.
 */
const CONTACT = [
  String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
  String.raw`(?:https?://|www\.)[^\s<>"]+`,
  String.raw`(?<![\p{L}\p{N}@])[\p{Ll}\p{N}-]+(?:\.[\p{Ll}\p{N}-]+)*\.(?:de|at|ch|com|org|net|eu|info)\b(?:/[^\s<>"]*)?`,
];

function alternatives(sources: readonly string[]): string {
  return sources.map((s) => `(?:${s})`).join('|');
}

/** Compiles a language's markers (once per language, in `termRulesFor`). */
export function templateRules(markers: TemplateMarkers | undefined): TemplateRules {
  const footers = markers?.footers ?? [];
  return {
    footer: footers.length === 0 ? undefined : new RegExp(alternatives(footers), 'iu'),
    phrases: new RegExp(alternatives([...CONTACT, ...(markers?.phrases ?? [])]), 'giu'),
    sender: markers?.sender === undefined ? undefined : new RegExp(markers.sender, 'iu'),
  };
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
 * The template spans of `text` (looked for in its first `end` characters): contact details and fixed phrases
 * anywhere, a footer from its opening phrase to the end of the text, and the sender the footer names wherever
 * else it is mentioned (`Polizeipräsidium Pforzheim` in the release's header).
 */
export function templateSpans(text: string, rules: TemplateRules, end = text.length): Spans {
  const spans = matches(rules.phrases, text, end);
  const footer = rules.footer?.exec(text);
  if (footer && footer.index < end) {
    spans.push([footer.index, text.length]);
    const sender = rules.sender?.exec(text.slice(footer.index))?.groups?.['sender']?.trim();
    if (sender !== undefined && sender.length >= 4)
      spans.push(...matches(new RegExp(escapeRegExp(sender), 'giu'), text, footer.index));
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
