/**
 * The extraction systems run live by `eval extract`:
 *
 * - `readability`: `@mozilla/readability` 0.6.0 alone on a linkedom document, `.textContent` — the baseline.
 * - `lagebild`: the project's HTML path as ingest uses it (wired in `lagebild.ts`).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractSystem } from './extract.js';

export const readability: ExtractSystem = (html) => {
  const { document } = parseHTML(html);
  const article = new Readability(document).parse();
  return article?.textContent ?? null;
};
