import { perLine } from './types.js';

/** A line that is only the name of an outlet or agency ("ORF"). */
export const strayOutlet = perLine('stray-outlet', (line, { tables }) =>
  tables.outlets.has(line.key) ? { reason: 'outlet' } : undefined,
);
