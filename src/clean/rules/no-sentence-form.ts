import { perLine } from './types.js';

/**
 * A short line with no sentence form: no lower-case letter at all ("AP", "+++", "12:30"), or a label that
 * ends in a colon and leads nowhere ("Gutscheine:"). Headings ("Bahn und Pipeline") have lower-case words and stay.
 */
export const noSentenceForm = perLine('no-sentence-form', (line) => {
  const words = line.text.split(/\s+/u);
  if (words.length > 3) return undefined;
  if (!/\p{Ll}/u.test(line.text)) return { reason: 'no-sentence-form' };
  if (line.text.endsWith(':') && line.blankAfter) return { reason: 'no-sentence-form' };
  return undefined;
});
