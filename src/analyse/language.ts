import { isLetter } from './chars.js';
import { loadSmallEld, type Eld } from './eld-table.js';

let detector: Eld | undefined;

/**
 * eld with its small n-gram database, made on the first detection and kept: a call that is given its language (or
 * whose input declares it) never pays for it. The database is read from eld's data file without evaluating it
 * (`eld-table.ts`: a few milliseconds and megabytes instead of 0.8 CPU-s and 150 MB), to the same detector.
 */
function eld(): Eld {
  detector ??= loadSmallEld();
  return detector;
}

/** True once eld was loaded by this module: lets tests check that a call given its language did not load it. */
export function languageDetectorLoaded(): boolean {
  return detector !== undefined;
}

/** The part of `text` detection reads: its first {@link SAMPLE_CHARS} characters, so that its cost stays flat. */
export function detectionSample(text: string): string {
  return text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
}

/** Characters looked at: the start of an article says enough, and detection time stays flat. */
export const SAMPLE_CHARS = 2000;
/** Fewer letters than this: too short to tell. */
export const MIN_LETTERS = 10;
/** With an allowed list, the best allowed language must score at least this share of the best overall. */
const ALLOWED_SHARE = 0.9;

function letterCount(text: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < limit; i++) if (isLetter(text.charCodeAt(i))) n++;
  return n;
}

function bestAllowed(scores: Readonly<Record<string, number>>, allowed: readonly string[]): [string, number] {
  let best = 'und';
  let bestScore = 0;
  for (const code of allowed) {
    const score = scores[code] ?? 0;
    if (score > bestScore) [best, bestScore] = [code, score];
  }
  return [best, bestScore];
}

/**
 * The language of `text` as an ISO 639-1 code (eld, small n-gram database, on the first {@link SAMPLE_CHARS}
 * characters), or `und` when the text is too short or the result is not reliable. With `allowed`, only those
 * languages are answered; the best of them must come close to the best language overall, else `und`.
 */
export function detectLanguage(text: string, allowed?: readonly string[]): string {
  const sample = detectionSample(text);
  if (letterCount(sample, MIN_LETTERS) < MIN_LETTERS) return 'und';
  const result = eld().detect(sample);
  if (result.language === '' || !result.isReliable()) return 'und';
  if (!allowed || allowed.length === 0 || allowed.includes(result.language)) return result.language;
  const scores = result.getScores();
  const top = scores[result.language] ?? 0;
  const [best, score] = bestAllowed(scores, allowed);
  return top > 0 && score >= top * ALLOWED_SHARE ? best : 'und';
}
