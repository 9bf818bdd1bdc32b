import { looksLikePersonName } from '../names.js';
import type { CleanRule, Decision } from './types.js';
import { visibleLines } from './types.js';

/** The article's last remaining line is just a name ("Benedikt Voigt"): the author's sign-off. */
export const trailingName: CleanRule = {
  name: 'trailing-name',
  apply(ctx) {
    const visible = visibleLines(ctx);
    const last = visible[visible.length - 1];
    const out = new Map<number, Decision>();
    if (visible.length < 3 || !last) return out;
    if (!looksLikePersonName(last.text) || last.words > 3) return out;
    out.set(last.index, { reason: 'byline', rule: this.name, meta: { author: last.text } });
    return out;
  },
};
