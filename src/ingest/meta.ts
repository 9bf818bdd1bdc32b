/** Pure helpers for document metadata shared by the readers. */
import type { DocumentMeta, SourceDocument } from '../core/types.js';
import { normaliseLanguageTag } from '../lang/index.js';
import { normaliseDate } from './dates.js';

/** Metadata while it is being gathered: any field may be missing or explicitly undefined. */
export type MetaDraft = { -readonly [K in keyof DocumentMeta]?: string | undefined };

const META_KEYS = ['title', 'url', 'source', 'author', 'published', 'language'] as const;

/** Whitespace collapsed and trimmed; undefined when nothing is left. */
export function cleanMetaText(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const clean = value.replace(/\s+/gu, ' ').trim();
  return clean === '' ? undefined : clean;
}

/** A draft → `DocumentMeta` without undefined-valued keys (the type does not allow them). */
export function compactMeta(draft: MetaDraft): DocumentMeta {
  const meta: MetaDraft = {};
  for (const key of META_KEYS) {
    const value = draft[key];
    if (value !== undefined && value !== '') meta[key] = value;
  }
  return meta as DocumentMeta;
}

/**
 * The documents with `language` (an ISO 639-1 code) as their declared language, whatever they declared: what
 * `--lang` of `clean` and `ingest` and the server's `language` option (`serve --lang`) do.
 */
export function withLanguage(documents: readonly SourceDocument[], language: string): SourceDocument[] {
  return documents.map((d) => ({ ...d, meta: { ...d.meta, language } }));
}

/** Fields of `preferred` win; the rest come from `fallback`. */
export function mergeMeta(preferred: DocumentMeta, fallback: DocumentMeta): DocumentMeta {
  return compactMeta({ ...fallback, ...preferred });
}

/**
 * Normalises the free-text fields a reader found: trimmed text, ISO date, and the declared language (`<html lang>`,
 * a feed's `<language>`, a `lang:` header, a record's `language`) as a code (`de-DE` → `de`), left out when it
 * names no language (the article's language is then detected).
 */
export function normaliseDraft(draft: MetaDraft): DocumentMeta {
  const published = cleanMetaText(draft.published);
  return compactMeta({
    title: cleanMetaText(draft.title),
    url: cleanMetaText(draft.url),
    source: cleanMetaText(draft.source),
    author: cleanMetaText(draft.author),
    published: published === undefined ? undefined : normaliseDate(published),
    language: normaliseLanguageTag(cleanMetaText(draft.language)),
  });
}
