import type { CleanTables } from '../tables.js';
import type { CleanRule, Decision, Line, RuleContext } from './types.js';
import { visibleLines } from './types.js';

const KICKER_HEADLINE = /^:\s?\p{Lu}/u;

function startsWithMarker(text: string, tables: CleanTables): boolean {
  const lower = text.toLowerCase();
  return tables.commentaryMarkers.some((m) => lower.startsWith(`${m.toLowerCase()} `));
}

/** The lines of one embedded teaser starting at the `:headline` line at position `at` of `lines`. */
function teaserRange(lines: readonly Line[], at: number, tables: CleanTables): [number, number] {
  const headline = lines[at];
  const kicker = lines[at - 1];
  const from = kicker && kicker.words <= 8 && headline && !headline.blankBefore ? at - 1 : at;
  let to = at;
  let paragraphs = 0;
  for (let i = at + 1; i < lines.length && i <= at + 8; i++) {
    const text = lines[i]?.text ?? '';
    if (text === '') continue;
    if (startsWithMarker(text, tables)) return [from, i];
    paragraphs += 1;
    if (paragraphs > 1) break;
    to = i;
  }
  return [from, to];
}

/**
 * A teaser of another article embedded in the page: a kicker line, a headline written `:Headline`, its lead and
 * often "Kommentar von …" (seed 002: "Kim und Putin / :Lächeln für mehr Stabilität / … / Kommentar von Christoph
 * Neidhart"). The whole block goes; its author is not this article's author.
 */
export const teaser: CleanRule = {
  name: 'teaser',
  apply(ctx: RuleContext) {
    const out = new Map<number, Decision>();
    const visible = visibleLines(ctx);
    for (let v = 0; v < visible.length; v++) {
      const line = visible[v];
      if (!line || !KICKER_HEADLINE.test(line.text) || line.words > 15) continue;
      const [from, to] = teaserRange(visible, v, ctx.tables);
      for (let i = from; i <= to; i++) {
        const l = visible[i];
        if (l) out.set(l.index, { reason: 'teaser', rule: this.name });
      }
    }
    return out;
  },
};
