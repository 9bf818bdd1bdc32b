import { lineKey } from '../tables.js';
import { perLine } from './types.js';

/** A line that is only the name of an outlet or agency ("ORF"). */
export const strayOutlet = perLine('stray-outlet', (line, { tables }) =>
  tables.outlets.has(lineKey(line.text)) ? { reason: 'outlet' } : undefined,
);
