import { looksLikePersonName } from '../names.js';
import { remainingLines, type CleanRule, type Decision } from './types.js';

/**
 * The article's last remaining line is just a name ("Benedikt Voigt"): the author's sign-off. A line an earlier
 * rule only cut a part from (a sign-off at the end of a paragraph) still remains, so cleaning the cleaned text
 * again finds the same lines and decides the same.
 */
export const trailingName: CleanRule = {
  name: 'trailing-name',
  apply(ctx) {
    const remaining = remainingLines(ctx);
    const last = remaining[remaining.length - 1];
    const out = new Map<number, Decision>();
    if (remaining.length < 3 || !last || ctx.decided.has(last.index)) return out;
    if (!looksLikePersonName(last.text) || last.words > 3) return out;
    out.set(last.index, { reason: 'byline', rule: this.name, meta: { author: last.text } });
    return out;
  },
};
