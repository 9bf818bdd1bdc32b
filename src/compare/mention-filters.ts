/**
 * Mentions that match a known or found name but are no entity where they stand:
 * - a maker's or place's name with a model number is a product ("eine Boeing 747", "der Airbus A380", "sein
 *   Mercedes 208", "die Tupolew Tu-154"): a number of three digits or a short code with digits right after the
 *   name, not followed by a noun it counts ("in Bagdad 120 Menschen");
 * - a name cut off by a hyphen before "und"/"oder" is the first part of a compound ("im Verfassungsschutz- und
 *   Innenausschuss", "CDU- und CSU-Politiker").
 */
import type { ArticleContext } from './context.js';
import type { RawMention } from './lexicon.js';

/** A model number after a name: "747", "A380", "Go 345", "Tu-154"; then no capitalised (counted) word. */
const MODEL_NUMBER = /^ (?:\d{3}|\p{Lu}{1,2}\d{2,4}|\p{Lu}\p{Ll}?[ -]?\d{2,4})(?![\d.,:])(?!\s+\p{Lu})/u;
/** A hyphen that ends a word and a word after it ("- und", "- oder"). */
const CUT_OFF = /^-\s+(\p{Ll}+)/u;

/** Whether the mention is a product's name or the cut-off first part of a compound, not an entity. */
export function notAnEntity(ctx: ArticleContext, m: RawMention): boolean {
  const after = ctx.article.text.slice(m.end, m.end + 24);
  if (m.type !== 'person' && MODEL_NUMBER.test(after)) return true;
  const cut = CUT_OFF.exec(after);
  return cut !== null && ctx.sets.names.nameJoiners.has(cut[1] as string);
}
