import { createHash } from 'node:crypto';

/**
 * Runs of whitespace that are not already one plain space (two or more, or one other space character): replacing
 * them by ' ' is replacing every run, without rewriting the single spaces between words.
 */
const SPACE_RUNS = /\s{2,}|[^\S ]/gu;

/** The text the content hash is taken of: NFC, lower case, every run of whitespace one space, trimmed. */
export function contentKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(SPACE_RUNS, ' ').trim();
}

/** SHA-256 (hex) of the cleaned text's content key: the same article with other line breaks or case is a duplicate. */
export function contentHash(text: string): string {
  return createHash('sha256').update(contentKey(text)).digest('hex');
}
