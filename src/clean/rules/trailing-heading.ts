import { looksLikePersonName } from '../names.js';
import { remainingLines, type CleanRule, type Decision, type Line } from './types.js';

/** Words a heading has at most; a longer line without a full stop is a sentence cut short, not a heading. */
export const MAX_TRAILING_HEADING_WORDS = 8;
/** A heading's last character: no sentence end, no closing quotation mark or bracket (a quoted line, a sign-off). */
const SENTENCE_END = /[.!?…;"'“”„»«›‹)\]]$/u;
/** A heading opens with a capital; a greeting that signs off a post may not ("x Anna"), an amount ("200 g Mehl",
 * the end of a list of ingredients) opens with a digit. */
const HEADING_START = /^\p{Lu}/u;
/** A list item ("• Milch", "- Mehl"): the end of a list, not a heading. */
const LIST_ITEM = /^[-–—*•·▪●◦‣■□➤►]/u;
/** What the cleaned text joins to the line before it (see `structure`): a lower-case start after no full stop. */
const LOWER_START = /^\p{Ll}/u;
const STOPPED = /[.!?…:]["“”»']?$/u;

/** The text a reader gets of a line: without the parts an earlier rule took off it. */
function shownText(line: Line, decision: Decision | undefined): string {
  if (decision?.parts === undefined) return line.text;
  let out = '';
  let at = 0;
  for (const part of decision.parts) {
    out += `${line.text.slice(at, part.start)} `;
    at = part.end;
  }
  return (out + line.text.slice(at)).replace(/\s+/gu, ' ').trim();
}

function headingLike(text: string): boolean {
  const words = text.split(' ').filter((w) => w !== '').length;
  return (
    words > 0 &&
    words <= MAX_TRAILING_HEADING_WORDS &&
    HEADING_START.test(text) &&
    // a comma lists names or greets ("Viele Grüße, Anna"), headings seldom have one
    !text.includes(',') &&
    !SENTENCE_END.test(text) &&
    !LIST_ITEM.test(text) &&
    // a name alone is a sign-off: the trailing-name rule's
    !(words <= 3 && looksLikePersonName(text))
  );
}

/**
 * Headings left at the very end of the text with nothing under them: the title of a list of other articles, of a
 * tag cloud or a gallery the extraction left out ("Weitere Tipps aus der Region", "Themen im Artikel", "Mehr
 * dazu:"). A heading heads what follows it; at the end it heads nothing the reader gets. The lines are judged as
 * the cleaned text shows them (a line the next one continues is one line there), and the whole run of such lines
 * at the end goes, so that cleaning the cleaned text again decides the same. Runs before the trailing-name rule,
 * which then finds a sign-off name the heading stood under; a text of fewer than four lines keeps its lines.
 */
export const trailingHeading: CleanRule = {
  name: 'trailing-heading',
  apply(ctx) {
    const remaining = remainingLines(ctx);
    const shown = remaining.map((l) => shownText(l, ctx.decided.get(l.index)));
    const out = new Map<number, Decision>();
    let end = remaining.length;
    while (end > 4) {
      // the last line as the cleaned text shows it: with the lines it continues
      let start = end - 1;
      while (
        start > 0 &&
        remaining[start]?.index === (remaining[start - 1]?.index ?? -2) + 1 &&
        LOWER_START.test(shown[start] ?? '') &&
        !STOPPED.test(shown[start - 1] ?? '')
      )
        start--;
      if (start < 3 || !headingLike(shown.slice(start, end).join(' '))) break;
      for (let i = start; i < end; i++) {
        const line = remaining[i];
        if (line) out.set(line.index, { reason: 'trailing-heading', rule: this.name });
      }
      end = start;
    }
    return out;
  },
};
