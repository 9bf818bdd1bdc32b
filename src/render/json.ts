import type { Brief } from '../brief/types.js';

/** The brief as JSON (`lagebild/brief@1`); same input gives byte-identical output. */
export function renderJson(brief: Brief): string {
  return `${JSON.stringify(brief, null, 2)}\n`;
}
