import { trailingCredit } from './credit.js';
import type { CleanRule, Decision } from './types.js';
import { perLine } from './types.js';

/** A photo or video caption that carries its own credit: "Handschlag in Wladiwostok: Kim (links) und Putin. (Foto: AP)". */
export const captionWithCredit = perLine('caption-with-credit', (line, { tables }) =>
  trailingCredit(line.text, tables) ? { reason: 'caption' } : undefined,
);

/**
 * The line right above a credit line, with no empty line between them, is that picture's caption
 * ("Lange Tischreden … Hochprozentiges" above "Foto: Sputnik/…").
 */
export const captionAboveCredit: CleanRule = {
  name: 'caption-above-credit',
  apply(ctx) {
    const out = new Map<number, Decision>();
    for (const line of ctx.lines) {
      const d = ctx.decided.get(line.index);
      if (d?.reason !== 'credit' || line.blankBefore || line.index === 0) continue;
      const above = ctx.lines[line.index - 1];
      if (!above || above.text === '' || ctx.decided.has(above.index)) continue;
      if (above.words > 60) continue;
      out.set(above.index, { reason: 'caption', rule: this.name });
    }
    return out;
  },
};
