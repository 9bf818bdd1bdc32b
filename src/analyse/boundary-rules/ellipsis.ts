import { isSpace } from '../chars.js';
import type { BoundaryRule } from './types.js';

/**
 * An ellipsis attached to a word ends the sentence when a capitalised word follows (`Er zögerte... Dann`); one
 * standing alone is an omission (`Wir werden […] Verträge schließen`, `Kim … Putin`).
 */
export const ellipsis: BoundaryRule = {
  name: 'ellipsis',
  decide(c) {
    if (!c.punct.includes('…') && !c.punct.includes('..')) return undefined;
    const before = c.punctStart > 0 ? c.text.charCodeAt(c.punctStart - 1) : 0x20;
    return !(isSpace(before) || before === 0x5b || before === 0x28);
  },
};
