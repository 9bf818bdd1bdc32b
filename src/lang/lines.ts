import type { LineRules } from './types.js';

/**
 * Whether `word` (lower case), opening a sentence or passage, points back to what came before it: a pronoun of one
 * person, another pronoun pointing back, or a connective of the line tables ("er", "sie", "jedoch"; "he", "they",
 * "however"). Such a line or passage does not stand alone (the brief's lead, a timeline item).
 */
export function pointsBack(word: string, lines: LineRules | undefined): boolean {
  return (
    lines !== undefined &&
    (lines.personPronouns.includes(word) ||
      lines.backPronouns?.includes(word) === true ||
      lines.backConnectives?.includes(word) === true)
  );
}
